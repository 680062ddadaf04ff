import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { columnsOfTables, sha256, tableColumns, type Batch, type StagedBatch } from '@living-schema/core';
import { encodeForLoad } from '@living-schema/core/testing';
import { duckdb, type DuckDbSink } from './duckdb-sink.js';

const sinks: DuckDbSink[] = [];
afterEach(async () => {
  await Promise.all(sinks.splice(0).map((s) => s.close()));
});

async function openSink(): Promise<{ sink: DuckDbSink; directory: string }> {
  const directory = mkdtempSync(join(tmpdir(), 'ls-ledger-'));
  const sink = duckdb({ path: join(directory, 'db.duckdb') }) as DuckDbSink;
  sinks.push(sink);
  await sink.open();
  return { sink, directory };
}

function records(rows: Record<string, unknown>[]): Batch {
  return { kind: 'records', source: 'inline', sourceUri: 'inline://ledger', dataset: 'ledger_rows', contentHash: sha256(JSON.stringify(rows)), payload: { format: 'rows', rows } };
}

/** `batch` encoded as the engine stages it, with `rejected` quarantined rows; not yet in the ledger. */
function encoded(sink: DuckDbSink, directory: string, batch: Batch, rejected = 0): Promise<{ staged: StagedBatch; path: string }> {
  const rows = batch.payload.format === 'rows' ? batch.payload.rows.length : 0;
  return encodeForLoad(sink, directory, batch, { rejected: Array.from({ length: rejected }, (_, i) => ({ row: rows + i + 2, raw: `bad ${i}`, reason: 'ragged row' })) });
}

async function ledgerRow(sink: DuckDbSink, batchId: string) {
  const [row] = await sink.reader.all<Record<string, unknown>>(`SELECT status, rows_in, rows_loaded, rows_quarantined, error, finished_at FROM ingest_batches WHERE batch_id = $1`, [batchId]);
  return row;
}

describe('the batch ledger', () => {
  it('a failed batch staged again is reset: status staged, its error and finish cleared, its new row count kept', async () => {
    const { sink, directory } = await openSink();
    const { staged } = await encoded(sink, directory, records([{ a: 1 }, { a: 2 }]));
    await sink.recordStaged(staged);
    await sink.recordFailed(staged.batchId, 'disk went away');
    expect(await ledgerRow(sink, staged.batchId)).toMatchObject({ status: 'failed', error: 'disk went away' });

    await sink.recordStaged({ ...staged, rejected: [{ row: 9, raw: 'x', reason: 'ragged row' }] });
    expect(await ledgerRow(sink, staged.batchId)).toMatchObject({ status: 'staged', error: null, finished_at: null, rows_in: 3 });
    const rows = await sink.reader.all<{ n: number }>(`SELECT count(*) AS n FROM ingest_batches WHERE batch_id = $1`, [staged.batchId]);
    expect(Number(rows[0]!.n)).toBe(1);
  });

  it('a loaded batch staged again stays loaded with its counts', async () => {
    const { sink, directory } = await openSink();
    const { staged, path } = await encoded(sink, directory, records([{ a: 1 }, { a: 2 }]), 1);
    await sink.recordStaged(staged);
    await sink.load(staged, path);
    await sink.recordStaged({ ...staged, rowCount: 99 });
    expect(await ledgerRow(sink, staged.batchId)).toMatchObject({ status: 'loaded', rows_in: 3, rows_loaded: 2, rows_quarantined: 1 });
  });

  it('a batch loaded without being staged first gets its ledger row from the load', async () => {
    const { sink, directory } = await openSink();
    const { staged, path } = await encoded(sink, directory, records([{ a: 1 }, { a: 2 }, { a: 3 }]), 2);
    const result = await sink.load(staged, path);
    expect(result).toMatchObject({ status: 'loaded', rowsIn: 5, rowsLoaded: 3, rowsQuarantined: 2 });
    expect(await ledgerRow(sink, staged.batchId)).toMatchObject({ status: 'loaded', rows_in: 5, rows_loaded: 3, rows_quarantined: 2, error: null });
    expect((await sink.batch(staged.batchId))?.status).toBe('loaded');
  });
});

describe('tableColumns', () => {
  it('lists each existing table’s columns in order with the types duckdb_columns() gives, and leaves out tables that do not exist', async () => {
    const { sink } = await openSink();
    await sink.writer.run(
      `CREATE TABLE typed_one (a INTEGER, "Two Words" DECIMAL(18,3), c TIMESTAMP WITH TIME ZONE, d VARCHAR[], e STRUCT(x INTEGER, "y z" VARCHAR), f BOOLEAN, g DATE)`,
    );
    await sink.writer.run(`CREATE TABLE typed_two (z BIGINT, y DOUBLE)`);
    const columns = await tableColumns(sink.reader, ['typed_two', 'typed_one', 'not_a_table', 'typed_one']);
    expect([...columns.keys()].sort()).toEqual(['typed_one', 'typed_two']);
    for (const table of ['typed_one', 'typed_two']) {
      const expected = await sink.reader.all<{ column_name: string; data_type: string }>(
        `SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = $1 AND schema_name = 'main' ORDER BY column_index`,
        [table],
      );
      expect(columns.get(table)).toEqual(expected);
    }
    expect(columns.get('typed_two')!.map((c) => c.column_name)).toEqual(['z', 'y']);
  });

  it('asks nothing for no tables, and columnsOfTables reads named tables without the existence check', async () => {
    const { sink } = await openSink();
    let statements = 0;
    const counting = { all: <T>(sql: string, params?: unknown[]) => ((statements += 1), sink.reader.all<T>(sql, params)) };
    expect((await tableColumns(counting, [])).size).toBe(0);
    expect(statements).toBe(0);
    await sink.writer.run(`CREATE TABLE only_one (k VARCHAR)`);
    expect((await columnsOfTables(counting, ['only_one'])).get('only_one')).toEqual([{ column_name: 'k', data_type: 'VARCHAR' }]);
    expect(statements).toBe(1);
  });
});
