import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LivingSchemaError } from '@living-schema/core';
import { INTERNAL_TABLES } from './duckdb-read-guard.js';
import { duckdb, type DuckDbSink } from './duckdb-sink.js';

async function refusal(promise: Promise<unknown>): Promise<LivingSchemaError> {
  try {
    await promise;
  } catch (error) {
    if (LivingSchemaError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected the query to be refused');
}

/** Every way a query can reach a table by name. */
function pathsTo(table: string): Record<string, string> {
  return {
    direct: `SELECT * FROM ${table}`,
    qualified: `SELECT * FROM main.${table}`,
    cte: `WITH t AS (SELECT * FROM ${table}) SELECT * FROM t`,
    'shadowing cte': `WITH ${table} AS (SELECT 1 AS x) SELECT * FROM (SELECT * FROM ${table}), main.${table}`,
    subquery: `SELECT (SELECT count(*) FROM ${table}) AS n`,
    view: `SELECT * FROM view_over_${table}`,
    query_table: `SELECT * FROM query_table('${table}')`,
    query: `SELECT * FROM query('SELECT * FROM ${table}')`,
  };
}

for (const kind of ['file', 'memory'] as const) {
  describe(`untrusted reads on a ${kind} store`, () => {
    let sink: DuckDbSink;
    let folder: string;
    beforeAll(async () => {
      folder = mkdtempSync(join(tmpdir(), 'ls-read-guard-'));
      // `load` is a keyword: DuckDB quotes the catalog's name in plans ("load".main.vessels).
      sink = duckdb({ path: kind === 'file' ? join(folder, 'load.duckdb') : ':memory:' });
      await sink.open();
      await sink.writer.run(`CREATE TABLE "select" AS SELECT 1 AS x`);
      await sink.writer.run(`CREATE TABLE vessels AS SELECT range AS id, 'v' || range AS name FROM range(3)`);
      // Views an operator (or a plugin) might create over internal tables: resolved, then refused.
      for (const table of INTERNAL_TABLES) await sink.writer.run(`CREATE VIEW view_over_${table} AS SELECT * FROM ${table}`);
      await sink.writer.run(`CREATE VIEW vessel_names AS SELECT name FROM vessels`);
      await sink.bookkeeping.run(`INSERT INTO query_executions (execution_id, sql, mode, started_at, status) VALUES ('secret', 'SELECT 42', 'live', now(), 'ok')`);
    });
    afterAll(() => sink.close());

    it('reads user tables through CTEs, subqueries, views, query_table and the store views', async () => {
      const sandboxed = (sql: string, params?: unknown[]) => sink.query(sql, { sandboxed: true, params });
      expect((await sandboxed('WITH v AS (SELECT * FROM vessels) SELECT count(*) FROM v')).rows).toEqual([[3]]);
      expect((await sandboxed('SELECT count(*) FROM (SELECT * FROM main.vessels) s')).rows).toEqual([[3]]);
      expect((await sandboxed('SELECT count(*) FROM vessel_names')).rows).toEqual([[3]]);
      expect((await sandboxed(`SELECT count(*) FROM query_table('vessels')`)).rows).toEqual([[3]]);
      expect((await sandboxed('SELECT name FROM vessels WHERE id = $1', [2])).rows).toEqual([['v2']]);
      expect((await sandboxed('SELECT count(*) FROM annotations_as_of(now())')).rows).toEqual([[0]]);
      expect((await sandboxed('SELECT count(*) FROM structured_data')).rows).toEqual([[0]]);
      expect((await sandboxed('SELECT x FROM "select"')).rows).toEqual([[1]]);
    });

    for (const table of INTERNAL_TABLES) {
      it(`refuses ${table} by name on every path`, async () => {
        for (const [path, sql] of Object.entries(pathsTo(table))) {
          const error = await refusal(sink.query(sql, { sandboxed: true }));
          expect({ path, code: error.code, rule: error.details.rule }).toEqual({ path, code: 'LS_QUERY_REFUSED', rule: 'internal-table' });
          expect(error.message).toContain(table);
        }
        // The store itself still reads them (trusted path).
        await expect(sink.reader.all(`SELECT count(*) FROM ${table}`)).resolves.toHaveLength(1);
      });
    }

    it('refuses the query log view and names read as files, settings and other catalogs', async () => {
      writeFileSync(join(folder, 'leak.csv'), 'secret\n42\n');
      const cases: Array<[string, string]> = [
        ['SELECT * FROM slow_queries', 'internal-table'],
        [`SELECT * FROM "${folder}/leak".csv`, 'file-path'],
        [`SELECT * FROM "${folder}/leak.csv"`, 'file-path'],
        ['SELECT * FROM leak.csv', 'file-path'],
        ['SELECT * FROM ".tmp/leak".csv', 'file-path'],
        ['SELECT name, setting FROM pg_settings', 'settings'],
        ['SELECT * FROM duckdb_settings()', 'settings'],
        ['SELECT * FROM information_schema.tables', 'external-catalog'],
        [`SELECT current_setting('allowed_directories')`, 'settings'],
        [`SELECT getenv('HOME')`, 'settings'],
        [`SELECT * FROM read_csv('${folder}/leak.csv')`, 'file-function'],
        [`SELECT * FROM (SELECT 1) s, LATERAL (SELECT * FROM read_text('/etc/hostname'))`, 'file-function'],
        [`SELECT * FROM duckdb_databases()`, 'settings'],
      ];
      for (const [sql, rule] of cases) {
        const error = await refusal(sink.query(sql, { sandboxed: true }));
        expect({ sql, code: error.code, rule: error.details.rule }).toEqual({ sql, code: 'LS_QUERY_REFUSED', rule });
      }
    });
  });
}
