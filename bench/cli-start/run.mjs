#!/usr/bin/env node
// Benchmark: what one `living-schema` command costs before it does any work: CPU time (user +
// system, every thread) and wall time of a process, per command, median of N runs. Every command
// of the CLI and every CLI test pays it: most of it is loading modules. The same-run baseline is
// a bare Node process (`node -e 0`), the floor no command can go below.
//
// The baseline is another checkout's built CLI (a git worktree of the commit before a change),
// run in the same run, interleaved with this one, so the machine's load falls on both alike:
//   git worktree add /tmp/base HEAD~1 && (cd /tmp/base && npm ci && npx turbo run build)
//   node bench/cli-start/run.mjs --baseline /tmp/base [--runs 9]
// Needs a build (npm run build).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const option = (name) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const RUNS = Number(option('runs') ?? 9);
const here = new URL('../..', import.meta.url).pathname;
const checkouts = [['this checkout', here], ...(option('baseline') ? [['baseline', option('baseline')]] : [])];
const reportCpu = new URL('./report-cpu.cjs', import.meta.url).pathname;

const dir = mkdtempSync(join(tmpdir(), 'ls-bench-cli-'));
const csv = join(dir, 'vessels.csv');
writeFileSync(csv, 'imo_number,vessel_name,flag_state\n9100000,Aurora,Liberia\n9107919,Borealis,Panama\n');

/** The commands measured; `fresh` ones get a new store each time (ingest creates and migrates it). */
const COMMANDS = [
  { name: '--version', args: ['--version'] },
  { name: 'schema (a small store)', args: ['schema'] },
  { name: "sql 'SELECT 1'", args: ['sql', 'SELECT 1'] },
  { name: 'ingest 2 rows (new store)', args: ['ingest', csv], fresh: true },
];

/** One process: its CPU ms (reported by the preloaded script) and wall ms. */
function measure(checkout, command, store) {
  return measureProcess([join(checkout, 'packages/cli/dist/bin.js'), '--db', store, ...command.args], `${command.name} in ${checkout}`);
}

function measureProcess(argv, what) {
  const cpuFile = join(dir, 'cpu.txt');
  rmSync(cpuFile, { force: true });
  const started = performance.now();
  const run = spawnSync(process.execPath, argv, {
    env: { ...process.env, NODE_OPTIONS: `--require ${reportCpu}`, LS_BENCH_CPU_FILE: cpuFile },
    encoding: 'utf8',
  });
  const wall = performance.now() - started;
  if (run.status !== 0) throw new Error(`${what} failed: ${run.stderr}`);
  return { cpu: Number(readFileSync(cpuFile, 'utf8')), wall };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = new Map(checkouts.map(([label]) => [label, new Map(COMMANDS.map((c) => [c.name, []]))]));
const bareNode = [];
try {
  // A store for the read commands, made by each checkout's own CLI.
  const stores = new Map(checkouts.map(([label, checkout], i) => [label, join(dir, `store-${i}.duckdb`)]));
  const ingest = COMMANDS.find((c) => c.fresh);
  for (const [label, checkout] of checkouts) measure(checkout, ingest, stores.get(label));
  for (let run = 0; run < RUNS; run += 1) {
    bareNode.push(measureProcess(['-e', '0'], 'node -e 0'));
    for (const command of COMMANDS) {
      for (const [label, checkout] of checkouts) {
        const store = command.fresh ? join(dir, `fresh-${label.replace(/\W/g, '')}-${run}.duckdb`) : stores.get(label);
        results.get(label).get(command.name).push(measure(checkout, command, store));
      }
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(`living-schema start-up: median of ${RUNS} runs, interleaved (CPU = user + system, all threads)`);
const bare = { cpu: median(bareNode.map((r) => r.cpu)), wall: median(bareNode.map((r) => r.wall)) };
console.log(`baseline, a bare Node process (node -e 0): ${bare.cpu.toFixed(0)} ms CPU, ${bare.wall.toFixed(0)} ms wall`);
const header = ['command', ...checkouts.flatMap(([label]) => [`${label} CPU ms`, `${label} wall ms`])];
if (checkouts.length === 2) header.push('CPU ratio');
console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
for (const command of COMMANDS) {
  const cells = checkouts.map(([label]) => results.get(label).get(command.name));
  const figures = cells.flatMap((runs) => [median(runs.map((r) => r.cpu)), median(runs.map((r) => r.wall))]);
  const row = [command.name, ...figures.map((v) => v.toFixed(0))];
  if (checkouts.length === 2) row.push((figures[0] / figures[2]).toFixed(2));
  console.log(`| ${row.join(' | ')} |`);
}
const mine = results.get('this checkout');
const cpuOf = (name) => median(mine.get(name).map((r) => r.cpu));
console.log(JSON.stringify({
  bench: 'cli-start',
  figures: Object.fromEntries(COMMANDS.map((c) => [`${c.name} cpu ms`, Math.round(cpuOf(c.name))])),
  baseline: { 'node -e 0 cpu ms': Math.round(bare.cpu) },
  ratios: Object.fromEntries(COMMANDS.map((c) => [`${c.name} / bare node`, Number((cpuOf(c.name) / bare.cpu).toFixed(1))])),
}));
