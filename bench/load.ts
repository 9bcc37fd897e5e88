import type { Measurement } from './measure';
import { summarize } from './measure';

/**
 * Runs `total` calls with `concurrency` callers at once; reports latency and throughput.
 * `call(i)` gets a distinct index for each call.
 */
export async function load(
  name: string,
  total: number,
  concurrency: number,
  call: (index: number) => Promise<unknown>,
): Promise<Measurement & { perSecond: number }> {
  const times: number[] = [];
  let next = 0;
  const started = process.hrtime.bigint();
  const caller = async () => {
    while (next < total) {
      const index = next;
      next += 1;
      const t0 = process.hrtime.bigint();
      await call(index);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      if (times.length % Math.max(1, Math.floor(total / 10)) === 0) {
        process.stdout.write(`\r[bench] ${name}: ${times.length}/${total}`);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, caller));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write(`\r[bench] ${name}: ${total}/${total}\n`);
  return { ...summarize(name, times), perSecond: Math.round((total / seconds) * 10) / 10 };
}
