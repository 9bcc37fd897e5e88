import { Injectable, Logger } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import type { ChangeContext, OwnedInitiative, PersonEntity } from '@app/persistence';
import { OwnedInitiativeRepository, PersonRepository } from '@app/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { DEFAULT_PAGE_SIZE } from '../validation/page.query';
import type { ListResponse } from '../validation/page.query';
import type { PeopleQuery } from './people-search.dto';
import { KnownPersonView, lastIdOf, personCursor } from './people-search.dto';
import type { PersonView } from './person.dto';

/** People whose sign-in this process recorded as it stands; another write only when it changes. */
const RECORDED_SIGN_INS = 10_000;

@Injectable()
export class PeopleService {
  private readonly logger = new Logger('People');
  private readonly recorded = new LRUCache<string, string>({ max: RECORDED_SIGN_INS });

  constructor(
    private readonly people: PersonRepository,
    private readonly initiatives: OwnedInitiativeRepository,
  ) {}

  /**
   * Keeps who signed in up to date: written the first time this process sees the person, and
   * again whenever their token says something new. A failure is logged, and does not refuse the
   * request the token was sent with: the person is recorded on their next one.
   */
  async noteSignIn(user: AuthenticatedUser): Promise<void> {
    const seen = JSON.stringify([user.name ?? null, user.email ?? null, user.roles]);
    if (this.recorded.get(user.id) === seen) {
      return;
    }
    try {
      await this.people.noteSignIn({
        id: user.id,
        ...(user.name ? { name: user.name } : {}),
        ...(user.email ? { email: user.email } : {}),
        roles: user.roles,
      });
      this.recorded.set(user.id, seen);
    } catch (error) {
      this.logger.warn({
        msg: 'a sign-in could not be recorded',
        personId: user.id,
        error: String(error),
      });
    }
  }

  /** People by role and a part of their id, name or email, a page at a time. */
  async search(query: PeopleQuery): Promise<ListResponse<KnownPersonView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = query.cursor === undefined ? undefined : lastIdOf(query.cursor);
    const { items, more } = await this.people.search({
      limit,
      ...(query.role ? { role: query.role } : {}),
      ...(query.q === undefined ? {} : { text: query.q }),
      ...(after === undefined ? {} : { after }),
    });
    const last = items.at(-1);
    return {
      items: items.map((person) => KnownPersonView.of(person)),
      nextCursor: more && last ? personCursor(last.id) : null,
    };
  }

  /** The caller as the product knows them, with the roles of the token they called with. */
  async me(user: AuthenticatedUser): Promise<PersonView> {
    const known = await this.people.findById(user.id);
    return {
      id: user.id,
      name: known?.name ?? user.name ?? null,
      email: known?.email ?? user.email ?? null,
      roles: user.roles,
    };
  }

  put(
    id: string,
    details: { name: string; email: string | null },
    change: ChangeContext,
  ): Promise<PersonEntity> {
    return this.people.put(id, details, change);
  }

  /** The caller's initiatives across cycles, soonest due first: open ones unless `all`. */
  async initiativesOf(user: AuthenticatedUser, status: 'open' | 'all'): Promise<OwnedInitiative[]> {
    const owned = await this.initiatives.ownedBy(user.id, status === 'all');
    // When its overdue notice was recorded is the workflow's bookkeeping, not the owner's.
    return owned.map(({ initiative: { overdueNotedFor: _, ...initiative }, ...rest }) => ({
      ...rest,
      initiative,
    }));
  }
}
