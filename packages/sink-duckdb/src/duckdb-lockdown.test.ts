import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LivingSchemaError } from '@living-schema/core';
import { duckdb, type DuckDbSink } from './duckdb-sink.js';

const sinks: DuckDbSink[] = [];
function openSink(path: string, readOnly = false): DuckDbSink {
  const sink = duckdb({ path, readOnly, busyTimeoutMs: 200 });
  sinks.push(sink);
  return sink;
}
afterEach(async () => {
  await Promise.all(sinks.splice(0).map((s) => s.close()));
});

async function refusal(promise: Promise<unknown>): Promise<LivingSchemaError> {
  try {
    await promise;
  } catch (error) {
    if (LivingSchemaError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected the query to fail');
}

/** Tries to open the file for writing from another process; true when that succeeded. */
function anotherProcessCanWrite(path: string): boolean {
  const script = `import('@duckdb/node-api').then(async (m) => { try { await m.DuckDBInstance.create(${JSON.stringify(path)}); process.stdout.write('opened'); } catch { process.stdout.write('refused'); } })`;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', cwd: join(import.meta.dirname, '..') });
  return result.stdout.trim() === 'opened';
}

describe('DuckDB store lockdown', () => {
  it('cannot read files, reach the network, change settings or write, and sees each new write', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'ls-sandbox-')), 'db.duckdb');
    const sink = openSink(path);
    await sink.open();
    await sink.writer.run(`CREATE TABLE things AS SELECT range AS id FROM range(3)`);
    expect((await sink.query('SELECT count(*) FROM things', { sandboxed: true })).rows).toEqual([[3]]);

    for (const sql of [
      `SELECT * FROM read_csv('/etc/hostname')`,
      `SELECT * FROM read_text('/etc/hostname')`,
      `SELECT * FROM glob('/etc/*')`,
      `SELECT * FROM read_parquet('http://127.0.0.1:9/x.parquet')`,
    ]) {
      // Untrusted SQL is refused by name; even trusted SQL, on the same engine, cannot read a file.
      expect((await refusal(sink.query(sql, { sandboxed: true }))).details.rule).toBe('file-function');
      expect((await refusal(sink.query(sql))).message).toMatch(/disabled by configuration/);
    }
    expect((await refusal(sink.query(`SET enable_external_access = true`, { sandboxed: true }))).details.rule).toBe('select-only');
    // The trusted path runs on the same locked-down instance: it cannot read the host's files either.
    expect((await refusal(sink.query(`SELECT count(*) FROM read_text('/etc/hostname')`))).message).toMatch(/disabled by configuration/);
    await expect(sink.reader.all(`SELECT count(*) FROM read_text('/etc/hostname')`)).rejects.toThrow(/disabled by configuration/);

    await sink.writer.run(`INSERT INTO things VALUES (10), (11)`);
    expect((await sink.query('SELECT count(*) FROM things', { sandboxed: true })).rows).toEqual([[5]]);
    await sink.bookkeeping.run(`INSERT INTO query_executions (execution_id, sql, mode, started_at, status) VALUES ('x', 'select 1', 'live', now(), 'ok')`);
    expect((await sink.query('SELECT count(*) FROM things', { sandboxed: true })).rows).toEqual([[5]]);
  });

  it('interrupts a long query at the timeout and cuts rows at the limit', async () => {
    const sink = openSink(join(mkdtempSync(join(tmpdir(), 'ls-sandbox-')), 'db.duckdb'));
    // No elapsed-time assertion (a shared machine makes one flaky): uninterrupted, this query
    // (10^13 rows) runs for hours, so the test's own timeout (60 s, 200x the 300 ms) guards it.
    const error = await refusal(sink.query('SELECT count(*) FROM range(100000000) a, range(100000) b', { sandboxed: true, timeoutMs: 300 }));
    expect(error.details.rule).toBe('timeout');
    const cut = await sink.query('SELECT * FROM range(1000000000)', { sandboxed: true, maxRows: 5 });
    expect(cut.rowCount).toBe(5);
    expect(cut.truncated).toBe(true);
  });

  it('keeps the file locked against other writers from open to close, across writes and queries', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'ls-sandbox-')), 'db.duckdb');
    const sink = openSink(path);
    await sink.writer.run(`CREATE TABLE t AS SELECT 1 AS x`);
    await sink.query('SELECT * FROM t', { sandboxed: true });
    await sink.writer.run(`INSERT INTO t VALUES (2)`);
    expect((await sink.query('SELECT count(*) FROM t', { sandboxed: true })).rows).toEqual([[2]]);
    await sink.writer.run(`INSERT INTO t VALUES (3)`);
    expect(anotherProcessCanWrite(path)).toBe(false);
    await sink.close();
    expect(anotherProcessCanWrite(path)).toBe(true);
  });

  it('keeps no cache of the staged files it has loaded', async () => {
    // A staged Parquet file is read once and deleted; its pages must not stay in the process.
    const sink = openSink(join(mkdtempSync(join(tmpdir(), 'ls-sandbox-')), 'db.duckdb'));
    await sink.open();
    const [setting] = await sink.reader.all<{ value: string }>(`SELECT value FROM duckdb_settings() WHERE name = 'enable_external_file_cache'`);
    expect(setting?.value).toBe('false');
  });
});
