import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Client } from '@temporalio/client';
import type { CycleState } from '@app/domain';
import { CycleStateMachine, cycleWorkflowId, IMPROVEMENT_CYCLE_WORKFLOW, Role } from '@app/domain';
import { projectRoot } from '@app/local-stack';
import { load } from './load';

export interface WorkerResources {
  openCycles: number;
  rssMiB: number;
  /** CPU seconds the worker spent taking the cycles in. */
  cpuSeconds: number;
  /** CPU use while the cycles wait on their timers. */
  idleCpuPercent: number;
}

const TICKS_PER_SECOND = 100;

function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Math.round(Number(line?.split(/\s+/)[1] ?? 0) / 1024);
}

function cpuSeconds(pid: number): number {
  // utime and stime are the 14th and 15th fields, after the parenthesized command name.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** Waits until the worker has been nearly idle for two seconds, then reports its idle CPU use. */
async function settle(pid: number): Promise<number> {
  for (;;) {
    const before = cpuSeconds(pid);
    await sleep(2_000);
    const percent = ((cpuSeconds(pid) - before) / 2) * 100;
    if (percent < 5) {
      return Math.round(percent * 10) / 10;
    }
  }
}

/** A cycle already waiting for a manager: its workflow sleeps on the approval SLA's timer. */
function waitingState(): CycleState {
  const actor = { id: 'bench', roles: [Role.Improver] };
  const at = new Date().toISOString();
  const machine = CycleStateMachine.begin({
    cycleId: randomUUID(),
    serviceId: randomUUID(),
    policy: { approvalSla: 'P5D', checkInEvery: 'P30D', reEvaluateAfter: 'P6M' },
    startedBy: actor,
    requestedAt: at,
  });
  machine.recordGap(
    { statement: 'Slow', kpiId: null, currentValue: 9, targetValue: 2, evidence: 'Survey' },
    actor,
    at,
  );
  machine.submit(null, actor, at);
  return structuredClone(machine.state);
}

/**
 * Figure 5: the built worker, as its own process, with 0, then `steps` open cycles waiting on
 * timers. Cycles start from a carried state (no activity), so only the worker is measured.
 */
export async function workerResources(
  temporal: Client,
  env: { databaseUrl: string; temporalAddress: string },
  steps: number[] = [1_000, 10_000],
): Promise<WorkerResources[]> {
  const taskQueue = `resources-${randomUUID()}`;
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
      },
      stdio: 'ignore',
    },
  );
  const pid = worker.pid ?? 0;
  try {
    await sleep(3_000);
    const results: WorkerResources[] = [];
    const idle = await settle(pid);
    results.push({ openCycles: 0, rssMiB: rssMiB(pid), cpuSeconds: 0, idleCpuPercent: idle });
    let open = 0;
    for (const target of steps) {
      const cpuBefore = cpuSeconds(pid);
      await load(`open cycles ${open} -> ${target}`, target - open, 16, () => {
        const state = waitingState();
        return temporal.workflow.start(IMPROVEMENT_CYCLE_WORKFLOW, {
          workflowId: cycleWorkflowId(state.cycleId),
          taskQueue,
          args: [{ continued: state }],
        });
      });
      open = target;
      const idleCpuPercent = await settle(pid);
      results.push({
        openCycles: open,
        rssMiB: rssMiB(pid),
        cpuSeconds: Math.round((cpuSeconds(pid) - cpuBefore) * 10) / 10,
        idleCpuPercent,
      });
    }
    return results;
  } finally {
    worker.kill('SIGTERM');
  }
}

export function resourcesTable(rows: WorkerResources[]): string {
  return [
    '| open cycles waiting on timers | worker RSS MiB | CPU s to take them in | idle CPU % |',
    '|---|---|---|---|',
    ...rows.map(
      (row) => `| ${row.openCycles} | ${row.rssMiB} | ${row.cpuSeconds} | ${row.idleCpuPercent} |`,
    ),
  ].join('\n');
}
