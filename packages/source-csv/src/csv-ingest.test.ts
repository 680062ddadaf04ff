import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLivingSchema, type LivingSchema } from '@living-schema/core';
import { duckdb } from '@living-schema/sink-duckdb';
import { csv } from './csv-source.js';

const engines: LivingSchema[] = [];
afterEach(async () => {
  for (const engine of engines.splice(0)) await engine.close();
});

function workspace() {
  const directory = mkdtempSync(join(tmpdir(), 'ls-csv-ingest-'));
  const engine = createLivingSchema({ sink: duckdb({ path: join(directory, 'store.duckdb') }), sources: [csv()], stagingDirectory: join(directory, 'staging'), notifiers: [] });
  engines.push(engine);
  const write = (name: string, content: string | Buffer) => {
    const path = join(directory, name);
    writeFileSync(path, content);
    return path;
  };
  const rows = async (sql: string) => (await engine.query(sql)).rows;
  return { directory, engine, write, rows };
}

// Two exports of the same registry, a month apart: the second uses semicolons, writes one header
// differently (`VesselName`), reports tonnage with decimals, adds a column and has one ragged row.
const OCTOBER = ['IMO Number,Vessel Name,Flag State,Gross Tonnage', '9100000,Aurora,Liberia,45210', '9107919,Borealis,Panama,12034', '9115838,Cassiopeia,Malta,88021', ''].join('\n');
const NOVEMBER = [
  'IMO Number;VesselName;Flag State;Gross Tonnage;Year Built',
  '9100000;Aurora;Liberia;45210.5;2004',
  '9123757;Delphine;Norway;30500.25;2011',
  '9131676;Esperanza;Greece',
  '9139595;Fjordlight;Bahamas;7800.75;1999',
  '',
].join('\n');

describe('csv source through the engine into DuckDB', () => {
  it('two exports with different delimiters, a renamed header and a new column load into one dataset whose columns evolve; counts reconcile; a second ingest adds nothing', async () => {
    const { engine, write, rows } = workspace();
    const october = write('registry-2026-10.csv', OCTOBER);
    const november = write('registry-2026-11.csv', NOVEMBER);

    const first = await engine.ingest([october, november], { dataset: 'vessel_registry' });
    expect(first.failures).toEqual([]);
    expect(first.batches.map((b) => [b.status, b.dataset, b.rowsIn, b.rowsLoaded, b.rowsQuarantined])).toEqual([
      ['loaded', 'vessel_registry', 3, 3, 0],
      ['loaded', 'vessel_registry', 4, 3, 1],
    ]);
    const [added, widened] = [first.batches[1]!.columnChanges.filter((c) => c.change === 'added'), first.batches[1]!.columnChanges.filter((c) => c.change === 'widened')];
    expect(added.map((c) => [c.column, c.originalName])).toEqual([['year_built', 'Year Built']]);
    expect(widened.map((c) => [c.column, c.from, c.to])).toEqual([['gross_tonnage', 'BIGINT', 'DOUBLE']]);

    const columns = await rows(`SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = 'vessel_registry' ORDER BY column_index`);
    expect(columns).toEqual([
      ['imo_number', 'BIGINT'],
      ['vessel_name', 'VARCHAR'],
      ['flag_state', 'VARCHAR'],
      ['gross_tonnage', 'DOUBLE'],
      ['_batch_id', 'VARCHAR'],
      ['_source', 'VARCHAR'],
      ['_row', 'BIGINT'],
      ['_ingested_at', 'TIMESTAMP WITH TIME ZONE'],
      ['_schema_version', 'INTEGER'],
      ['year_built', 'BIGINT'],
    ]);
    expect(await rows(`SELECT vessel_name, gross_tonnage, year_built, _row, _source FROM vessel_registry ORDER BY _source, _row`)).toEqual([
      ['Aurora', 45210, null, 1, october],
      ['Borealis', 12034, null, 2, october],
      ['Cassiopeia', 88021, null, 3, october],
      ['Aurora', 45210.5, 2004, 1, november],
      ['Delphine', 30500.25, 2011, 2, november],
      ['Fjordlight', 7800.75, 1999, 4, november],
    ]);
    // Rows in = loaded + quarantined for every batch, and the quarantine names the file and row.
    expect(await rows(`SELECT count(*) FROM ingest_batches WHERE rows_in <> rows_loaded + rows_quarantined`)).toEqual([[0]]);
    expect(await rows(`SELECT sum(rows_loaded) FROM ingest_batches`)).toEqual([[6]]);
    expect(await rows(`SELECT count(*) FROM vessel_registry`)).toEqual([[6]]);
    expect(await rows(`SELECT source_uri, row_number, raw, reason FROM quarantine`)).toEqual([[november, 3, '9131676;Esperanza;Greece', expect.stringMatching(/^Missing columns: Expected Number of Columns: 5 Found: 3/)]]);

    const again = await engine.ingest([october, november], { dataset: 'vessel_registry' });
    expect(again.batches.map((b) => b.status)).toEqual(['skipped', 'skipped']);
    expect(again.batches.map((b) => b.rowsIn)).toEqual([3, 4]);
    expect(await rows(`SELECT count(*) FROM vessel_registry`)).toEqual([[6]]);
    expect(await rows(`SELECT count(*) FROM quarantine`)).toEqual([[1]]);
    expect(await rows(`SELECT count(*) FROM ingest_batches`)).toEqual([[2]]);
  });

  it('a file whose batch is already loaded is not converted again: the source yields it unread and the engine reports it skipped', async () => {
    const { directory, engine, write, rows } = workspace();
    const utf8 = write('vessels.csv', OCTOBER);
    const latin1 = write('ports.csv', Buffer.from('port,country\nS\xe3o Paulo,Brazil\nK\xf8ge,Denmark\n', 'latin1'));
    const asked: string[] = [];
    mkdirSync(join(directory, 'tmp'));
    const read = async (path: string, loaded: boolean) => {
      const out = [];
      const context = { tempDirectory: join(directory, 'tmp'), isLoaded: async (b: { contentHash: string }) => (asked.push(b.contentHash), loaded) };
      for await (const batch of csv().read(path, context)) out.push(batch);
      return out;
    };
    for (const path of [utf8, latin1]) {
      const [fresh] = await read(path, false);
      expect(fresh!.payload).toMatchObject({ format: 'parquet', rowCount: expect.any(Number) });
      const [known] = await read(path, true);
      expect(known).toMatchObject({ contentHash: fresh!.contentHash, dataset: fresh!.dataset, payload: { format: 'rows', rows: [] } });
    }
    expect(new Set(asked).size).toBe(2);

    // Through the engine: loaded once, then skipped with the ledger's counts; nothing duplicated.
    await engine.ingest([utf8, latin1]);
    const again = await engine.ingest([utf8, latin1]);
    expect(again.batches.map((b) => [b.dataset, b.status, b.rowsIn])).toEqual([['vessels', 'skipped', 3], ['ports', 'skipped', 2]]);
    expect(await rows(`SELECT (SELECT count(*) FROM vessels), (SELECT count(*) FROM ports), (SELECT count(*) FROM ingest_batches)`)).toEqual([[3, 2, 2]]);
  });

  it('a batch the source was told is loaded, whose ledger entry is gone by the time it is yielded, fails instead of loading empty', async () => {
    const { directory, write } = workspace();
    const path = write('vessels.csv', OCTOBER);
    const inner = csv();
    // A source that reads the file, then (as if another writer intervened) loses its ledger entry.
    const racing = {
      ...inner,
      name: 'csv',
      async *read(input: string, context: Parameters<typeof inner.read>[1]) {
        for await (const batch of inner.read(input, context)) {
          await engine.sink.writer.run(`DELETE FROM ingest_batches`);
          yield batch;
        }
      },
    };
    const engine = createLivingSchema({ sink: duckdb({ path: join(directory, 'race.duckdb') }), sources: [racing as never], stagingDirectory: join(directory, 'staging-race'), notifiers: [] });
    engines.push(engine);
    const seed = createLivingSchema({ sink: duckdb({ path: join(directory, 'race.duckdb') }), sources: [csv()], stagingDirectory: join(directory, 'staging-race'), notifiers: [] });
    await seed.ingest(path);
    await seed.close();
    const result = await engine.ingest(path);
    expect(result.batches).toMatchObject([{ status: 'failed', rowsLoaded: 0, error: expect.stringMatching(/was loaded when the source began reading it, but no longer is .*ingest it again/) }]);
    expect((await engine.query(`SELECT count(*) FROM ingest_batches WHERE status = 'loaded'`)).rows).toEqual([[0]]);
    expect((await engine.ingest(path)).batches).toMatchObject([{ status: 'loaded', rowsLoaded: 3 }]);
  });

  it('stages each batch with its metadata written by DuckDB in the conversion pass (no rewrite)', async () => {
    const { engine, write } = workspace();
    const path = write('vessels.csv', OCTOBER);
    const seen: string[] = [];
    const encode = engine.sink.encodeParquet.bind(engine.sink);
    engine.sink.encodeParquet = async (batch, destination, metadata) => {
      if (batch.payload.format === 'parquet') {
        const { DuckDBInstance } = await import('@duckdb/node-api');
        const instance = await DuckDBInstance.create(':memory:');
        const connection = await instance.connect();
        const reader = await connection.runAndReadAll(`SELECT decode(key) AS k, decode(value) AS v FROM parquet_kv_metadata('${batch.payload.path}') ORDER BY k`);
        seen.push(...reader.getRowObjectsJS().map((r) => `${r.k}=${r.v}`));
        connection.closeSync();
        instance.closeSync();
        expect(Object.entries(metadata).map(([k, v]) => `${k}=${v}`).sort()).toEqual(seen);
      }
      return encode(batch, destination, metadata);
    };
    const result = await engine.ingest(path);
    expect(result.batches[0]!.status).toBe('loaded');
    expect(seen.map((s) => s.split('=')[0])).toEqual(['batch_id', 'dataset', 'kind', 'schema_version', 'source']);
  });

  it('a value past the type sniffer sample that does not fit widens the column instead of being rejected', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'ls-csv-widen-'));
    const lines = ['id,code'];
    for (let i = 1; i <= 300; i += 1) lines.push(`${i},${i * 10}`);
    lines.push('301,N/A');
    const path = join(directory, 'codes.csv');
    writeFileSync(path, `${lines.join('\n')}\n`);
    const engine = createLivingSchema({ sink: duckdb({ path: join(directory, 'store.duckdb') }), sources: [csv({ sampleSize: 100 })], stagingDirectory: join(directory, 'staging'), notifiers: [] });
    engines.push(engine);
    const result = await engine.ingest(path);
    expect(result.batches[0]).toMatchObject({ rowsIn: 301, rowsLoaded: 301, rowsQuarantined: 0 });
    expect((await engine.query(`SELECT data_type FROM duckdb_columns() WHERE table_name = 'codes' AND column_name = 'code'`)).rows).toEqual([['VARCHAR']]);
    expect((await engine.query(`SELECT code FROM codes WHERE _row = 301`)).rows).toEqual([['N/A']]);
  });
});
