import { Controller, Get, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiOkResponse,
  ApiProduces,
  ApiPropertyOptional,
  ApiTags,
  ApiOperation,
  getSchemaPath,
} from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsUUID } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { Role } from '@app/domain';
import type { ChainVerification } from '@app/persistence';
import { AuditCheckpointRepository, AuditRepository, CATALOG_CHAIN } from '@app/persistence';
import {
  AuditHistoryView,
  ChainVerificationView,
  HistoryBundleView,
} from '../audit/audit-event.view';
import { Roles } from '../auth/auth.decorators';
import { historyBundle, historyExport, sendHistory } from '../cycles/history-export';
import { HistoryQuery } from '../cycles/history.query';
import { lowerCaseIds } from '../validation/id.param';

class CatalogHistoryQuery extends HistoryQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Only the events about this area, service, survey, KPI, journey or assessment.',
  })
  @IsOptional()
  @Transform(lowerCaseIds)
  @IsUUID('all', { message: 'entityId must be a UUID' })
  entityId?: string;
}

/** The catalog's audit chain (areas, services, surveys, KPIs, assessments, people, accounts). */
@ApiTags('audit')
@ApiBearerAuth()
@Roles(Role.Auditor, Role.Admin)
@Controller('v1/catalog/history')
export class CatalogHistoryController {
  constructor(
    private readonly audit: AuditRepository,
    private readonly checkpoints: AuditCheckpointRepository,
  ) {}

  @Get()
  @ApiProduces('application/json', 'text/csv')
  @ApiExtraModels(AuditHistoryView)
  @ApiOkResponse({
    description:
      'The catalog’s audit events oldest first, streamed, shaped as a cycle’s history: `{ items }`, or RFC 4180 CSV with ?format=csv',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(AuditHistoryView) } },
      'text/csv': {
        schema: { type: 'string', description: 'A header line, then one line per event.' },
      },
    },
  })
  @ApiOperation({ summary: "The catalog's audit history" })
  async history(@Query() query: CatalogHistoryQuery, @Res() reply: FastifyReply): Promise<void> {
    const batches = this.audit.batches(CATALOG_CHAIN, { about: query.entityId });
    await sendHistory(reply, historyExport(batches, query.format ?? 'json', 'catalog-history.csv'));
  }

  @Get('bundle')
  @ApiProduces('application/json')
  @ApiOkResponse({
    type: HistoryBundleView,
    description:
      'The catalog chain as one JSON file, streamed: `{ events, checkpoint, checkpoints }`, every signed head oldest first, read before the events. `npx improvement-cycles verify bundle.json --keys keys.json` checks it offline.',
  })
  @ApiOperation({ summary: "The catalog's history bundle for offline verification" })
  async bundle(@Res() reply: FastifyReply): Promise<void> {
    // Read before the events: every checkpoint's head is then among them.
    const checkpoints = await this.checkpoints.ofChain(CATALOG_CHAIN);
    const batches = this.audit.batches(CATALOG_CHAIN);
    await sendHistory(reply, historyBundle(batches, checkpoints, 'catalog-bundle.json'));
  }

  @Get('verify')
  @ApiOkResponse({
    type: ChainVerificationView,
    description:
      '`{ valid, events, headHash, brokenAt?, reason?, checkpoint }`: streamed in batches, and checked against the chain’s latest signed checkpoint (`checkpoint` null before the first).',
  })
  @ApiOperation({ summary: "Verify the catalog's audit chain" })
  verify(): Promise<ChainVerification> {
    return this.audit.verify(CATALOG_CHAIN);
  }
}
