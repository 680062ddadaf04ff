#!/usr/bin/env node
// Benchmark: CSV ingest end to end (`living-schema ingest`, a fresh database each run) against
// DuckDB's own `CREATE TABLE AS SELECT * FROM read_csv(...)` on the same file, in the same run.
// Prints medians of rows/s for both, their ratio (target >= 0.5) and the peak RSS of each process;
// then ingests a ~1 GB CSV once and reports its peak RSS (target < 1 GB). Each ingest is run twice:
// the second run finds the file loaded and must report it skipped; its time is printed too.
// Usage: npm run bench:ingest-csv [-- --rows 1000000 --runs 3 --memory-gb 1]   (--memory-gb 0 skips)
// Needs a build (npm run build).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const bin = join(root, 'packages', 'cli', 'dist', 'bin.js');
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const ROWS = flag('rows', 1_000_000);
const RUNS = flag('runs', 3);
const MEMORY_GB = flag('memory-gb', 1);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const dir = mkdtempSync(join(tmpdir(), 'ls-bench-csv-'));

/** A registry-like CSV of `rows` rows and 10 columns, written by DuckDB (fast, deterministic). */
async function generate(path, rows) {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(`COPY (
    SELECT i AS id, 'Vessel ' || i AS vessel_name, 9100000 + i * 7 AS imo_number,
           ['Liberia','Panama','Malta','Norway','Greece','Bahamas'][1 + i % 6] AS flag_state,
           ['bulk carrier','tanker','container ship','reefer'][1 + i % 4] AS vessel_type,
           round(2000 + (i * 7919 % 90000) + (i % 100) / 100.0, 2) AS gross_tonnage,
           1990 + i % 34 AS year_built, DATE '2020-01-01' + (i % 2000)::INTEGER AS last_inspection,
           i % 7 = 0 AS detained, md5(i::VARCHAR) AS certificate
    FROM range(1, ${rows} + 1) t(i)) TO '${path}' (HEADER)`);
  connection.closeSync();
  instance.closeSync();
}

/** Runs a node script in a child process; returns wall time and its peak RSS (bytes). */
function measure(scriptArgs, env = {}) {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['-r', join(here, 'rss-report.cjs'), ...scriptArgs], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`${scriptArgs.join(' ')} failed (${result.status}): ${result.stderr}`);
  const rss = Number(/@@maxrss (\d+)/.exec(result.stderr)?.[1] ?? 0) * 1024;
  return { ms, rss, stdout: result.stdout };
}

function ingest(csvPath, run, env) {
  const db = join(dir, `ingest-${run}.duckdb`);
  const measured = measure([bin, '--db', db, '--json', 'ingest', csvPath, '--dataset', 'bench'], env);
  const summary = JSON.parse(measured.stdout);
  const batch = summary.batches[0];
  if (!batch || batch.status !== 'loaded' || batch.rowsLoaded + batch.rowsQuarantined !== batch.rowsIn) throw new Error(`ingest did not load: ${measured.stdout}`);
  // The same command again: the file is already loaded, so it is hashed and skipped.
  const again = measure([bin, '--db', db, '--json', 'ingest', csvPath, '--dataset', 'bench'], env);
  const skipped = JSON.parse(again.stdout).batches[0];
  if (skipped?.status !== 'skipped' || skipped.rowsIn !== batch.rowsIn) throw new Error(`re-run was not a skip: ${again.stdout}`);
  rmSync(join(dir, `ingest-${run}.duckdb`), { force: true });
  rmSync(join(dir, '.living-schema'), { recursive: true, force: true });
  return { ...measured, rows: batch.rowsLoaded, againMs: again.ms };
}

function baseline(csvPath, run) {
  const db = join(dir, `baseline-${run}.duckdb`);
  const measured = measure([join(here, 'baseline.mjs'), csvPath, db]);
  rmSync(db, { force: true });
  return measured;
}

const mb = (bytes) => Math.round(bytes / 1024 / 1024);
console.log(`ingest-csv bench: ${availableParallelism()} cores, ${ROWS.toLocaleString('en')} rows x 10 columns, ${RUNS} runs, medians`);
const csvPath = join(dir, 'registry.csv');
await generate(csvPath, ROWS);
console.log(`generated ${csvPath} (${mb(statSync(csvPath).size)} MB)`);

const ingestRuns = [];
const baselineRuns = [];
for (let run = 0; run < RUNS; run += 1) {
  // Alternate, so a noisy neighbour hurts both alike.
  baselineRuns.push(baseline(csvPath, run));
  ingestRuns.push(ingest(csvPath, run));
}
// The CLI's own start (loading its modules), measured alone: the part of the end-to-end time that
// does not grow with the file.
const startup = median(Array.from({ length: RUNS }, () => measure([bin, '--version']).ms));
const ingestRate = median(ingestRuns.map((r) => (ROWS / r.ms) * 1000));
const ingestRateWithoutStart = median(ingestRuns.map((r) => (ROWS / (r.ms - startup)) * 1000));
const baselineRate = median(baselineRuns.map((r) => (ROWS / r.ms) * 1000));
const ratio = ingestRate / baselineRate;
const ingestRss = median(ingestRuns.map((r) => r.rss));
const baselineRss = median(baselineRuns.map((r) => r.rss));
console.log(`living-schema ingest (end to end, process start to exit): ${Math.round(ingestRate).toLocaleString('en')} rows/s, peak RSS ${mb(ingestRss)} MB`);
console.log(`DuckDB CREATE TABLE AS read_csv (same file, process start to exit): ${Math.round(baselineRate).toLocaleString('en')} rows/s, peak RSS ${mb(baselineRss)} MB`);
console.log(`ratio: ${ratio.toFixed(2)} (target >= 0.5)`);
console.log(`CLI start alone (living-schema --version): ${Math.round(startup)} ms; ingest rate without it ${Math.round(ingestRateWithoutStart).toLocaleString('en')} rows/s, ratio ${(ingestRateWithoutStart / baselineRate).toFixed(2)}`);

const againMs = median(ingestRuns.map((r) => r.againMs));
const firstMs = median(ingestRuns.map((r) => r.ms));
console.log(`re-running the same ingest (already loaded, reported skipped): ${Math.round(againMs)} ms, ${(againMs / firstMs).toFixed(2)}x the first ingest's ${Math.round(firstMs)} ms`);

const figures = { rows: ROWS, ingestRowsPerSecond: Math.round(ingestRate), ingestPeakRssMb: mb(ingestRss), cliStartMs: Math.round(startup), ingestRowsPerSecondWithoutCliStart: Math.round(ingestRateWithoutStart), rerunMs: Math.round(againMs) };
if (MEMORY_GB > 0) {
  const bigRows = Math.round((MEMORY_GB * 1024 * 1024 * 1024) / (statSync(csvPath).size / ROWS));
  const bigPath = join(dir, 'registry-big.csv');
  await generate(bigPath, bigRows);
  rmSync(csvPath, { force: true });
  const size = statSync(bigPath).size;
  // The store's DuckDB is bounded like the CSV source's own (512 MB each by default for the source).
  const big = ingest(bigPath, 'big', { LIVING_SCHEMA_DUCKDB_MEMORY_LIMIT: '512MB' });
  figures.bigFileMb = mb(size);
  figures.bigFileRows = big.rows;
  figures.bigFilePeakRssMb = mb(big.rss);
  figures.bigFileRowsPerSecond = Math.round((big.rows / big.ms) * 1000);
  console.log(`${mb(size)} MB CSV (${big.rows.toLocaleString('en')} rows, LIVING_SCHEMA_DUCKDB_MEMORY_LIMIT=512MB): peak RSS ${mb(big.rss)} MB (target < 1024 MB), ${Math.round((big.rows / big.ms) * 1000).toLocaleString('en')} rows/s`);
}
rmSync(dir, { recursive: true, force: true });
console.log(
  JSON.stringify({
    bench: 'ingest-csv',
    figures,
    baseline: { duckdbReadCsvRowsPerSecond: Math.round(baselineRate), duckdbPeakRssMb: mb(baselineRss) },
    ratios: { ingestToDuckdb: Number(ratio.toFixed(3)), ingestWithoutCliStartToDuckdb: Number((ingestRateWithoutStart / baselineRate).toFixed(3)), rerunToFirstIngest: Number((againMs / firstMs).toFixed(3)) },
  }),
);
