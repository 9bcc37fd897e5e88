import type { Measurement } from './measure';

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
  times.sort((a, b) => a - b);
  const at = (p: number) =>
    times[Math.min(times.length - 1, Math.max(0, Math.ceil((p / 100) * times.length) - 1))] ?? 0;
  return {
    name,
    samples: total,
    medianMs: Math.round(at(50) * 100) / 100,
    p99Ms: Math.round(at(99) * 100) / 100,
    perSecond: Math.round((total / seconds) * 10) / 10,
  };
}
