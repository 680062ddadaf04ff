import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { SourceWorkerPool, type Batch, type SourceV1 } from '@living-schema/core';
import { csv } from './csv-source.js';

// The csv source read in a worker thread (the reference server's way): its own in-memory DuckDB
// converts the file there, and the batch that comes back is the one the calling thread would
// have had. The worker runs the built package (dist): build source-csv and core first.

const dir = mkdtempSync(join(tmpdir(), 'ls-csv-worker-'));
const pool = new SourceWorkerPool({ size: 1 });
afterAll(() => pool.close());

/** Each batch with its Parquet rows, read before the next is asked for (the source then removes the file). */
async function batchesOf(batches: AsyncIterable<Batch>): Promise<Array<Batch & { rows: unknown[][] }>> {
  const list: Array<Batch & { rows: unknown[][] }> = [];
  for await (const batch of batches) list.push({ ...batch, rows: batch.payload.format === 'parquet' ? await parquetRows(batch.payload.path) : [] });
  return list;
}

async function parquetRows(path: string): Promise<unknown[][]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    return (await connection.runAndReadAll(`SELECT * FROM read_parquet('${path}') ORDER BY ALL`)).getRowsJS();
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

const read = (source: SourceV1, path: string, where: 'here' | 'worker') => {
  const tempDirectory = mkdtempSync(join(dir, `${where}-`));
  return batchesOf(where === 'here' ? source.read(path, { tempDirectory }) : pool.read(source, path, { tempDirectory }));
};

describe('csv source in a worker thread', () => {
  it('converts a file with a bad row to the same Parquet rows and quarantine as on the calling thread', async () => {
    const path = join(dir, 'vessels.csv');
    writeFileSync(path, 'imo,name,tonnage\n9100001,Nordic Star,51000\n9100002,"Baltic, Dawn",23000\n9100003,Ragged\n');
    const source = csv();
    expect(source.worker).toEqual({ module: '@living-schema/source-csv', exportName: 'csv', options: {} });
    const [here] = await read(source, path, 'here');
    const [there] = await read(source, path, 'worker');
    expect(there!.payload.format).toBe('parquet');
    const { payload: herePayload, ...hereRest } = here!;
    const { payload: therePayload, ...thereRest } = there!;
    expect(thereRest).toEqual(hereRest);
    // imo, name, tonnage and the source's row number; the ragged third row is in the quarantine.
    expect(there!.rows).toEqual([
      [9100001n, 'Nordic Star', 51000n, 1n],
      [9100002n, 'Baltic, Dawn', 23000n, 2n],
    ]);
    expect(therePayload.format === 'parquet' && therePayload.rowCount).toBe(herePayload.format === 'parquet' && herePayload.rowCount);
    expect(there!.rejected).toHaveLength(1);
  });

  it('refuses a missing file with the same LS_INPUT_UNREADABLE message', async () => {
    const missing = join(dir, 'gone.csv');
    const here = await read(csv(), missing, 'here').catch((error) => error);
    const there = await read(csv(), missing, 'worker').catch((error) => error);
    expect(there).toMatchObject({ code: 'LS_INPUT_UNREADABLE', message: here.message, details: here.details });
  });
});
