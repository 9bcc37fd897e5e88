import { setTimeout as sleep } from 'node:timers/promises';
import type { Client } from '@temporalio/client';
import { tsToMs } from '@temporalio/common/lib/time';
import { temporal as proto } from '@temporalio/proto';
import { load } from './load';
import type { Measurement } from './measure';
import { summarize } from './measure';
import { startWaitingCycle } from '../test/support/waiting-cycle';
import { cpuSeconds, settle } from './worker-process';

const { EventType } = proto.api.enums.v1;

/** Timers per group, falling due SPACING_MS apart so that no timer's task waits behind another. */
const PROBES = 50;
const SPACING_MS = 200;

export interface TimerCost {
  /** From the timer firing to the workflow task after it completing, by the history's clock. */
  latency: Measurement;
  /** Worker CPU per timer over the window, less its idle use. */
  cpuMsPerTimer: number;
}

/** What a timer costs the worker for a cycle in its cache and for one it evicted (replayed). */
export interface ReplayCost {
  cacheSize: number;
  inCache: TimerCost;
  evicted: TimerCost;
}

async function firedToCompletedMs(temporal: Client, workflowId: string) {
  const events = (await temporal.workflow.getHandle(workflowId).fetchHistory()).events ?? [];
  const fired = events.findIndex((e) => e.eventType === EventType.EVENT_TYPE_TIMER_FIRED);
  const completed = events
    .slice(fired + 1)
    .find((e) => e.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED);
  return fired < 0 || !completed
    ? undefined
    : tsToMs(completed.eventTime) - tsToMs(events[fired]?.eventTime);
}

function startProbes(temporal: Client, taskQueue: string, firstDue: number): Promise<string[]> {
  return Promise.all(
    Array.from({ length: PROBES }, (_, i) =>
      startWaitingCycle(temporal, taskQueue, firstDue + i * SPACING_MS),
    ),
  );
}

/** Once the worker is idle, waits for the probes' timers and measures what they cost. */
async function timerCost(
  name: string,
  temporal: Client,
  pid: number,
  probes: string[],
  firstDue: number,
): Promise<TimerCost> {
  const idlePercent = await settle(pid);
  if (Date.now() > firstDue - 200) {
    throw new Error(`${name}: the timers fell due before the worker was idle; run it again`);
  }
  await sleep(firstDue - 200 - Date.now());
  const cpuBefore = cpuSeconds(pid);
  const started = Date.now();
  await sleep(PROBES * SPACING_MS + 1_000);
  for (;;) {
    const latencies = await Promise.all(probes.map((id) => firedToCompletedMs(temporal, id)));
    const done = latencies.filter((ms): ms is number => ms !== undefined);
    if (done.length === probes.length) {
      const seconds = (Date.now() - started) / 1000;
      const cpu = cpuSeconds(pid) - cpuBefore - (idlePercent / 100) * seconds;
      process.stdout.write(`[bench] ${name}: ${probes.length} timers fired\n`);
      return {
        latency: summarize(name, done),
        cpuMsPerTimer: Math.round((Math.max(cpu, 0) * 1000 * 10) / probes.length) / 10,
      };
    }
    if (Date.now() - started > 120_000) {
      throw new Error(`${name}: ${probes.length - done.length} timers never completed a task`);
    }
    await sleep(500);
  }
}

/**
 * Figure 5b, on the figure-5 worker (`pid`) with `cacheSize` cycles in its cache. Evicted: timers
 * of cycles started before `cacheSize` + 20% others, so that the worker evicted them (its cache
 * is least recently used first) and must fetch and replay each history when its timer fires. In
 * cache: timers of cycles started just before. `takenPerSecond`, the rate the worker took cycles
 * in, sizes the wait for the others.
 */
export async function replayCost(
  temporal: Client,
  taskQueue: string,
  pid: number,
  cacheSize: number,
  takenPerSecond: number,
): Promise<ReplayCost> {
  const others = Math.ceil(cacheSize * 1.2);
  const evictedDue = Date.now() + ((2 * others) / takenPerSecond + 30) * 1000;
  const evictedProbes = await startProbes(temporal, taskQueue, evictedDue);
  await load(`${others} cycles after the timers to evict`, others, 16, () =>
    startWaitingCycle(temporal, taskQueue),
  );
  const evicted = await timerCost('evicted', temporal, pid, evictedProbes, evictedDue);

  const inCacheDue = Date.now() + 15_000;
  const inCacheProbes = await startProbes(temporal, taskQueue, inCacheDue);
  const inCache = await timerCost('in cache', temporal, pid, inCacheProbes, inCacheDue);

  // Done: what they record next (no projection row exists for them) is not part of the figure.
  await Promise.all(
    [...evictedProbes, ...inCacheProbes].map((id) =>
      temporal.workflow.getHandle(id).terminate('bench over'),
    ),
  );
  return { cacheSize, inCache, evicted };
}

export function replayTable(cost: ReplayCost): string {
  const row = (name: string, timer: TimerCost) =>
    `| ${name} | ${timer.latency.medianMs} / ${timer.latency.p99Ms} | ${timer.cpuMsPerTimer} | ${timer.latency.samples} |`;
  return [
    `| 5b. a timer fires (cache of ${cacheLabel(cost.cacheSize)}) | timer fired → task completed, median / p99 ms | worker CPU ms per timer | timers |`,
    '|---|---|---|---|',
    row('cycle in the cache', cost.inCache),
    row('cycle evicted: history fetched and replayed', cost.evicted),
  ].join('\n');
}

const cacheLabel = (size: number) => size.toLocaleString('en-US');
