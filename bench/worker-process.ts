import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

const TICKS_PER_SECOND = 100;

/** Resident memory of a process, from /proc. */
export function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Math.round(Number(line?.split(/\s+/)[1] ?? 0) / 1024);
}

/** CPU seconds (user + system) a process has used so far, from /proc. */
export function cpuSeconds(pid: number): number {
  // utime and stime are the 14th and 15th fields, after the parenthesized command name.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** Waits until the process has been nearly idle for two seconds, then reports its CPU use (%). */
export async function settle(pid: number): Promise<number> {
  for (;;) {
    const before = cpuSeconds(pid);
    await sleep(2_000);
    const percent = ((cpuSeconds(pid) - before) / 2) * 100;
    if (percent < 5) {
      return Math.round(percent * 10) / 10;
    }
  }
}
