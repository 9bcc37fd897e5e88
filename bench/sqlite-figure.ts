import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import {
  cycleWorkflowId,
  DEFAULT_CYCLE_POLICY,
  IMPROVEMENT_CYCLE_WORKFLOW,
  Role,
} from '@app/domain';
import { findTemporalCli, startTemporalDevServer } from '@app/local-stack';
import { load } from './load';
import type { Comparison } from './measure';
import { compare } from './measure';

/** Workflow starts per second on a dev server whose SQLite file runs with `pragmas`. */
async function startsWith(label: string, pragmas: string[], total: number, concurrency: number) {
  const dir = mkdtempSync(join(tmpdir(), 'cycles-sqlite-'));
  const server = await startTemporalDevServer({
    cliPath: findTemporalCli(process.env.TEMPORAL_CLI_PATH),
    dbFile: join(dir, 'temporal.db'),
    sqlitePragmas: pragmas,
  });
  const connection = await Connection.connect({ address: server.address });
  try {
    const client = new Client({ connection });
    return await load(label, total, concurrency, () => {
      const cycleId = randomUUID();
      // No worker polls this queue: the figure is the server persisting starts.
      return client.workflow.start(IMPROVEMENT_CYCLE_WORKFLOW, {
        workflowId: cycleWorkflowId(cycleId),
        taskQueue: 'sqlite-figure',
        args: [
          {
            cycleId,
            serviceId: randomUUID(),
            policy: DEFAULT_CYCLE_POLICY,
            startedBy: { id: 'bench', roles: [Role.Improver] },
            requestedAt: new Date().toISOString(),
          },
        ],
      });
    });
  } finally {
    await connection.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Figure 6: the dev server's start throughput with WAL against its default journal. */
export async function sqlitePragmaFigure(total = 300, concurrency = 8): Promise<Comparison> {
  const defaults = await startsWith('starts, default SQLite pragmas', [], total, concurrency);
  const wal = await startsWith(
    'starts, journal_mode=wal',
    ['journal_mode=wal'],
    total,
    concurrency,
  );
  return compare(
    `dev server starts, WAL vs default journal (per second: ${wal.perSecond} vs ${defaults.perSecond})`,
    wal,
    defaults,
  );
}
