import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { TemporalDevServer } from '@app/local-stack';
import { findFreePort, findTemporalCli, startTemporalDevServer } from '@app/local-stack';
import { continueAndCheck, driveCycles, FaultStack } from './fault-harness';

describe('fault: the Temporal dev server restarts on the same SQLite file in the middle of cycles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cycles-fault-temporal-'));
  let server: TemporalDevServer;
  let stack: FaultStack;
  let port: number;
  const start = () =>
    startTemporalDevServer({
      cliPath: findTemporalCli(process.env.TEMPORAL_CLI_PATH),
      dbFile: join(dir, 'temporal.db'),
      port,
      logFile: join(dir, 'temporal.log'),
    });

  beforeAll(async () => {
    port = await findFreePort();
    server = await start();
    stack = new FaultStack(server.address);
    await stack.start();
  });
  afterAll(async () => {
    await stack.close();
    await server.stop();
  });

  it('keeps every cycle and every acknowledged command across the restart', async () => {
    const drives = driveCycles(stack, 6);
    await sleep(500);
    // The fault must hit work in flight, or it proves nothing.
    expect(drives.unfinished()).toBeGreaterThan(0);
    await server.stop();
    await sleep(1_000);
    server = await start();
    await continueAndCheck(stack, server.address, await drives.done);
  });
});
