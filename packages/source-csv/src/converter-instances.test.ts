import { mkdtempSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { allRows, withDuckDb } from './csv-duckdb.js';
import { converterInstances } from './converter-instances.js';
import { csv } from './csv-source.js';

const directory = mkdtempSync(join(tmpdir(), 'ls-converters-'));
let reads = 0;

/** A fresh per-read temporary folder, as the engine gives each ingest (its parent exists). */
async function readFolder(): Promise<string> {
  reads += 1;
  const folder = join(directory, `read-${reads}`);
  await mkdir(folder, { recursive: true });
  return join(folder, 'duckdb');
}

afterEach(() => converterInstances.closeIdle());

describe('converter instances: one in-memory DuckDB lent per read, kept for the next', () => {
  it('lends the instance of the last read to the next one, with the new read’s temporary folder', async () => {
    const first = await readFolder();
    await withDuckDb({ memoryLimit: '256MB', tempDirectory: first }, (c) => c.run('CREATE TABLE marker AS SELECT 1 AS x'));
    expect(converterInstances.idleCount).toBe(1);
    const second = await readFolder();
    const seen = await withDuckDb({ memoryLimit: '256MB', tempDirectory: second }, async (c) => ({
      marker: await allRows<{ n: number }>(c, `SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 'marker'`),
      temp: await allRows<{ t: string }>(c, `SELECT current_setting('temp_directory') AS t`),
    }));
    // The same instance (the table the first read made is there), pointed at the second folder.
    expect(seen.marker[0]!.n).toBe(1);
    expect(seen.temp[0]!.t).toBe(second);
  });

  it('never shares an instance between two reads running at once', async () => {
    const [a, b] = [await readFolder(), await readFolder()];
    const both = await Promise.all(
      [a, b].map((tempDirectory) =>
        withDuckDb({ memoryLimit: '256MB', tempDirectory }, async (c) => {
          await c.run('CREATE TABLE mine AS SELECT 1 AS x');
          await new Promise((resolve) => setTimeout(resolve, 50));
          return allRows<{ n: number }>(c, `SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 'mine'`);
        }),
      ),
    );
    // Each read found only its own table: two instances, both kept afterwards.
    expect(both.map((rows) => rows[0]!.n)).toEqual([1, 1]);
    expect(converterInstances.idleCount).toBe(2);
  });

  it('closes an instance whose read failed instead of lending it again', async () => {
    const failing = withDuckDb({ memoryLimit: '256MB', tempDirectory: await readFolder() }, async (c) => {
      await c.run('CREATE TABLE leftover AS SELECT 1 AS x');
      throw new Error('the conversion failed');
    });
    await expect(failing).rejects.toThrow('the conversion failed');
    expect(converterInstances.idleCount).toBe(0);
    const found = await withDuckDb({ memoryLimit: '256MB', tempDirectory: await readFolder() }, (c) =>
      allRows<{ n: number }>(c, `SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 'leftover'`),
    );
    expect(found[0]!.n).toBe(0);
  });

  it('closes an instance that spilled to its temporary folder (DuckDB cannot move it afterwards)', async () => {
    const spilled = await readFolder();
    await withDuckDb({ memoryLimit: '64MB', threads: 1, tempDirectory: spilled }, (c) =>
      c.run(`CREATE TEMP TABLE big AS SELECT i, md5(i::VARCHAR) AS m, repeat('x', 100) AS p FROM range(1500000) t(i) ORDER BY m`),
    );
    expect(converterInstances.idleCount).toBe(0);
    // The next read with the same settings gets a new instance and its own folder.
    const next = await readFolder();
    const temp = await withDuckDb({ memoryLimit: '64MB', threads: 1, tempDirectory: next }, (c) => allRows<{ t: string }>(c, `SELECT current_setting('temp_directory') AS t`));
    expect(temp[0]!.t).toBe(next);
  });

  it('reads successive CSV files through the source with one kept instance, each file its own rows', async () => {
    const source = csv();
    const rowsOf = async (name: string, body: string) => {
      const path = join(directory, name);
      writeFileSync(path, body);
      const tempDirectory = join(directory, `source-${name}`);
      await mkdir(tempDirectory, { recursive: true });
      const counts: number[] = [];
      for await (const batch of source.read(path, { tempDirectory })) counts.push(batch.payload.format === 'parquet' ? batch.payload.rowCount : batch.payload.rows.length);
      return counts;
    };
    expect(await rowsOf('a.csv', 'id,name\n1,a\n2,b\n')).toEqual([2]);
    expect(await rowsOf('b.csv', 'id,when\n1,2025-01-01\n2,2025-01-02\n3,2025-01-03\n')).toEqual([3]);
    expect(converterInstances.idleCount).toBe(1);
  });
});
