import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLivingSchema, type LivingSchema } from '@living-schema/core';
import { describeSourceContract } from '@living-schema/core/testing';
import { duckdb } from '@living-schema/sink-duckdb';
import { startPostgres } from './__fixtures__/postgres-server.js';
import { duckDbTypeFor, postgres } from './postgres-source.js';

const server = await startPostgres();
const client = new pg.Client({ connectionString: server.url });
await client.connect();
await client.query(`
  CREATE TABLE vessels (
    id BIGSERIAL PRIMARY KEY,
    imo_number BIGINT NOT NULL,
    "Vessel Name" TEXT,
    flag VARCHAR(40),
    gross_tonnage NUMERIC(12, 2),
    built DATE,
    last_seen TIMESTAMPTZ,
    detained BOOLEAN,
    ratio DOUBLE PRECISION,
    tags TEXT[],
    meta JSONB
  )`);
const insert = (from: number, to: number) =>
  client.query(
    `INSERT INTO vessels (imo_number, "Vessel Name", flag, gross_tonnage, built, last_seen, detained, ratio, tags, meta)
     SELECT 9100000 + i * 7919,
            CASE WHEN i % 97 = 0 THEN NULL ELSE 'Vessel ' || i || CASE WHEN i % 5 = 0 THEN ' Ø "quoted", line' || chr(10) || 'two' ELSE '' END END,
            (ARRAY['Liberia','Panama','Malta','Norway'])[1 + i % 4],
            CASE WHEN i % 50 = 0 THEN NULL ELSE round((i * 37.25)::numeric % 90000, 2) END,
            DATE '1990-01-01' + (i % 12000),
            TIMESTAMPTZ '2026-01-01 00:00:00+00' + make_interval(secs => i * 3601.123456),
            i % 3 = 0,
            i / 7.0,
            ARRAY['t' || (i % 3), 'x'],
            jsonb_build_object('i', i, 'even', i % 2 = 0)
     FROM generate_series($1::int, $2::int) AS g(i)`,
    [from, to],
  );
await insert(1, 2500);

const WORK = mkdtempSync(join(tmpdir(), 'ls-pg-source-'));
const tableUri = `${server.url}?table=public.vessels&key=id`;

afterAll(async () => {
  await client.end();
  server.stop();
});

await describeSourceContract('postgres', { create: () => postgres({ pageSize: 1000 }), readable: [tableUri] });

/** Every row of the PostgreSQL table as comparable text, by id. */
async function postgresRows(): Promise<string[][]> {
  const result = await client.query<{ row: string[] }>(`
    SELECT ARRAY[id::text, imo_number::text, coalesce("Vessel Name", '<null>'), flag, coalesce(gross_tonnage::text, '<null>'), built::text,
                 to_char(last_seen AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US'), detained::text, ratio::numeric(20,6)::text, tags::text, (meta->>'i')] AS row
    FROM vessels ORDER BY id`);
  return result.rows.map((r) => r.row);
}

async function duckRows(engine: LivingSchema): Promise<string[][]> {
  const result = await engine.query(
    `SELECT [id::VARCHAR, imo_number::VARCHAR, coalesce(vessel_name, '<null>'), flag, coalesce(gross_tonnage::VARCHAR, '<null>'), built::VARCHAR,
             strftime(last_seen AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S.%f'), detained::VARCHAR, ratio::DECIMAL(20,6)::VARCHAR, tags, json_extract_string(meta, '$.i')]
     FROM vessels ORDER BY id`,
    { maxRows: 100_000 },
  );
  return result.rows.map((r) => r[0] as string[]);
}

describe('postgres source: keyset-paginated, resumable backfill', () => {
  let engine: LivingSchema;
  beforeAll(() => {
    engine = createLivingSchema({ sink: duckdb({ path: join(WORK, 'store.duckdb') }), sources: [postgres({ pageSize: 1000 })], stagingDirectory: join(WORK, 'staging'), notifiers: [] });
  });
  afterAll(() => engine.close());

  it('maps PostgreSQL types to DuckDB types', () => {
    expect(duckDbTypeFor(20, -1)).toBe('BIGINT');
    expect(duckDbTypeFor(1700, ((12 << 16) | 2) + 4)).toBe('DECIMAL(12,2)');
    expect(duckDbTypeFor(1700, -1)).toBe('DOUBLE');
    expect(duckDbTypeFor(1184, -1)).toBe('TIMESTAMPTZ');
    expect(duckDbTypeFor(3802, -1)).toBe('VARCHAR');
  });

  it('copies a real PostgreSQL table page by page and reconciles row for row', async () => {
    const result = await engine.ingest(tableUri);
    expect(result.failures).toEqual([]);
    expect(result.batches.map((b) => [b.status, b.rowsIn, b.rowsLoaded])).toEqual([
      ['loaded', 1000, 1000],
      ['loaded', 1000, 1000],
      ['loaded', 500, 500],
    ]);
    expect(result.batches[0]!.sourceUri).toBe(`postgres://postgres@127.0.0.1:${new URL(server.url).port}/postgres#public.vessels`);
    const types = (await engine.query(`SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = 'vessels' AND NOT starts_with(column_name, '_') ORDER BY column_index`)).rows;
    expect(types).toEqual([
      ['id', 'BIGINT'],
      ['imo_number', 'BIGINT'],
      ['vessel_name', 'VARCHAR'],
      ['flag', 'VARCHAR'],
      ['gross_tonnage', 'DECIMAL(12,2)'],
      ['built', 'DATE'],
      ['last_seen', 'TIMESTAMP WITH TIME ZONE'],
      ['detained', 'BOOLEAN'],
      ['ratio', 'DOUBLE'],
      ['tags', 'VARCHAR'],
      ['meta', 'VARCHAR'],
    ]);
    const expected = await postgresRows();
    const actual = await duckRows(engine);
    expect(actual.length).toBe(2500);
    expect(actual).toEqual(expected);
    expect((await engine.query(`SELECT count(*) FROM ingest_batches WHERE rows_in <> rows_loaded + rows_quarantined`)).rows).toEqual([[0]]);
  });

  it('a second run adds nothing; rows added since are the only ones copied (resumed from the stored cursor)', async () => {
    const again = await engine.ingest(tableUri);
    expect(again.failures).toEqual([]);
    expect(again.batches.every((b) => b.status === 'skipped' || b.rowsLoaded === 0)).toBe(true);
    expect((await engine.query(`SELECT count(*) FROM vessels`)).rows).toEqual([[2500]]);

    await insert(2501, 2750);
    const more = await engine.ingest(tableUri);
    expect(more.batches.map((b) => [b.status, b.rowsLoaded])).toEqual([['loaded', 250]]);
    expect(await duckRows(engine)).toEqual(await postgresRows());
  });

  it('a connection that fails names the source and says what to check', async () => {
    const result = await engine.ingest('postgres://nobody@127.0.0.1:1/none?table=vessels');
    expect(result.failures[0]).toMatchObject({ code: 'LS_INPUT_UNREADABLE' });
    expect(result.failures[0]!.message).toMatch(/127\.0\.0\.1:1\/none#vessels: could not connect to PostgreSQL/);
  });
});
