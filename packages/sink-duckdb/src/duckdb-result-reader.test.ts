import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LivingSchemaError } from '@living-schema/core';
import { formatBytes, readBoundedResult, type ResultLimits } from './duckdb-result-reader.js';

let instance: DuckDBInstance;
let connection: DuckDBConnection;
beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
});
afterAll(() => {
  connection.closeSync();
  instance.closeSync();
});

async function read(sql: string, limits: Partial<ResultLimits>) {
  return readBoundedResult(await connection.stream(sql), { maxRows: 10_000, maxResultBytes: 1024 * 1024, ...limits });
}

async function tooLarge(promise: Promise<unknown>): Promise<LivingSchemaError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!LivingSchemaError.hasCode(error, 'LS_RESULT_TOO_LARGE')) throw new Error(`expected LS_RESULT_TOO_LARGE, got ${String(error)}`);
  return error;
}

describe('readBoundedResult', () => {
  it('counts bytes across chunks (DuckDB sends 2,048 rows a chunk) and stops at the value that passes the cap', async () => {
    // 5,000 rows of 8 + 100 bytes span three chunks; 300,000 bytes hold 2,777 of them.
    const error = await tooLarge(read("SELECT i, repeat('a', 100) AS text FROM range(5000) t(i)", { maxResultBytes: 300_000 }));
    expect(error.details).toEqual({ maxResultBytes: 300_000, rowsRead: 2_777 });
    expect(error.message).toContain('292.97 KiB');
    const all = await read("SELECT i, repeat('a', 100) AS text FROM range(5000) t(i)", { maxResultBytes: 5_000 * 108 });
    expect(all.rowCount).toBe(5_000);
    expect(all.rows[4_999]).toEqual([4_999, 'a'.repeat(100)]);
  });

  it('gives a time of day as DuckDB writes it, not as microseconds', async () => {
    const result = await read("SELECT TIME '09:30:00' AS t, TIMETZ '09:30:00+02' AS tz, NULL::TIME AS none", {});
    expect(result.rows).toEqual([['09:30:00', '09:30:00+02', null]]);
  });

  it('counts text in UTF-8 bytes and nested values by their parts', async () => {
    // 'é' is two bytes: 600 characters are 1,200 bytes.
    await expect(read("SELECT repeat('é', 600) AS text", { maxResultBytes: 1_199 })).rejects.toMatchObject({ code: 'LS_RESULT_TOO_LARGE' });
    expect((await read("SELECT repeat('é', 600) AS text", { maxResultBytes: 1_200 })).rows).toEqual([['é'.repeat(600)]]);
    // A list of 1,000 numbers is 8,000 bytes; a struct counts its keys ("name": 4) and values.
    await expect(read('SELECT range(1000) AS numbers', { maxResultBytes: 7_999 })).rejects.toMatchObject({ code: 'LS_RESULT_TOO_LARGE' });
    expect((await read('SELECT range(1000) AS numbers', { maxResultBytes: 8_000 })).rowCount).toBe(1);
    expect((await read("SELECT {'name': repeat('b', 96)} AS s", { maxResultBytes: 100 })).rows).toEqual([[{ name: 'b'.repeat(96) }]]);
    await expect(read("SELECT {'name': repeat('b', 97)} AS s", { maxResultBytes: 100 })).rejects.toMatchObject({ code: 'LS_RESULT_TOO_LARGE' });
  });

  it('truncates at maxRows, also exactly at a chunk boundary, without reading the row past it', async () => {
    const exact = await read('SELECT i FROM range(2048) t(i)', { maxRows: 2048 });
    expect([exact.rowCount, exact.truncated]).toEqual([2048, false]);
    const oneMore = await read('SELECT i FROM range(2049) t(i)', { maxRows: 2048 });
    expect([oneMore.rowCount, oneMore.truncated]).toEqual([2048, true]);
    // The row past the limit would pass the byte cap, but it is only looked at, not read.
    const capped = await read("SELECT CASE WHEN i < 2 THEN 'x' ELSE repeat('y', 5000) END AS v FROM range(3) t(i)", { maxRows: 2, maxResultBytes: 100 });
    expect([capped.rows, capped.truncated]).toEqual([[['x'], ['x']], true]);
    expect(capped.columns).toEqual([{ name: 'v', type: 'VARCHAR' }]);
  });

  it('formats limits for messages', () => {
    expect([formatBytes(32 * 1024 * 1024), formatBytes(1536 * 1024), formatBytes(2048), formatBytes(100)]).toEqual(['32 MiB', '1.5 MiB', '2 KiB', '100 bytes']);
  });
});
