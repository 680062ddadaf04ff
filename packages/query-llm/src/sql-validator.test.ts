import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LivingSchemaError } from '@living-schema/core';
import { duckdb, type DuckDbSink } from '@living-schema/sink-duckdb';
import { validateSql } from './sql-validator.js';

let sink: DuckDbSink;
beforeAll(async () => {
  sink = duckdb({ path: join(mkdtempSync(join(tmpdir(), 'ls-guard-')), 'db.duckdb') });
  await sink.open();
  await sink.writer.run(`CREATE TABLE vessels AS SELECT 'Aurora' AS vessel_name, 'Liberia' AS flag_state, 1000 AS gross_tonnage, now() AS _ingested_at`);
});
afterAll(async () => {
  await sink.close();
});

/** [statement, the rule that must fire]. */
const HOSTILE: Array<[string, string]> = [
  ['INSERT INTO vessels VALUES (1, 2, 3, now())', 'write-statement'],
  ["UPDATE vessels SET flag_state = 'x'", 'write-statement'],
  ['DELETE FROM vessels', 'write-statement'],
  ['DROP TABLE vessels', 'write-statement'],
  ['CREATE TABLE evil AS SELECT 1', 'write-statement'],
  ['ALTER TABLE vessels ADD COLUMN x INTEGER', 'write-statement'],
  ['TRUNCATE vessels', 'write-statement'],
  ['WITH gone AS (DELETE FROM vessels RETURNING *) SELECT * FROM gone', 'write-statement'],
  ['WITH x AS (INSERT INTO vessels SELECT * FROM vessels RETURNING *) SELECT count(*) FROM x', 'write-statement'],
  ['SELECT 1; DROP TABLE vessels', 'single-statement'],
  ['SELECT 1; SELECT 2', 'single-statement'],
  ["ATTACH '/tmp/other.duckdb' AS other", 'attach'],
  ['DETACH store', 'attach'],
  ["COPY vessels TO '/tmp/out.csv'", 'copy-export'],
  ["EXPORT DATABASE '/tmp/dump'", 'copy-export'],
  ['INSTALL httpfs', 'extension'],
  ['LOAD httpfs', 'extension'],
  ['PRAGMA database_list', 'settings'],
  ["SET enable_external_access = true", 'settings'],
  ['CALL pragma_version()', 'call'],
  ['CHECKPOINT', 'checkpoint'],
  ["SELECT * FROM read_csv('/etc/passwd')", 'file-function'],
  ["SELECT * FROM read_csv_auto('data.csv')", 'file-function'],
  ["SELECT * FROM read_parquet('s3://bucket/x.parquet')", 'file-function'],
  ["SELECT * FROM read_json('https://example.org/x.json')", 'file-function'],
  ["SELECT content FROM read_text('/etc/hostname')", 'file-function'],
  ["SELECT * FROM glob('/home/*')", 'file-function'],
  ["SELECT * FROM vessels WHERE flag_state IN (SELECT column0 FROM read_csv('/etc/passwd'))", 'file-function'],
  ["WITH f AS (SELECT * FROM read_parquet('/tmp/x.parquet')) SELECT * FROM f", 'file-function'],
  ["SELECT * FROM vessels v, LATERAL (SELECT * FROM read_text('/etc/hostname')) t", 'file-function'],
  ["SELECT (SELECT count(*) FROM read_blob('/etc/shadow')) AS n", 'file-function'],
  ["SELECT * FROM '/etc/passwd'", 'file-path'],
  ["SELECT * FROM 'https://example.org/data.csv'", 'file-path'],
  ['SELECT * FROM "exports/vessels.parquet"', 'file-path'],
  ["SELECT * FROM query('SELECT 1')", 'table-function'],
  ["SELECT * FROM query_table('vessels')", 'table-function'],
  ["SELECT current_setting('threads')", 'settings'],
  ['SELECT * FROM duckdb_settings()', 'settings'],
  ['SELECT * FROM duckdb_secrets()', 'secrets'],
  ["SELECT getenv('HOME')", 'secrets'],
  ['SELECT * FROM duckdb_extensions()', 'settings'],
  ["SELECT nextval('catalog_id_seq')", 'sequence-write'],
  ['SELECT * FROM other.main.vessels', 'external-catalog'],
  ['SELECT count(*) FROM range(1000000000000)', 'resource-limit'],
  ['SELECT * FROM generate_series(1, 10000000000)', 'resource-limit'],
  ["SELECT repeat('x', 2000000000)", 'resource-limit'],
  ["SELECT repeat('x', 1000001) FROM range(300)", 'resource-limit'],
  ["SELECT lpad('x', 5000000, 'y')", 'resource-limit'],
  ["SELECT rpad('x', 5000000, 'y')", 'resource-limit'],
  ['SELEC * FRM vessels', 'parse-error'],
  ['', 'empty'],
];

const VALID = [
  'SELECT count(*) FROM vessels',
  "SELECT flag_state, count(*) AS n FROM vessels WHERE lower(flag_state) = lower('Liberia') GROUP BY ALL ORDER BY n DESC",
  'FROM vessels SELECT vessel_name ORDER BY gross_tonnage DESC LIMIT 3',
  'WITH big AS (SELECT * FROM vessels WHERE gross_tonnage > 500) SELECT count(*) FROM big',
  "SELECT * FROM vessels WHERE vessel_name = 'report/2026: s3://not-a-read.csv'",
  'SELECT count(*) FROM range(1000)',
  'SELECT table_name FROM information_schema.tables',
  'SELECT * FROM duckdb_tables()',
  'SELECT 1;',
];

describe('SQL guard', () => {
  it(`refuses each of ${HOSTILE.length} hostile statements, naming the rule that fired`, async () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(30);
    const misses: string[] = [];
    for (const [sql, rule] of HOSTILE) {
      try {
        await validateSql(sql, sink.reader);
        misses.push(`accepted: ${sql}`);
      } catch (error) {
        if (!LivingSchemaError.hasCode(error, 'LS_QUERY_REFUSED')) misses.push(`wrong error for ${sql}: ${String(error)}`);
        else if (error.details.rule !== rule) misses.push(`${sql}: rule ${String(error.details.rule)}, expected ${rule}`);
        else if (!error.message.includes(`(${rule})`)) misses.push(`${sql}: message does not name the rule`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('accepts ordinary reads, including string values that look like paths', async () => {
    for (const sql of VALID) await expect(validateSql(sql, sink.reader), sql).resolves.toBeTruthy();
  });

  it('the sandbox engine refuses file access even if a statement slipped past the parser checks, and interrupts runaway queries', async () => {
    // The store refuses it by name before binding; its locked-down engine would refuse it as well.
    await expect(sink.query(`SELECT * FROM read_csv('/etc/passwd')`, { sandboxed: true })).rejects.toThrow(/Refused \(file-function\)/);
    await expect(sink.query(`SELECT * FROM read_csv('/etc/passwd')`)).rejects.toThrow(/disabled by configuration/);
    await expect(sink.query('SELECT count(*) FROM range(100000000) a, range(100000) b', { sandboxed: true, timeoutMs: 300 })).rejects.toMatchObject({ details: { rule: 'timeout' } });
  });

  it('lists the tables a query reads and where they are referenced', async () => {
    const validated = await validateSql('WITH x AS (SELECT * FROM main.vessels) SELECT count(*) FROM x JOIN "vessels" v ON true', sink.reader);
    expect(validated.tables).toEqual(['vessels']);
    expect(validated.cteNames).toEqual(['x']);
    expect(validated.references.map((r) => validated.sql.slice(r.start, r.end))).toEqual(['main.vessels', '"vessels"']);
  });
});
