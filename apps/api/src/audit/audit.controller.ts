import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags, ApiOperation } from '@nestjs/swagger';
import { Role } from '@app/domain';
import type { AuditPublicJwk } from '@app/persistence';
import { AuditCheckpointRepository } from '@app/persistence';
import { Roles } from '../auth/auth.decorators';
import { ApiListResponse } from '../validation/list-response';
import type { ListResponse } from '../validation/page.query';
import { PageQuery } from '../validation/page.query';

class SigningKeyView implements AuditPublicJwk {
  @ApiProperty({ enum: ['OKP'] }) kty!: 'OKP';
  @ApiProperty({ enum: ['Ed25519'] }) crv!: 'Ed25519';
  @ApiProperty({ description: 'The public key, base64url.' }) x!: string;
  @ApiProperty({ description: 'Its RFC 7638 thumbprint: what checkpoints name as `kid`.' })
  kid!: string;
  @ApiProperty({ enum: ['EdDSA'] }) alg!: 'EdDSA';
  @ApiProperty({ enum: ['sig'] }) use!: 'sig';
}

class KeySetView {
  @ApiProperty({ type: [SigningKeyView] }) keys!: SigningKeyView[];
}

class CheckpointView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: '`catalog` or `cycle:<cycleId>`.' }) chain!: string;
  @ApiProperty({ minimum: 1 }) seq!: number;
  @ApiProperty({ description: 'The hash of event `seq`, the head signed.' }) headHash!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty() kid!: string;
  @ApiProperty({ description: 'Ed25519 over the canonical statement, base64url.' })
  signature!: string;
}

/** What an auditor needs to check the trail without trusting this server. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('v1/audit')
export class AuditController {
  constructor(private readonly checkpoints: AuditCheckpointRepository) {}

  @Get('keys')
  @ApiOkResponse({
    type: KeySetView,
    description: 'A JWKS of every Ed25519 key that has signed checkpoints, rotated ones included.',
  })
  @ApiOperation({ summary: 'The audit signing keys (JWKS)' })
  async keys(): Promise<KeySetView> {
    return { keys: await this.checkpoints.keys() };
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
