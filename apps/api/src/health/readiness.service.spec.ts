import type { DataSource } from 'typeorm';
import { ApiSettings } from '../platform/api-settings';
import type { TemporalConnection } from '../temporal/temporal-connection';
import { ReadinessService } from './readiness.service';

describe('ReadinessService', () => {
  let now: number;
  let databaseUp: boolean;
  const query = jest.fn(() =>
    databaseUp ? Promise.resolve([{ '?column?': 1 }]) : Promise.reject(new Error('down')),
  );
  const describeNamespace = jest.fn(() => Promise.resolve({}));
  const clock = { now: () => new Date(now) };
  const settings = new ApiSettings({
    databaseUrl: 'postgres://unused',
    databasePoolSize: 1,
    temporalAddress: 'unused:7233',
    temporalNamespace: 'default',
    taskQueue: 'q',
    jwtSecret: 'x'.repeat(32),
    bodyLimit: 1024,
  });
  const service = () =>
    new ReadinessService(
      { query } as unknown as DataSource,
      { connection: { workflowService: { describeNamespace } } } as unknown as TemporalConnection,
      settings,
      clock,
    );

  beforeEach(() => {
    now = Date.parse('2026-11-22T10:00:00.000Z');
    databaseUp = true;
    query.mockClear();
    describeNamespace.mockClear();
  });

  it('checks once for calls within a second, and again after a second', async () => {
    const readiness = service();
    expect(await readiness.check()).toEqual({
      status: 'ready',
      checks: { database: 'up', temporal: 'up' },
    });
    now += 999;
    databaseUp = false;
    expect((await readiness.check()).status).toBe('ready');
    expect(query).toHaveBeenCalledTimes(1);
    expect(describeNamespace).toHaveBeenCalledTimes(1);

    now += 1;
    expect(await readiness.check()).toEqual({
      status: 'not_ready',
      checks: { database: 'down', temporal: 'up' },
    });
    expect(query).toHaveBeenCalledTimes(2);
    expect(describeNamespace).toHaveBeenCalledTimes(2);
  });

  it('lets concurrent callers share one check in flight', async () => {
    const readiness = service();
    const answers = await Promise.all([readiness.check(), readiness.check(), readiness.check()]);
    expect(answers.map((answer) => answer.status)).toEqual(['ready', 'ready', 'ready']);
    expect(query).toHaveBeenCalledTimes(1);
  });

  it('checks again when the clock goes backwards', async () => {
    const readiness = service();
    await readiness.check();
    now -= 5_000;
    await readiness.check();
    expect(query).toHaveBeenCalledTimes(2);
  });
});
