import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { Role } from '@app/domain';
import type { ChangeContext, OwnedInitiative } from '@app/persistence';
import { CurrentUser, Roles, SignedInPersons } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Change } from '../auth/change-context.decorator';
import { OwnedInitiativesQuery, PersonIdParam, PersonView, UpdatePersonDto } from './person.dto';
import { PeopleService } from './people.service';
import { ApiItemsResponse, ApiListResponse } from '../validation/list-response';
import type { ListResponse } from '../validation/page.query';
import { KnownPersonView, PeopleQuery } from './people-search.dto';
import { OwnedInitiativeView } from './owned-initiative.view';

@ApiTags('people')
@ApiBearerAuth()
@Controller('v1/people')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Get()
  @Roles(Role.Manager, Role.Admin)
  @ApiListResponse(
    KnownPersonView,
    'The people the product knows (from their tokens, or entered by an admin), by id.',
  )
  @ApiOperation({ summary: 'Find people, by role and by a part of their id, name or email' })
  search(@Query() query: PeopleQuery): Promise<ListResponse<KnownPersonView>> {
    return this.people.search(query);
  }

  @Get('me')
  @SignedInPersons()
  @ApiOkResponse({ type: PersonView, description: 'The caller: who the product knows them as.' })
  @ApiOperation({ summary: 'The caller as the product knows them' })
  me(@CurrentUser() caller: AuthenticatedUser): Promise<PersonView> {
    return this.people.me(caller);
  }

  @Get('me/initiatives')
  @SignedInPersons()
  @ApiItemsResponse(
    OwnedInitiativeView,
    'The caller’s initiatives (`ownerId` is their id) across cycles, soonest due first.',
  )
  @ApiOperation({ summary: 'The initiatives the caller owns' })
  async initiatives(
    @CurrentUser() caller: AuthenticatedUser,
    @Query() query: OwnedInitiativesQuery,
  ): Promise<{ items: OwnedInitiative[] }> {
    return { items: await this.people.initiativesOf(caller, query.status ?? 'open') };
  }

  @Put(':id')
  @Roles(Role.Admin)
  @ApiOkResponse({
    type: PersonView,
    description:
      'Creates the person (someone who has not signed in yet) or changes their name and email; recorded on the catalog chain.',
  })
  @ApiOperation({ summary: 'Add or update a person' })
  async put(
    @Param() { id }: PersonIdParam,
    @Body() body: UpdatePersonDto,
    @Change() change: ChangeContext,
  ): Promise<PersonView> {
    return PersonView.of(
      await this.people.put(id, { name: body.name, email: body.email ?? null }, change),
    );
  }
}
