#!/usr/bin/env node
// bench/load/compare.mjs: bench/load against older checkouts in the same run. Runs
// bench/load/run.mjs in turn on each checkout of BENCH_LOAD_BASE (worktrees of older commits,
// built; several separated by commas, oldest first) and on this checkout, BENCH_LOAD_RUNS times
// each (default 3), and prints the median of each figure.
//   git worktree add /tmp/base <commit> && (cd /tmp/base && npm ci && npx turbo run build)
//   BENCH_LOAD_BASE=/tmp/base node bench/load/compare.mjs
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const bases = (process.env.BENCH_LOAD_BASE ?? '').split(',').map((b) => b.trim()).filter(Boolean);
if (bases.length === 0) throw new Error('Set BENCH_LOAD_BASE to a built checkout of the commit to compare against (several: comma-separated).');
const RUNS = Number(process.env.BENCH_LOAD_RUNS ?? 3);
const checkouts = Object.fromEntries([...bases.map((b, i) => [bases.length === 1 ? 'base' : `base${i + 1}`, b]), ['current', root]]);
const names = Object.keys(checkouts);
const reports = Object.fromEntries(names.map((name) => [name, []]));

for (let run = 0; run < RUNS; run += 1) {
  for (const [name, checkout] of Object.entries(checkouts)) {
    const result = spawnSync(process.execPath, [join(root, 'bench/load/run.mjs')], {
      env: { ...process.env, BENCH_LOAD_CLI: join(checkout, 'packages/cli/dist/bin.js') },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const last = result.stdout.trim().split('\n').at(-1) ?? '';
    if (!last.startsWith('{')) throw new Error(`bench/load on ${name} printed no report: ${result.stderr.slice(-2000)}`);
    reports[name].push(JSON.parse(last));
    process.stderr.write(`run ${run + 1}/${RUNS} ${name}: ${reports[name].at(-1).figures.overall.perSecond} req/s\n`);
  }
}

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : null;
};
const pick = (name, path, transform = (v) => v) => median(reports[name].map((report) => transform(path.split('.').reduce((v, key) => v?.[key], report))));
const rows = [
  ['all req/s', 'figures.overall.perSecond'],
  ['all errors', 'figures.overall.errors'],
  ...['schema', 'sql', 'question', 'upload'].flatMap((kind) => [
    [`${kind} req/s`, `figures.kinds.${kind}.perSecond`],
    [`${kind} p50 ms`, `figures.kinds.${kind}.p50Ms`],
    [`${kind} p99 ms`, `figures.kinds.${kind}.p99Ms`],
    [`${kind} alone p50 ms`, `figures.alone.${kind}.p50Ms`],
  ]),
  ['bound req/s', 'figures.bound'],
  ['throughput / bound', 'ratios.mixedThroughputVsBound'],
  ['bound from means req/s', 'figures.boundFromMeans'],
  ['throughput / bound (means)', 'ratios.mixedThroughputVsBoundFromMeans'],
  ['upload alone mean ms', 'figures.alone.upload.perSecond', (v) => (v ? Number((1000 / v).toFixed(1)) : null)],
  ['SQL p99 / alone', 'ratios.sqlP99VsAlone'],
  ['question p99 / alone', 'ratios.questionP99VsAlone'],
  ['RSS last/first third', 'ratios.rssLastThirdVsFirstThird'],
];
const table = rows.map(([label, path, transform]) => ({ figure: label, ...Object.fromEntries(names.map((name) => [name, pick(name, path, transform)])) }));
console.log(`${'figure'.padEnd(24)} ${names.map((name) => name.padStart(10)).join(' ')}`);
for (const row of table) console.log(`${row.figure.padEnd(24)} ${names.map((name) => String(row[name]).padStart(10)).join(' ')}`);
for (const [name, checkout] of Object.entries(checkouts)) if (name !== 'current') console.log(`${name} = ${checkout}`);
const throughput = table[0];
for (const name of names.filter((n) => n !== 'current')) console.log(`current / ${name} throughput: x${(throughput.current / throughput[name]).toFixed(2)} (medians of ${RUNS})`);
console.log(JSON.stringify({ bench: 'load-compare', runs: RUNS, table, reports }));
