import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLivingSchema, type LivingSchema } from '@living-schema/core';
import { duckdb } from '@living-schema/sink-duckdb';

// Fault injection on the whole system: the real `living-schema` binary, a real DuckDB file, real
// CSV files, SIGKILL at named points and at random moments. After every crash the same command is
// run again; then everything must reconcile exactly with the inputs.
// CI runs a bounded number of rounds; LS_FAULT_SOAK=1 runs many more.

const root = new URL('../../', import.meta.url).pathname;
const bin = join(root, 'packages/cli/dist/bin.js');
const SOAK = process.env.LS_FAULT_SOAK === '1';
const ROUNDS = Number(process.env.LS_FAULT_ROUNDS ?? (SOAK ? 120 : 15));
const ROWS_PER_FILE = 1500;
const POINTS = ['engine.after-stage', 'sink.before-commit', 'engine.after-load', 'discovery.before-version', 'catalog.before-snapshot', 'random'] as const;

const report = { rounds: 0, killsSurvived: 0, killsMissed: 0, inputsTried: 0, rowsReconciled: 0, rowsLost: 0, byPoint: {} as Record<string, number>, faults: [] as string[] };
const directory = mkdtempSync(join(tmpdir(), 'ls-faults-'));
const inputs = join(directory, 'inputs');
const database = join(directory, 'fleet.duckdb');
const staging = join(directory, 'staging');
mkdirSync(inputs);

interface Expected {
  file: string;
  rows: number;
  quarantined: number;
}
const expected: Expected[] = [];

/**
 * Round i's export: unique IMO numbers, a ragged row every 3rd round, and a new column every 4th
 * round and whenever the round's fault point needs a schema change to be reached.
 */
function writeRound(i: number, newColumn = i % 4 === 3): Expected {
  const extra = newColumn ? `,note_${i}` : '';
  const lines = [`imo_number,vessel_name,flag_state,gross_tonnage${extra}`];
  for (let r = 0; r < ROWS_PER_FILE; r += 1) {
    lines.push(`${1_000_000 + i * 10_000 + r},Vessel ${i}-${r},${['Liberia', 'Panama', 'Malta', 'Norway'][r % 4]},${1000 + ((r * 37) % 90_000)}${extra ? ',x' : ''}`);
  }
  let quarantined = 0;
  if (i % 3 === 2) {
    lines.splice(5, 0, `${9_000_000 + i},Ragged ${i},Malta,100,surplus,fields${extra ? ',more' : ''}`);
    quarantined = 1;
  }
  const file = join(inputs, `registry-${String(i).padStart(3, '0')}.csv`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return { file, rows: ROWS_PER_FILE, quarantined };
}

function ingest(env: Record<string, string> = {}) {
  return spawn(process.execPath, [bin, '--db', database, '--staging', staging, '--json', 'ingest', inputs, '--dataset', 'vessels'], {
    env: { ...process.env, LIVING_SCHEMA_SLACK_WEBHOOK_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function finished(child: ReturnType<typeof spawn>): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => (stdout += d));
  child.stderr?.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

async function withReader<T>(work: (ls: LivingSchema) => Promise<T>): Promise<T> {
  const ls = createLivingSchema({ sink: duckdb({ path: database, readOnly: true }), stagingDirectory: staging, notifiers: [] });
  try {
    return await work(ls);
  } finally {
    await ls.close();
  }
}

const value = async (ls: LivingSchema, sql: string, params: unknown[] = []) => (await ls.query(sql, { params, maxRows: 100_000 })).rows;

/** Every invariant the user relies on, after a crash and a clean re-run. */
async function checkInvariants(): Promise<void> {
  await withReader(async (ls) => {
    let total = 0;
    for (const input of expected) {
      const [[rows]] = (await value(ls, 'SELECT count(*) FROM vessels WHERE _source = $1', [input.file])) as [[number]];
      expect(rows, `rows of ${input.file}`).toBe(input.rows);
      const batches = await value(ls, `SELECT status, rows_in, rows_loaded, rows_quarantined, coalesce(rows_already_present, 0) FROM ingest_batches WHERE source_uri = $1 AND status = 'loaded'`, [input.file]);
      expect(batches, `exactly one loaded batch for ${input.file}`).toHaveLength(1);
      const [, rowsIn, loaded, quarantined, present] = batches[0] as [string, number, number, number, number];
      expect(rowsIn, `rows in = loaded + quarantined for ${input.file}`).toBe(loaded + quarantined + present);
      expect(quarantined).toBe(input.quarantined);
      total += rows;
    }
    const [[count, distinct]] = (await value(ls, 'SELECT count(*), count(DISTINCT imo_number) FROM vessels')) as [[number, number]];
    expect(count, 'no row outside the inputs').toBe(total);
    expect(distinct, 'no duplicate rows').toBe(count);
    expect(await value(ls, `SELECT count(*) FROM quarantine`)).toEqual([[expected.reduce((n, e) => n + e.quarantined, 0)]]);
    expect(await value(ls, `SELECT count(*) FROM ingest_batches WHERE status = 'staged'`), 'no batch left staged').toEqual([[0]]);
    // The catalog describes every column the data has, and versions have no gaps.
    const columns = (await value(ls, `SELECT column_name FROM duckdb_columns() WHERE table_name = 'vessels' AND column_name NOT LIKE '\\_%' ESCAPE '\\' ORDER BY 1`)).map((r) => r[0]);
    const fields = (await value(ls, `SELECT name FROM field_definitions WHERE dataset = 'vessels' ORDER BY 1`)).map((r) => r[0]);
    expect(fields, 'a field definition for every column').toEqual(columns);
    expect(await value(ls, `SELECT min(version) = 1 AND max(version) = count(*) FROM schema_snapshots`), 'schema versions without gaps').toEqual([[true]]);
    expect(await value(ls, `SELECT count(*) FROM ingest_batches b WHERE status = 'loaded' AND NOT EXISTS (SELECT 1 FROM discovery_batches d WHERE d.batch_id = b.batch_id)`), 'discovery covered every batch').toEqual([[0]]);
    report.rowsReconciled = total;
  });
  const leftovers = existsSync(join(staging, 'batches')) ? readdirSync(join(staging, 'batches')) : [];
  expect(leftovers, 'no orphan staging files').toEqual([]);
  expect(existsSync(join(staging, 'tmp')) ? readdirSync(join(staging, 'tmp')) : [], 'no orphan temporary folders').toEqual([]);
}

afterAll(() => {
  mkdirSync(join(root, 'test-output'), { recursive: true });
  writeFileSync(join(root, 'test-output', 'faults-report.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(
    `fault suite: ${report.rounds} rounds, ${report.killsSurvived} kills survived (${Object.entries(report.byPoint).map(([p, n]) => `${p} ${n}`).join(', ')}), ` +
      `${report.inputsTried} inputs tried, ${report.rowsReconciled} rows reconciled, ${report.rowsLost} lost`,
  );
  rmSync(directory, { recursive: true, force: true });
});

describe('fault injection: kill -9 at every stage, then re-run', () => {
  it(`survives ${ROUNDS} rounds of SIGKILL while staging, loading, discovering and versioning`, async () => {
    // Round 0 loads cleanly: the baseline every later round adds to.
    expected.push(writeRound(0));
    const first = await finished(ingest());
    expect(first.code, first.stderr).toBe(0);
    await checkInvariants();
    for (let round = 1; round <= ROUNDS; round += 1) {
      const point = POINTS[round % POINTS.length]!;
      const input = writeRound(round, round % 4 === 3 || point === 'catalog.before-snapshot' || point === 'discovery.before-version');
      expected.push(input);
      report.inputsTried += 1;
      const child = point === 'random' ? ingest() : ingest({ LIVING_SCHEMA_FAULT_POINT: point });
      if (point === 'random') setTimeout(() => child.kill('SIGKILL'), 50 + Math.floor(Math.random() * 600));
      const crashed = await finished(child);
      if (crashed.signal === 'SIGKILL') {
        report.killsSurvived += 1;
        report.byPoint[point] = (report.byPoint[point] ?? 0) + 1;
      } else {
        // A random kill that came after the run finished; a named point must always fire.
        expect(point, `fault point ${point} never fired: ${crashed.stderr}`).toBe('random');
        report.killsMissed += 1;
      }
      const rerun = await finished(ingest());
      expect(rerun.code, `re-run after ${point}: ${rerun.stderr}`).toBe(0);
      await checkInvariants();
      report.rounds += 1;
    }
    expect(report.killsSurvived).toBeGreaterThanOrEqual(Math.floor(ROUNDS * 0.8));
  }, 600_000);

  it('two writers at once: one waits or is told the database is busy, never corruption', async () => {
    const a = writeRound(900);
    const b = writeRound(901);
    expected.push(a, b);
    report.inputsTried += 2;
    const single = (file: string) =>
      spawn(process.execPath, [bin, '--db', database, '--staging', staging, '--json', 'ingest', file, '--dataset', 'vessels'], { env: { ...process.env, LIVING_SCHEMA_SLACK_WEBHOOK_URL: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const outcomes = await Promise.all([finished(single(a.file)), finished(single(b.file))]);
    for (const outcome of outcomes) {
      if (outcome.code !== 0) expect(outcome.stderr + outcome.stdout).toMatch(/LS_DATABASE_BUSY|is busy/);
    }
    const rerun = await finished(ingest());
    expect(rerun.code, rerun.stderr).toBe(0);
    await checkInvariants();
  }, 120_000);
});

describe('staging failures leave no partial state', () => {
  const isRoot = process.getuid?.() === 0;
  const mount = (args: string[]) => spawnSync('mount', args, { encoding: 'utf8' });

  it('a full disk gives a clear error naming the input, and nothing of it is stored', async () => {
    expect(isRoot, 'this test mounts a tiny tmpfs and must run as root (CI does)').toBe(true);
    const tiny = join(directory, 'tiny-staging');
    mkdirSync(tiny);
    const mounted = mount(['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', tiny]);
    expect(mounted.status, mounted.stderr).toBe(0);
    try {
      const big = join(directory, 'big-export.csv');
      const lines = ['imo_number,vessel_name,flag_state,gross_tonnage'];
      for (let r = 0; r < 60_000; r += 1) lines.push(`${5_000_000 + r},Big ${r} ${Math.random().toString(36).slice(2)},Liberia,${r}`);
      writeFileSync(big, `${lines.join('\n')}\n`);
      const before = await withReader((ls) => value(ls, 'SELECT count(*) FROM vessels'));
      const run = await finished(spawn(process.execPath, [bin, '--db', database, '--staging', tiny, '--json', 'ingest', big, '--dataset', 'vessels'], { env: { ...process.env, LIVING_SCHEMA_SLACK_WEBHOOK_URL: '' }, stdio: ['ignore', 'pipe', 'pipe'] }));
      expect(run.code).toBe(1);
      const output = JSON.parse(run.stdout);
      const failure = [...output.failures.map((f: { message: string }) => f.message), ...output.batches.map((b: { error?: string }) => b.error ?? '')].join(' ');
      expect(failure).toMatch(/big-export\.csv/);
      expect(failure).toMatch(/space|ENOSPC|full/i);
      expect(await withReader((ls) => value(ls, 'SELECT count(*) FROM vessels'))).toEqual(before);
      expect(await withReader((ls) => value(ls, `SELECT count(*) FROM ingest_batches WHERE source_uri LIKE '%big-export.csv' AND status = 'loaded'`))).toEqual([[0]]);
      expect(readdirSync(tiny).flatMap((d) => (existsSync(join(tiny, d)) ? readdirSync(join(tiny, d)) : []))).toEqual([]);
    } finally {
      mount(['-l', tiny]);
      spawnSync('umount', ['-l', tiny]);
    }
  }, 120_000);

  it('a read-only staging folder gives a clear error and nothing is stored', async () => {
    expect(isRoot, 'this test bind-mounts a read-only folder and must run as root (CI does)').toBe(true);
    const readOnly = join(directory, 'ro-staging');
    mkdirSync(readOnly);
    expect(mount(['--bind', readOnly, readOnly]).status).toBe(0);
    expect(mount(['-o', 'remount,bind,ro', readOnly]).status).toBe(0);
    try {
      const file = join(directory, 'ro-export.csv');
      writeFileSync(file, 'imo_number,vessel_name\n7000001,Readonly One\n7000002,Readonly Two\n');
      const before = await withReader((ls) => value(ls, 'SELECT count(*) FROM vessels'));
      const run = await finished(spawn(process.execPath, [bin, '--db', database, '--staging', readOnly, '--json', 'ingest', file, '--dataset', 'vessels'], { env: { ...process.env, LIVING_SCHEMA_SLACK_WEBHOOK_URL: '' }, stdio: ['ignore', 'pipe', 'pipe'] }));
      expect(run.code).toBe(1);
      const { error } = JSON.parse(run.stderr.trim().split('\n').at(-1)!);
      expect(error.code).toBe('LS_STAGING_FAILED');
      expect(error.message).toMatch(/Cannot write to the staging folder .*ro-staging \(EROFS/);
      expect(await withReader((ls) => value(ls, 'SELECT count(*) FROM vessels'))).toEqual(before);
    } finally {
      spawnSync('umount', ['-l', readOnly]);
    }
  }, 60_000);
});
