import { Controller, Get, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import type { FastifyReply } from 'fastify';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from '../auth/auth.decorators';
import type { Readiness } from './readiness.service';
import { ReadinessService } from './readiness.service';

const DEPENDENCY_STATE: SchemaObject = { type: 'string', enum: ['up', 'down'] };
const READINESS_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['status', 'checks'],
  properties: {
    status: { type: 'string', enum: ['ready', 'not_ready'] },
    checks: {
      type: 'object',
      required: ['database', 'temporal'],
      properties: { database: DEPENDENCY_STATE, temporal: DEPENDENCY_STATE },
    },
  },
};

@ApiTags('operations')
@Public()
// Probes and scrapes come often and from few addresses: never rate limited.
@SkipThrottle()
@Controller('health')
export class HealthController {
  constructor(private readonly readiness: ReadinessService) {}

  /** Liveness: the process answers. */
  @Get()
  @ApiOkResponse({
    description: 'The process is alive.',
    schema: {
      type: 'object',
      required: ['status'],
      properties: { status: { type: 'string', enum: ['ok'] } },
    },
  })
  @ApiOperation({ summary: 'Liveness: the process answers', security: [] })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: the database and Temporal are reachable. */
  @Get('ready')
  @ApiOkResponse({ description: 'Database and Temporal reachable.', schema: READINESS_SCHEMA })
  @ApiServiceUnavailableResponse({
    description: 'A dependency is down; `checks` says which.',
    schema: READINESS_SCHEMA,
  })
  @ApiOperation({ summary: 'Readiness: the database and Temporal are reachable', security: [] })
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<Readiness> {
    const result = await this.readiness.check();
    void reply.status(result.status === 'ready' ? 200 : 503);
    return result;
  }
}
