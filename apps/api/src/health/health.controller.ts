import { Controller, Get, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from '../auth/auth.decorators';
import type { Readiness } from './readiness.service';
import { ReadinessService } from './readiness.service';

@ApiTags('operations')
@Public()
// Probes and scrapes come often and from few addresses: never rate limited.
@SkipThrottle()
@Controller('health')
export class HealthController {
  constructor(private readonly readiness: ReadinessService) {}

  /** Liveness: the process answers. */
  @Get()
  @ApiOkResponse({ description: 'The process is alive.' })
  @ApiOperation({ summary: 'Liveness: the process answers', security: [] })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: the database and Temporal are reachable. */
  @Get('ready')
  @ApiOkResponse({ description: 'Database and Temporal reachable.' })
  @ApiServiceUnavailableResponse({ description: 'A dependency is down; `checks` says which.' })
  @ApiOperation({ summary: 'Readiness: the database and Temporal are reachable', security: [] })
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<Readiness> {
    const result = await this.readiness.check();
    void reply.status(result.status === 'ready' ? 200 : 503);
    return result;
  }
}
