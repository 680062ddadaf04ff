/**
 * The real-world-shaped CSV and spreadsheet corpus (real-world-files.ts), end to end through the
 * real `living-schema` binary, each file into a fresh store, compared with DuckDB's own
 * `read_csv` (auto-detect) in a plain DuckDB instance. For every file:
 * - a load (exit 0) reconciles (rows in = loaded + quarantined, the table and the quarantine hold
 *   exactly those rows) and stores at least DuckDB's rows, or quarantines the difference with a
 *   reason; a non-empty file never loads as 0 rows in;
 * - a refusal (exit 1) names the file and its true cause, and no internal path;
 * - the peak RSS stays bounded, whatever the number of rejected rows.
 * Prints a table: case, DuckDB's rows, ours (in / loaded / quarantined), encoding, peak RSS.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import {
  DEFAULT_HANG_MS,
  inspect,
  runCli,
  unreconciledBatches,
  type CliRun,
} from '../corpus-harness.js';
import { REAL_WORLD_CASES, type RealWorldCase } from './real-world-files.js';

const DEFAULT_RSS_MIB = 700;
const TEST_MARGIN_MS = 60_000;
const directory = mkdtempSync(join(tmpdir(), 'ls-real-world-'));
const report: string[] = [];

afterAll(() => {
  console.log(
    `real-world CSV and spreadsheet corpus: ${report.length} files\n${report.join('\n')}`
  );
  if (process.env.LS_KEEP_CORPUS) console.log(`corpus kept in ${directory}`);
  else rmSync(directory, { recursive: true, force: true });
});

/** DuckDB's own row count for the file with every option auto-detected; null if it cannot read it. */
async function duckDbRows(path: string): Promise<number | null> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const literal = `'${path.replace(/'/g, "''")}'`;
    const rows = (
      await connection.runAndReadAll(`SELECT count(*) FROM read_csv(${literal})`)
    ).getRowsJS();
    return Number(rows[0]![0]);
  } catch {
    return null;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

interface BatchJson {
  status: string;
  dataset: string;
  batchId: string;
  rowsIn: number;
  rowsLoaded: number;
  rowsQuarantined: number;
  details?: { encoding?: string };
}

/** What the store holds for the batch: table rows, quarantine rows with reasons, column names. */
async function stored(db: string, batch: BatchJson) {
  return inspect(db, async (query) => {
    const table = `"${batch.dataset.replace(/"/g, '""')}"`;
    const [[rows]] = (await query(
      `SELECT count(*) FROM ${table} WHERE _batch_id = '${batch.batchId}'`
    )) as [[number]];
    const reasons = (
      await query(`SELECT reason FROM quarantine WHERE batch_id = '${batch.batchId}'`)
    ).map((r) => String(r[0]));
    // The table's columns in order, each with the header it came from.
    const fields = await query(
      `SELECT f.original_name, c.column_name FROM duckdb_columns() c JOIN field_definitions f ON f.dataset = c.table_name AND f.name = c.column_name AND f.status = 'active'
       WHERE c.table_name = '${batch.dataset}' AND NOT starts_with(c.column_name, '_') ORDER BY c.column_index`
    );
    return {
      rows,
      reasons,
      fields: new Map(fields.map((r) => [String(r[0]), String(r[1])] as const)),
      table,
    };
  });
}

async function valueFound(
  db: string,
  table: string,
  column: string,
  value: string
): Promise<string[]> {
  return inspect(db, async (query) =>
    (await query(`SELECT DISTINCT "${column}"::VARCHAR FROM ${table} ORDER BY 1`)).map((r) =>
      String(r[0])
    )
  ).then((values) => (values.includes(value) ? [value] : values));
}

function assertBounded(c: RealWorldCase, run: CliRun) {
  expect(run.hung, `${c.id}: hung (killed after ${DEFAULT_HANG_MS} ms)`).toBe(false);
  expect(run.maxRssMiB, `${c.id}: peak RSS reported`).not.toBeNull();
  expect(run.maxRssMiB!, `${c.id}: peak RSS`).toBeLessThan(c.rssMiB ?? DEFAULT_RSS_MIB);
  expect(run.json, `${c.id}: the JSON result (stderr: ${run.stderr.slice(0, 500)})`).not.toBeNull();
}

/** No message may show where the source keeps its working copies. */
function assertNoInternalPath(message: string, path: string) {
  const withoutInput = message.split(path).join('<input>');
  expect(withoutInput, 'an internal path in the message').not.toMatch(
    /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|ls-tmp|staging|\.utf8\.csv|\.fitted\.csv|\.parquet/
  );
}

async function assertRefused(c: RealWorldCase, run: CliRun, path: string) {
  expect(run.code, `${c.id}: exit code of a refusal (stdout: ${run.stdout.slice(0, 300)})`).toBe(1);
  const [failure] = run.json.failures as Array<{ code: string; input: string; message: string }>;
  expect(failure!.message).toContain(basename(path));
  expect(failure!.message).toMatch(c.refused!);
  assertNoInternalPath(failure!.message, path);
}

async function assertLoaded(
  c: RealWorldCase,
  run: CliRun,
  db: string,
  path: string,
  duck: number | null
) {
  const failure = run.json?.failures?.[0]?.message ?? run.stderr.slice(0, 400);
  if (run.code !== 0) assertNoInternalPath(String(failure), path);
  expect(run.code, `${c.id}: exit code (refused: ${failure})`).toBe(0);
  const batches = run.json.batches as BatchJson[];
  expect(batches).toHaveLength(1);
  const batch = batches[0]!;
  expect(batch.status).toBe('loaded');
  expect(batch.rowsIn, 'rows in = loaded + quarantined').toBe(
    batch.rowsLoaded + batch.rowsQuarantined
  );
  expect(batch.rowsIn, 'a non-empty file never loads as 0 rows in').toBeGreaterThan(0);
  expect(await unreconciledBatches(db)).toEqual([]);
  const store = await stored(db, batch);
  expect(store.rows, 'the table holds the loaded rows').toBe(batch.rowsLoaded);
  expect(store.reasons, 'the quarantine holds the quarantined rows').toHaveLength(
    batch.rowsQuarantined
  );
  for (const reason of store.reasons)
    expect(reason.trim().length, 'a quarantined row has a reason').toBeGreaterThan(10);
  if (duck !== null && batch.rowsLoaded < duck) {
    // Fewer rows than DuckDB: only when every missing row is in the quarantine, with its reason.
    expect(
      batch.rowsLoaded + batch.rowsQuarantined,
      `${c.id}: DuckDB reads ${duck} rows`
    ).toBeGreaterThanOrEqual(duck);
  }
  if (c.rowsLoaded !== undefined) expect(batch.rowsLoaded, 'rows loaded').toBe(c.rowsLoaded);
  if (c.rowsQuarantined !== undefined)
    expect(batch.rowsQuarantined, 'rows quarantined').toBe(c.rowsQuarantined);
  if (c.columns) expect([...store.fields.keys()].slice(0, c.columns.length)).toEqual(c.columns);
  if (c.value) {
    const column = store.fields.get(c.value.column) ?? c.value.column;
    expect(await valueFound(db, store.table, column, c.value.equals)).toEqual([c.value.equals]);
  }
  if (c.encoding)
    expect(batch.details?.encoding, 'the encoding the batch reports').toBe(c.encoding);
  return batch;
}

async function runCase(c: RealWorldCase) {
  const folder = mkdtempSync(join(directory, `${c.id}-`));
  const path = await c.make(folder);
  const db = join(folder, 'store.duckdb');
  const duck = c.delimited ? await duckDbRows(path) : null;
  const run = await runCli(db, ['ingest', path]);
  assertBounded(c, run);
  const batch = c.refused
    ? await assertRefused(c, run, path)
    : await assertLoaded(c, run, db, path, duck);
  const ours = batch
    ? `${batch.rowsIn} in / ${batch.rowsLoaded} loaded / ${batch.rowsQuarantined} quarantined`
    : 'refused';
  report.push(
    `${c.id.padEnd(28)} duckdb ${String(duck ?? '-').padStart(6)}  ours ${ours.padEnd(42)} ${(
      batch?.details?.encoding ?? ''
    ).padEnd(12)} ${String(run.maxRssMiB).padStart(4)} MiB`
  );
}

const findings = [...new Set(REAL_WORLD_CASES.map((c) => c.finding))];
for (const finding of findings) {
  describe(`real-world files: ${finding}`, () => {
    for (const c of REAL_WORLD_CASES.filter((x) => x.finding === finding))
      it(`${c.id}: ${c.title}`, () => runCase(c), DEFAULT_HANG_MS + TEST_MARGIN_MS);
  });
}
