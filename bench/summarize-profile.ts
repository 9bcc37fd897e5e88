/** Self time of a .cpuprofile, by package (or project folder): npx ts-node bench/summarize-profile.ts FILE */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}

const profile = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
};
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const totals = new Map<string, number>();
const functions = new Map<string, number>();
profile.samples.forEach((id, index) => {
  const node = byId.get(id);
  const url = node?.callFrame.url ?? '';
  const pkg =
    /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ??
    (url.includes('/work/')
      ? url
          .replace(/.*\/main\//, '')
          .split('/')
          .slice(0, 2)
          .join('/')
      : url.startsWith('node:')
        ? 'node internals'
        : node?.callFrame.functionName || '(program/gc/idle)');
  const ms = (profile.timeDeltas[index] ?? 0) / 1000;
  totals.set(pkg, (totals.get(pkg) ?? 0) + ms);
  const fn = `${node?.callFrame.functionName || '(anonymous)'} ${url.replace(/.*node_modules\//, '')}`;
  functions.set(fn, (functions.get(fn) ?? 0) + ms);
});
const all = [...totals.values()].reduce((a, b) => a + b, 0);
const top = (map: Map<string, number>, n: number) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${((v / all) * 100).toFixed(1).padStart(5)}%  ${k}`);
process.stdout.write(
  `by package:\n${top(totals, 18).join('\n')}\n\nby function:\n${top(functions, 20).join('\n')}\n`,
);
