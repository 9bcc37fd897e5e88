export interface Measurement {
  name: string;
  samples: number;
  medianMs: number;
  p99Ms: number;
}

export interface Comparison {
  figure: string;
  product: Measurement;
  baseline: Measurement;
  /** product / baseline, by median. */
  ratio: number;
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? 0;
}

/** Times `run` `samples` times after `warmup` untimed runs, reporting progress on one line. */
export async function measure(
  name: string,
  run: () => Promise<unknown>,
  samples = 100,
  warmup = 10,
): Promise<Measurement> {
  for (let i = 0; i < warmup; i += 1) {
    await run();
  }
  const times: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    const started = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if ((i + 1) % 10 === 0 || i + 1 === samples) {
      process.stdout.write(`\r[bench] ${name}: ${i + 1}/${samples}`);
    }
  }
  process.stdout.write('\n');
  return summarize(name, times);
}

/** Median and p99 of the timings, in milliseconds. */
export function summarize(name: string, times: number[]): Measurement {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    name,
    samples: sorted.length,
    medianMs: round(percentile(sorted, 50)),
    p99Ms: round(percentile(sorted, 99)),
  };
}

export function compare(figure: string, product: Measurement, baseline: Measurement): Comparison {
  return { figure, product, baseline, ratio: round(product.medianMs / baseline.medianMs) };
}

export function markdownTable(comparisons: Comparison[]): string {
  const rows = comparisons.map(
    (c) =>
      `| ${c.figure} | ${c.product.medianMs} | ${c.product.p99Ms} | ${c.baseline.medianMs} | ${c.baseline.p99Ms} | ${c.ratio}x | ${c.product.samples} |`,
  );
  return [
    '| figure | product median ms | product p99 ms | baseline median ms | baseline p99 ms | ratio (median) | samples |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
