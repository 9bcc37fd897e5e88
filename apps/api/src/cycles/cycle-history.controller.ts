import { Readable } from 'node:stream';
import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { Role } from '@app/domain';
import type { ChainVerification } from '@app/persistence';
import { AuditRepository, cycleChain } from '@app/persistence';
import { Roles } from '../auth/auth.decorators';
import { IdParam } from '../validation/id.param';
import { CyclesService } from './cycles.service';
import { historyAsCsv, historyAsJson } from './history-export';

class HistoryQuery {
  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

/** A cycle's audit trail: read and exported by everyone, verified by auditors and admins. */
@ApiTags('audit')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'No such cycle.' })
@Controller('v1/cycles/:id/history')
export class CycleHistoryController {
  constructor(
    private readonly cycles: CyclesService,
    private readonly audit: AuditRepository,
  ) {}

  @Get()
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({
    description:
      'Audit events oldest first, streamed: `{ items: [{ seq, occurredAt, cycleId, actor, action, stage, data, prevHash, hash }] }`, or RFC 4180 CSV with ?format=csv',
  })
  async history(
    @Param() { id }: IdParam,
    @Query() query: HistoryQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.cycles.get(id);
    const batches = this.audit.batches(cycleChain(id));
    const csv = query.format === 'csv';
    void reply.header('cache-control', 'no-store');
    if (csv) {
      void reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="cycle-${id}-history.csv"`);
    } else {
      void reply.header('content-type', 'application/json; charset=utf-8');
    }
    await reply.send(Readable.from(csv ? historyAsCsv(batches) : historyAsJson(batches)));
  }

  @Get('verify')
  @Roles(Role.Auditor, Role.Admin)
  @ApiOkResponse({ description: '`{ valid, events, headHash, brokenAt?, reason? }`' })
  async verify(@Param() { id }: IdParam): Promise<ChainVerification> {
    await this.cycles.get(id);
    return this.audit.verify(cycleChain(id));
  }
}
