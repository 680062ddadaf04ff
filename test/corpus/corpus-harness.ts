/**
 * Runs the real `living-schema` binary on one input at a time, with a hang guard (a process still
 * running far past its typical time is killed and reported hung) and its peak RSS measured from
 * inside (rss-report.cjs), and reads the store back between runs to prove nothing already stored
 * was lost. No run is judged by how fast it was: the machine may be shared, and speed is measured
 * in bench/ against a same-run baseline.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

const root = new URL('../../', import.meta.url).pathname;
export const CLI = join(root, 'packages/cli/dist/bin.js');
const RSS_REPORT = join(root, 'test/corpus/rss-report.cjs');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Parsed stdout when it is JSON; with --json an error is a JSON object on stderr, parsed here too. */
  json: any;
  /** Elapsed time, for the report only (never asserted). */
  ms: number;
  /** Peak RSS of the CLI process in MiB (null when it was killed before reporting). */
  maxRssMiB: number | null;
  /** Killed by the hang guard: it was still running `hangAfterMs` after it started. */
  hung: boolean;
}

/**
 * Default hang guard: at least 10x the typical time of every run that does not set its own (the
 * slowest of them take about 8 s alone), so only a process that is really stuck reaches it.
 */
export const DEFAULT_HANG_MS = 120_000;

export function cliBuilt(): boolean {
  return existsSync(CLI);
}

/** `living-schema --db <db> --json <args...>`, killed only if hung; never throws. */
export function runCli(db: string, args: string[], options: { hangAfterMs?: number; env?: Record<string, string>; cwd?: string } = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--require', RSS_REPORT, CLI, '--db', db, '--json', ...args], {
      cwd: options.cwd,
      env: { ...process.env, NODE_OPTIONS: '', LIVING_SCHEMA_LLM_PROVIDER: '', ANTHROPIC_API_KEY: '', OPENAI_API_KEY: '', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let hung = false;
    const timer = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, options.hangAfterMs ?? DEFAULT_HANG_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      const match = /@@maxrss-kib (\d+)/.exec(stderr);
      const parse = (text: string): unknown => {
        try {
          return JSON.parse(text);
        } catch {
          return null;
        }
      };
      const rest = stderr.replace(/\n?@@maxrss-kib \d+\n?/, '');
      const json = parse(stdout) ?? parse(rest.trim().split('\n').at(-1) ?? '');
      resolve({
        code,
        stdout,
        stderr: rest,
        json,
        ms: Math.round(performance.now() - started),
        maxRssMiB: match ? Math.round(Number(match[1]) / 1024) : null,
        hung,
      });
    });
  });
}

/** Runs read-only SQL on the store from this process (the CLI is not running, so no lock clash). */
export async function inspect<T>(db: string, work: (query: (sql: string) => Promise<unknown[][]>) => Promise<T>): Promise<T> {
  const instance = await DuckDBInstance.create(db, { access_mode: 'READ_ONLY' });
  const connection = await instance.connect();
  try {
    const plain = (value: unknown): unknown => (typeof value === 'bigint' ? Number(value) : Array.isArray(value) ? value.map(plain) : value);
    return await work(async (sql) => plain((await connection.runAndReadAll(sql)).getRowsJS()) as unknown[][]);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Row counts of the tables every ingest touches, plus every record dataset. */
export async function storeCounts(db: string): Promise<Record<string, number>> {
  return inspect(db, async (query) => {
    const counts: Record<string, number> = {};
    const tables = (await query(`SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' AND database_name = current_database() ORDER BY 1`)).map((r) => String(r[0]));
    for (const table of tables) counts[table] = Number((await query(`SELECT count(*) FROM "${table.replace(/"/g, '""')}"`))[0]![0]);
    return counts;
  });
}

/** A fingerprint of the seeded content: the exact rows, hashed order-independently per table. */
export async function seedFingerprint(db: string): Promise<Record<string, string>> {
  return inspect(db, async (query) => {
    const one = async (sql: string) => String((await query(sql))[0]![0]);
    return {
      seed_vessels: await one(`SELECT count(*) || ':' || coalesce(bit_xor(hash(imo_number, vessel_name, flag_state, gross_tonnage)), 0) FROM seed_vessels`),
      raw_documents: await one(`SELECT count(*) || ':' || coalesce(bit_xor(hash(document_id, page_number, text)), 0) FROM raw_documents WHERE source_uri NOT LIKE '%/hostile/%' AND source_uri NOT LIKE 'argilla:%hostile%'`),
      annotations: await one(`SELECT count(*) || ':' || coalesce(bit_xor(hash(annotation_id, label, span_start, span_end, text)), 0) FROM annotations WHERE document_id IN (SELECT document_id FROM raw_documents WHERE source_uri LIKE 'argilla:seed_ner/%')`),
      ledger: await one(`SELECT count(*) || ':' || coalesce(bit_xor(hash(batch_id, rows_in, rows_loaded, rows_quarantined, status)), 0) FROM ingest_batches WHERE source_uri NOT LIKE '%/hostile/%'`),
    };
  });
}

/** Batches whose rows do not reconcile (rows in = loaded + quarantined + already present). */
export async function unreconciledBatches(db: string): Promise<unknown[][]> {
  return inspect(db, (query) => query(`SELECT batch_id, source_uri, rows_in, rows_loaded, rows_quarantined, coalesce(rows_already_present, 0) FROM ingest_batches WHERE status = 'loaded' AND rows_in <> rows_loaded + rows_quarantined + coalesce(rows_already_present, 0)`));
}
