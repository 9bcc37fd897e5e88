import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiSettings } from '../platform/api-settings';
import { Clock } from '../platform/clock';
import { TemporalConnection } from '../temporal/temporal-connection';

export type DependencyState = 'up' | 'down';

export interface Readiness {
  status: 'ready' | 'not_ready';
  checks: { database: DependencyState; temporal: DependencyState };
}

const CHECK_TIMEOUT_MS = 2_000;
/** Probes may come often: within this long, callers share one answer (and one connection). */
export const READINESS_CACHE_MS = 1_000;

/** Whether the API can serve requests: its database and Temporal both answer. */
@Injectable()
export class ReadinessService {
  private cached?: { at: number; answer: Promise<Readiness> };

  constructor(
    private readonly dataSource: DataSource,
    private readonly temporal: TemporalConnection,
    private readonly settings: ApiSettings,
    private readonly clock: Clock,
  ) {}

  /** The latest answer when under a second old (or still being worked out), else a new check. */
  check(): Promise<Readiness> {
    const now = this.clock.now().getTime();
    if (this.cached && now >= this.cached.at && now - this.cached.at < READINESS_CACHE_MS) {
      return this.cached.answer;
    }
    const answer = this.probeDependencies();
    this.cached = { at: now, answer };
    return answer;
  }

  private async probeDependencies(): Promise<Readiness> {
    const [database, temporal] = await Promise.all([
      probe(() => this.dataSource.query('SELECT 1')),
      probe(() =>
        this.temporal.connection.workflowService.describeNamespace({
          namespace: this.settings.temporalNamespace,
        }),
      ),
    ]);
    return {
      status: database === 'up' && temporal === 'up' ? 'ready' : 'not_ready',
      checks: { database, temporal },
    };
  }
}

async function probe(call: () => Promise<unknown>): Promise<DependencyState> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([call(), timeout]);
    return 'up';
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
}
