#!/usr/bin/env node
// Runs `npm test` several times in a row while a CPU-bound process runs beside it, and prints one
// line per run (exit code, minutes, the suite's summary line) and a verdict. It is how the suite's
// reliability on a busy machine is measured: a test that depends on timing fails here first.
//
//   node scripts/test-beside-load.mjs [runs=5]
//
// Run it in a fresh clone after `npm ci`; each run is a whole `npm test` (build included).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runs = Number(process.argv[2] ?? 5);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`runs must be a positive whole number, got "${process.argv[2]}"`);
  process.exit(2);
}

/** One core kept busy for as long as the runs last: an endless loop in its own process. */
const hog = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
const stopHog = () => hog.kill('SIGKILL');
process.on('exit', stopHog);
process.on('SIGINT', () => process.exit(130));

/** The suite's own last line, `tests: N passed, N failed, N skipped`, or what it printed last. */
function summaryOf(output) {
  const lines = output.split('\n').filter((line) => line.trim() !== '');
  return lines.findLast((line) => line.startsWith('tests: ')) ?? lines.at(-1) ?? '(no output)';
}

const logDirectory = mkdtempSync(join(tmpdir(), 'ls-test-beside-load-'));
const results = [];
for (let run = 1; run <= runs; run += 1) {
  const started = Date.now();
  const test = spawnSync('npm', ['test'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const minutes = (Date.now() - started) / 60_000;
  const output = `${test.stdout ?? ''}${test.stderr ?? ''}`;
  results.push({ run, code: test.status, minutes });
  // Every run's whole output is kept: a failure on a busy machine may not come back on a quiet one.
  const log = join(logDirectory, `run-${run}.log`);
  writeFileSync(log, output);
  console.log(`run ${run}/${runs}: exit ${test.status}, ${minutes.toFixed(1)} min, ${summaryOf(output)} (output: ${log})`);
}
const green = results.filter((r) => r.code === 0).length;
const sorted = results.map((r) => r.minutes).sort((a, b) => a - b);
console.log(`${green} of ${runs} runs green beside a CPU-bound process; median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} min`);
process.exit(green === runs ? 0 : 1);
