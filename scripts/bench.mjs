#!/usr/bin/env node
// `npm run bench`: runs every bench/<name>/run.mjs in turn (one at a time: they measure the
// machine), shows each one's output, and writes bench/results.json with every bench's figures.
// A bench reports its figures by printing, as its last stdout line, one JSON object:
//   {"bench": "<name>", "figures": {...}, "baseline": {...}, "ratios": {...}}
// Usage: npm run bench [-- <name> ...]   (names filter which benches run)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';

const root = new URL('..', import.meta.url).pathname;
// The benches' baselines need Debian packages too (the native tesseract CLI).
const system = spawnSync('bash', [join(root, 'scripts/system-packages.sh'), '--bench'], { stdio: 'inherit' });
if (system.status !== 0) process.exit(system.status ?? 1);
const benchDirectory = join(root, 'bench');
const only = process.argv.slice(2);
const names = readdirSync(benchDirectory, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(benchDirectory, entry.name, 'run.mjs')))
  .map((entry) => entry.name)
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();

function run(name) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--expose-gc', join(benchDirectory, name, 'run.mjs')], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => {
      const last = stdout.trim().split('\n').reverse().find((line) => line.trim().startsWith('{'));
      let result = null;
      try {
        result = last ? JSON.parse(last) : null;
      } catch {
        result = null;
      }
      resolve({ name, exitCode: code, seconds: (Date.now() - started) / 1000, result });
    });
  });
}

const results = [];
for (const name of names) {
  console.log(`\n=== bench/${name} ===`);
  results.push(await run(name));
}
const summary = {
  generatedAt: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
  benches: results,
};
writeFileSync(join(benchDirectory, 'results.json'), `${JSON.stringify(summary, null, 2)}\n`);
console.log(`\nwrote bench/results.json (${results.length} bench${results.length === 1 ? '' : 'es'})`);
for (const r of results) console.log(`  ${r.name}: ${r.exitCode === 0 ? 'ok' : `exit ${r.exitCode}`} in ${r.seconds.toFixed(1)} s`);
process.exit(results.some((r) => r.exitCode !== 0) ? 1 : 0);
