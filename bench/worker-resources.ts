import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Client } from '@temporalio/client';
import { loadConfig, projectRoot } from '@app/config';
import { load } from './load';
import type { ReplayCost } from './replay-figure';
import { replayCost, replayTable } from './replay-figure';
import { startWaitingCycle } from '../test/support/waiting-cycle';
import { cpuSeconds, rssMiB, settle } from './worker-process';

export interface WorkerResources {
  openCycles: number;
  rssMiB: number;
  /** CPU seconds the worker spent taking the cycles in. */
  cpuSeconds: number;
  /** CPU use while the cycles wait on their timers. */
  idleCpuPercent: number;
}

export interface WorkerFigure {
  /** WORKER_MAX_CACHED_WORKFLOWS the worker ran with: the configured default unless set. */
  cacheSize: number;
  rows: WorkerResources[];
  replay: ReplayCost;
}

/**
 * Figure 5: the built worker, as its own process and with its configured cache, with 0, then
 * `steps` open cycles waiting on timers; then what a timer costs for a cycle in its cache and for
 * one it evicted (figure 5b). Cycles start from a carried state (no activity), so only the worker
 * is measured. WORKER_MAX_CACHED_WORKFLOWS in the bench's environment reaches the worker.
 */
export async function workerResources(
  temporal: Client,
  env: { databaseUrl: string; temporalAddress: string },
  steps: number[] = [1_000, 10_000, 20_000],
): Promise<WorkerFigure> {
  const taskQueue = `resources-${randomUUID()}`;
  const cacheSetting = process.env.WORKER_MAX_CACHED_WORKFLOWS;
  const cacheSize = loadConfig({
    WORKER_MAX_CACHED_WORKFLOWS: cacheSetting,
  }).WORKER_MAX_CACHED_WORKFLOWS;
  const worker = spawn(
    process.execPath,
    [join(projectRoot(), 'dist', 'apps', 'worker', 'src', 'main.js')],
    {
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: env.databaseUrl,
        TEMPORAL_ADDRESS: env.temporalAddress,
        TEMPORAL_TASK_QUEUE: taskQueue,
        LOG_LEVEL: 'error',
        ...(cacheSetting ? { WORKER_MAX_CACHED_WORKFLOWS: cacheSetting } : {}),
      },
      stdio: 'ignore',
    },
  );
  const pid = worker.pid ?? 0;
  try {
    await sleep(3_000);
    const rows: WorkerResources[] = [];
    const idle = await settle(pid);
    rows.push({ openCycles: 0, rssMiB: rssMiB(pid), cpuSeconds: 0, idleCpuPercent: idle });
    let open = 0;
    // Cycles per second the worker took in, until idle again: it may lag behind the starts.
    let takenPerSecond = 0;
    for (const target of steps) {
      const cpuBefore = cpuSeconds(pid);
      const started = Date.now();
      await load(`open cycles ${open} -> ${target}`, target - open, 16, () =>
        startWaitingCycle(temporal, taskQueue),
      );
      const idleCpuPercent = await settle(pid);
      takenPerSecond = ((target - open) * 1000) / (Date.now() - started);
      open = target;
      rows.push({
        openCycles: open,
        rssMiB: rssMiB(pid),
        cpuSeconds: Math.round((cpuSeconds(pid) - cpuBefore) * 10) / 10,
        idleCpuPercent,
      });
    }
    const replay = await replayCost(temporal, taskQueue, pid, cacheSize, takenPerSecond);
    return { cacheSize, rows, replay };
  } finally {
    worker.kill('SIGTERM');
  }
}

/** Figure 5's table, then 5b's. */
export function resourcesTable(figure: WorkerFigure): string {
  const rows = [
    `| open cycles waiting on timers (cache of ${figure.cacheSize}) | worker RSS MiB | CPU s to take them in | idle CPU % |`,
    '|---|---|---|---|',
    ...figure.rows.map(
      (row) => `| ${row.openCycles} | ${row.rssMiB} | ${row.cpuSeconds} | ${row.idleCpuPercent} |`,
    ),
  ].join('\n');
  return `${rows}\n\n${replayTable(figure.replay)}`;
}
