import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiOperation,
  getSchemaPath,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Role } from '@app/domain';
import type { ChainVerification } from '@app/persistence';
import {
  AuditHistoryView,
  ChainVerificationView,
  HistoryBundleView,
} from '../audit/audit-event.view';
import { Roles } from '../auth/auth.decorators';
import { IdParam } from '../validation/id.param';
import { CycleHistoryService } from './cycle-history.service';
import { sendHistory } from './history-export';
import { HistoryQuery } from './history.query';

/** A cycle's audit trail: read and exported by everyone, verified by auditors and admins. */
@ApiTags('audit')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'No such cycle.' })
@Controller('v1/cycles/:id/history')
export class CycleHistoryController {
  constructor(private readonly histories: CycleHistoryService) {}

  @Get()
  @ApiProduces('application/json', 'text/csv')
  @ApiExtraModels(AuditHistoryView)
  @ApiOkResponse({
    description:
      'Audit events oldest first, streamed: `{ items }`, or RFC 4180 CSV with ?format=csv',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(AuditHistoryView) } },
      'text/csv': {
        schema: { type: 'string', description: 'A header line, then one line per event.' },
      },
    },
  })
  @ApiOperation({ summary: "The cycle's audit history (JSON or CSV)" })
  async history(
    @Param() { id }: IdParam,
    @Query() query: HistoryQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendHistory(reply, await this.histories.export(id, query.format ?? 'json'));
  }

  @Get('bundle')
  @Roles(Role.Auditor, Role.Admin)
  @ApiProduces('application/json')
  @ApiOkResponse({
    type: HistoryBundleView,
    description:
      'One JSON file, streamed: `{ events: [audit event], checkpoint, checkpoints }`: every signed head of the chain oldest first (`checkpoint` the latest, null before the first), read before its events. `npx improvement-cycles verify bundle.json --keys keys.json` checks it offline (exit 0 valid and signed, 1 broken, 2 unusable, 3 unsigned), with a copy of `GET /v1/audit/keys` kept from the first day.',
  })
  @ApiOperation({ summary: "The cycle's history bundle for offline verification" })
  async bundle(@Param() { id }: IdParam, @Res() reply: FastifyReply): Promise<void> {
    await sendHistory(reply, await this.histories.bundle(id));
  }

  @Get('verify')
  @Roles(Role.Auditor, Role.Admin)
  @ApiOkResponse({
    type: ChainVerificationView,
    description:
      '`{ valid, events, headHash, brokenAt?, reason?, checkpoint }`: every hash recomputed, and the chain checked against its latest signed checkpoint (`checkpoint` null before the first).',
  })
  @ApiOperation({ summary: "Verify the cycle's audit chain" })
  async verify(@Param() { id }: IdParam): Promise<ChainVerification> {
    return this.histories.verify(id);
  }
}
