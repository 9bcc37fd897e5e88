import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { DomainError, Role } from '@app/domain';
import type { ChangeContext } from '@app/persistence';
import { AuditCheckpointRepository, AuditSigningKeyRepository } from '@app/persistence';
import { Roles } from '../auth/auth.decorators';
import { Change } from '../auth/change-context.decorator';
import { Clock } from '../platform/clock';
import { ApiListResponse } from '../validation/list-response';
import type { ListResponse } from '../validation/page.query';
import { PageQuery } from '../validation/page.query';
import { KeySetView, RevokeKeyDto, SigningKeyView } from './audit-key.view';

class CheckpointView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: '`catalog` or `cycle:<cycleId>`.' }) chain!: string;
  @ApiProperty({ minimum: 1 }) seq!: number;
  @ApiProperty({ description: 'The hash of event `seq`, the head signed.' }) headHash!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty() kid!: string;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description:
      'SHA-256 (hex) of the previous checkpoint’s statement; null for the chain’s first; absent when signed before checkpoints were linked.',
  })
  prev?: string | null;
  @ApiProperty({ description: 'Ed25519 over the canonical statement, base64url.' })
  signature!: string;
}

class KidParam {
  @ApiProperty({
    description: 'The key id (`kid`) as `GET /v1/audit/keys` lists it.',
    pattern: '^[A-Za-z0-9_-]{43}$',
  })
  @Matches(/^[A-Za-z0-9_-]{43}$/, { message: 'kid must be a key id: 43 base64url characters' })
  kid!: string;
}

/** What an auditor needs to check the trail without trusting this server. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('v1/audit')
export class AuditController {
  constructor(
    private readonly checkpoints: AuditCheckpointRepository,
    private readonly signingKeys: AuditSigningKeyRepository,
    private readonly clock: Clock,
  ) {}

  @Get('keys')
  @ApiOkResponse({
    type: KeySetView,
    description:
      'A JWKS of every Ed25519 key that has signed checkpoints, rotated and revoked ones included, each with its window. Keep a copy from the first day and verify against it.',
  })
  @ApiOperation({ summary: 'The audit signing keys (JWKS)' })
  async keys(): Promise<KeySetView> {
    return { keys: await this.checkpoints.keys() };
  }

  @Post('keys/:kid/revoke')
  @Roles(Role.Admin)
  @HttpCode(200)
  @ApiOkResponse({
    type: SigningKeyView,
    description:
      'The key, its window closed now (`validUntil`, `revokedAt`) and its signatures void from `compromisedSince`; the worker signs with a new key from then on.',
  })
  @ApiNotFoundResponse({ description: 'No key with this id has signed.' })
  @ApiConflictResponse({ description: 'The key is already revoked.' })
  @ApiOperation({ summary: 'Revoke an audit signing key' })
  async revoke(
    @Param() { kid }: KidParam,
    @Body() body: RevokeKeyDto,
    @Change() change: ChangeContext,
  ): Promise<SigningKeyView> {
    const compromisedSince = new Date(body.compromisedSince);
    if (compromisedSince > this.clock.now()) {
      throw DomainError.invalid('compromisedSince', 'must not be in the future');
    }
    return this.signingKeys.revoke(kid, { reason: body.reason, compromisedSince }, change);
  }

  @Get('checkpoints')
  @Roles(Role.Auditor, Role.Admin)
  @ApiListResponse(
    CheckpointView,
    'Oldest first: each chain’s head signed at least hourly and when a cycle ends.',
  )
  @ApiOperation({ summary: 'List the signed audit checkpoints' })
  async list(@Query() query: PageQuery): Promise<ListResponse<CheckpointView>> {
    return this.checkpoints.list(query.toPageRequest());
  }
}
