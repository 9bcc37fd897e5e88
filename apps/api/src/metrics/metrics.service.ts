import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { AuditCheckpointRepository } from '@app/persistence';

/** The API's Prometheus registry: process metrics, request durations and audit refusals. */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly requestDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  constructor(checkpoints: AuditCheckpointRepository) {
    collectDefaultMetrics({ register: this.registry });
    // The worker signs and refuses; its refusals are rows, counted here at each scrape.
    new Counter({
      name: 'audit_checkpoint_refusals_total',
      help: 'Chain heads the signer refused to sign: the events since the last checkpoint did not lead to them',
      registers: [this.registry],
      async collect() {
        // A database outage keeps the last count rather than failing the whole scrape.
        const refusals = await checkpoints.refusals().catch(() => undefined);
        if (refusals !== undefined) {
          this.reset();
          this.inc(refusals);
        }
      },
    });
  }

  observeRequest(method: string, route: string, status: number, seconds: number): void {
    this.requestDuration.observe({ method, route, status: String(status) }, seconds);
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }
}
