import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createLivingSchema, deriveBatchId, LivingSchemaError, sha256, type Batch, type LivingSchema, type SourceV1 } from '@living-schema/core';
import { duckdb } from './duckdb-sink.js';
import { CORE_TABLES } from './duckdb-migrations.js';

const here = dirname(fileURLToPath(import.meta.url));
const crashChild = join(here, '__fixtures__', 'crash-child.mjs');

function exited(child: ReturnType<typeof spawn>): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', () => r()));
}

function workdir(): string {
  return mkdtempSync(join(tmpdir(), 'ls-duckdb-'));
}

function inlineSource(batches: Batch[] | (() => Batch[])): SourceV1 {
  return {
    specificationVersion: 'v1',
    name: 'inline',
    kinds: ['records', 'documents', 'annotations'],
    canRead: () => true,
    async *read() {
      yield* typeof batches === 'function' ? batches() : batches;
    },
  };
}

function records(dataset: string, rows: Record<string, unknown>[], extra: Partial<Batch> = {}): Batch {
  return { kind: 'records', source: 'inline', sourceUri: `inline://${dataset}`, dataset, contentHash: sha256(JSON.stringify(rows)), payload: { format: 'rows', rows }, ...extra };
}

const engines: LivingSchema[] = [];
function engine(dir: string, batches: Batch[] | (() => Batch[]) = []): LivingSchema {
  const ls = createLivingSchema({ sink: duckdb({ path: join(dir, 'db.duckdb') }), stagingDirectory: join(dir, 'staging'), sources: [inlineSource(batches)], notifiers: [] });
  engines.push(ls);
  return ls;
}

afterEach(async () => {
  await Promise.all(engines.splice(0).map((e) => e.close()));
});

async function scalar(ls: LivingSchema, sql: string): Promise<unknown> {
  return (await ls.query(sql)).rows[0]?.[0];
}

describe('DuckDB store', () => {
  it('creates every core, catalog and ledger table with the documented columns', async () => {
    const ls = engine(workdir());
    await ls.start();
    const tables = (await ls.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'`)).rows.map((r) => r[0]);
    for (const table of CORE_TABLES) expect(tables).toContain(table);
    const columns = async (table: string) =>
      (await ls.query(`SELECT column_name FROM information_schema.columns WHERE table_name = '${table}' ORDER BY ordinal_position`)).rows.map((r) => r[0]);
    expect(await columns('raw_documents')).toEqual(expect.arrayContaining(['document_id', 'source_uri', 'page_number', 'text', 'extraction_method', 'ocr_confidence', 'batch_id', 'schema_version', 'ingested_at']));
    expect(await columns('annotations')).toEqual(expect.arrayContaining(['annotation_id', 'document_id', 'span_start', 'span_end', 'label', 'text', 'annotator', 'status', 'annotated_at', 'batch_id', 'schema_version']));
    expect(await columns('ingest_batches')).toEqual(expect.arrayContaining(['batch_id', 'source', 'dataset', 'content_hash', 'rows_in', 'rows_loaded', 'rows_quarantined', 'status', 'started_at', 'finished_at', 'error']));
    const snapshot = await ls.schema.current();
    expect(snapshot.version).toBe(1);
    expect(snapshot.cause.kind).toBe('initial');
  });

  it('loads the same batch twice as one copy, and a second engine on the file agrees', async () => {
    const dir = workdir();
    const batch = records('vessels', [{ vessel_name: 'Aurora', imo: 1 }, { vessel_name: 'Borealis', imo: 2 }]);
    const first = engine(dir, [batch]);
    const a = await first.ingest('x');
    const b = await first.ingest('x');
    expect(a.batches.map((o) => o.status)).toEqual(['loaded']);
    expect(b.batches.map((o) => o.status)).toEqual(['skipped']);
    expect(await scalar(first, 'SELECT count(*) FROM vessels')).toBe(2);
    await first.close();
    const second = engine(dir, [batch]);
    expect((await second.ingest('x')).batches[0]?.status).toBe('skipped');
    expect(await scalar(second, 'SELECT count(*) FROM vessels')).toBe(2);
    expect(await scalar(second, `SELECT count(*) FROM ingest_batches WHERE status = 'loaded'`)).toBe(1);
  });

  it('adds new columns and widens along the type ladder without losing a value', async () => {
    const ls = engine(workdir(), () => [
      records('registry', [{ imo: 9123456, tonnage: 500 }]),
      records('registry', [{ imo: 'IMO 9234567', tonnage: 812.5, flag: 'Malta' }]),
    ]);
    const result = await ls.ingest('x');
    expect(result.batches[1]?.columnChanges).toEqual([
      { dataset: 'registry', column: 'imo', originalName: 'imo', change: 'widened', from: 'BIGINT', to: 'VARCHAR' },
      { dataset: 'registry', column: 'tonnage', originalName: 'tonnage', change: 'widened', from: 'BIGINT', to: 'DOUBLE' },
      { dataset: 'registry', column: 'flag', originalName: 'flag', change: 'added', to: 'VARCHAR' },
    ]);
    const rows = await ls.query('SELECT imo, tonnage, flag FROM registry ORDER BY _batch_id = $1 DESC', { params: [result.batches[0]!.batchId] });
    expect(rows.rows).toEqual([['9123456', 500, null], ['IMO 9234567', 812.5, 'Malta']]);
  });

  it('keeps lineage on every record and lists it in structured_data', async () => {
    const ls = engine(workdir(), [records('ports', [{ port: 'Rotterdam' }, { port: 'Busan' }])]);
    const ingested = await ls.ingest('x');
    expect(ingested.failures).toEqual([]);
    const [outcome] = ingested.batches;
    const lineage = await ls.query('SELECT _batch_id, _source, _row, _schema_version FROM ports ORDER BY _row');
    expect(lineage.rows).toEqual([[outcome!.batchId, 'inline://ports', 1, 1], [outcome!.batchId, 'inline://ports', 2, 1]]);
    expect(await scalar(ls, `SELECT count(*) FROM structured_data WHERE dataset = 'ports'`)).toBe(2);
  });

  it('reconciles counts with quarantined rows: rows_in = rows_loaded + rows_quarantined', async () => {
    const ls = engine(workdir(), [records('ragged', [{ a: 1 }], { rejected: [{ row: 3, raw: '1,2,3', reason: 'expected 1 column, found 3' }] })]);
    const ingested = await ls.ingest('x');
    expect(ingested.failures).toEqual([]);
    const [outcome] = ingested.batches;
    expect(outcome).toMatchObject({ rowsIn: 2, rowsLoaded: 1, rowsQuarantined: 1 });
    expect((await ls.query('SELECT row_number, raw, reason FROM quarantine')).rows).toEqual([[3, '1,2,3', 'expected 1 column, found 3']]);
  });

  it('a failing batch leaves nothing, is marked failed, and does not stop the next input', async () => {
    const dir = workdir();
    const good = records('good', [{ a: 1 }]);
    // A dataset name that maps onto a core table is stored as `<name>_records`; a load that violates a
    // NOT NULL constraint fails inside the transaction instead.
    const bad: Batch = { kind: 'documents', source: 'inline', sourceUri: 'inline://bad', dataset: 'raw_documents', contentHash: sha256('bad'), payload: { format: 'rows', rows: [{ documentId: null, sourceUri: 'x', pageNumber: 1, text: 't', extractionMethod: 'source', ocrConfidence: null }] } };
    const ls = engine(dir, () => [bad, good]);
    const result = await ls.ingest('x');
    expect(result.batches.map((b) => b.status)).toEqual(['failed', 'loaded']);
    expect(result.batches[0]?.error).toMatch(/NOT NULL/);
    expect(await scalar(ls, 'SELECT count(*) FROM raw_documents')).toBe(0);
    expect(await scalar(ls, `SELECT status FROM ingest_batches WHERE source_uri = 'inline://bad'`)).toBe('failed');
    expect(readdirSync(join(dir, 'staging', 'batches'))).toEqual([]);
  });

  it('annotations of replaced documents are superseded into the history; a span given again is current again, and the history keeps its past', async () => {
    const dir = workdir();
    const span = (id: string, label: string, documentId = 'doc-1') => ({ annotationId: id, documentId, spanStart: 0, spanEnd: 6, label, text: 'Aurora', annotator: 'sme-1', status: 'submitted', annotatedAt: null });
    const batch = (tag: string, rows: Record<string, unknown>[], replacesDocuments?: string[]): Batch => ({
      kind: 'annotations', source: 'inline', sourceUri: `inline://${tag}`, dataset: 'annotations', contentHash: sha256(tag), payload: { format: 'rows', rows }, ...(replacesDocuments ? { replacesDocuments } : {}),
    });
    const queue = [
      [batch('v1', [span('a', 'VESSEL_NAME'), span('b', 'PORT'), span('z', 'PORT', 'doc-2')], ['doc-1', 'doc-2'])],
      [batch('v2', [span('a', 'VESSEL_NAME')], ['doc-1'])],
      [batch('v3', [span('a', 'VESSEL_NAME'), span('b', 'PORT')], ['doc-1'])],
      // Without replacesDocuments a batch only adds.
      [batch('v4', [span('c', 'FLAG')])],
    ];
    const ls = engine(dir, () => queue.shift() ?? []);
    const outcomes = [];
    for (let i = 0; i < 4; i += 1) outcomes.push(...(await ls.ingest('x')).batches);
    expect(outcomes.map((o) => [o.status, o.rowsLoaded, o.rowsSuperseded ?? 0])).toEqual([
      ['loaded', 3, 0],
      ['loaded', 0, 1],
      ['loaded', 1, 0],
      ['loaded', 1, 0],
    ]);
    expect((await ls.query(`SELECT annotation_id, document_id FROM annotations ORDER BY 1`)).rows).toEqual([['a', 'doc-1'], ['b', 'doc-1'], ['c', 'doc-1'], ['z', 'doc-2']]);
    expect((await ls.query(`SELECT annotation_id, batch_id = $1, superseded_by = $2 FROM annotations_history`, { params: [outcomes[0]!.batchId, outcomes[1]!.batchId] })).rows).toEqual([['b', true, true]]);
    expect((await ls.query(`SELECT rows_superseded FROM ingest_batches ORDER BY started_at`)).rows).toEqual([[0], [1], [0], [0]]);
    // As of each moment: b is there, gone, then back.
    const at = async (batchId: string) =>
      (await ls.query(`SELECT annotation_id FROM annotations_as_of((SELECT finished_at FROM ingest_batches WHERE batch_id = $1)) WHERE document_id = 'doc-1' ORDER BY 1`, { params: [batchId] })).rows.map((r) => r[0]);
    expect(await at(outcomes[0]!.batchId)).toEqual(['a', 'b']);
    expect(await at(outcomes[1]!.batchId)).toEqual(['a']);
    expect(await at(outcomes[2]!.batchId)).toEqual(['a', 'b']);
  });

  it('a batch too wide for the memory limit fails whole, naming the limit to raise and the batch size', async () => {
    const dir = workdir();
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const wide = (name: string): Batch => ({
      kind: 'records', source: 'inline', sourceUri: `inline://${name}`, dataset: name, contentHash: sha256(name),
      payload: { format: 'parquet', path: join(dir, `${name}.parquet`), rowCount: 6000 },
      columns: Array.from({ length: 600 }, (_, c) => ({ name: `c${c}`, originalName: `C${c}` })),
    });
    const write = async (batch: Batch, metadata: Record<string, string> | null) => {
      const columns = Array.from({ length: 600 }, (_, c) => `'value ' || ((i * ${c + 1}) % 9973) AS c${c}`).join(', ');
      const kv = metadata ? `, KV_METADATA {${Object.entries(metadata).map(([k, v]) => `${k}: '${v}'`).join(', ')}}` : '';
      await connection.run(`COPY (SELECT ${columns} FROM range(6000) t(i)) TO '${(batch.payload as { path: string }).path}' (FORMAT parquet, ROW_GROUP_SIZE 512${kv})`);
    };
    // Staged as it is (the source wrote the engine's metadata), so the load itself runs out.
    const staged = wide('wide');
    await write(staged, { batch_id: deriveBatchId(staged), schema_version: '1', source: 'inline', dataset: 'wide', kind: 'records' });
    // Without the metadata the engine rewrites the file first, and that runs out.
    const rewritten = wide('wide_rewritten');
    await write(rewritten, null);
    connection.closeSync();
    instance.closeSync();
    const ls = createLivingSchema({ sink: duckdb({ path: join(dir, 'db.duckdb'), memoryLimit: '48MB' }), stagingDirectory: join(dir, 'staging'), sources: [inlineSource([staged, rewritten])], notifiers: [] });
    engines.push(ls);
    const advice = /: raise the sink's memoryLimit \(env LIVING_SCHEMA_DUCKDB_MEMORY_LIMIT\), or split the input/;
    const ingested = await ls.ingest('x');
    expect(ingested.batches).toMatchObject([{ dataset: 'wide', status: 'failed', rowsLoaded: 0 }]);
    expect(ingested.batches[0]!.error).toMatch(/ran out of memory at its limit of [\d.]+ MiB loading the batch of 6000 rows x 600 columns/);
    expect(ingested.batches[0]!.error).toMatch(advice);
    expect(ingested.failures).toMatchObject([{ code: 'LS_STAGING_FAILED' }]);
    expect(ingested.failures[0]!.message).toMatch(/inline:\/\/wide_rewritten as Parquet: DuckDB ran out of memory at its limit of [\d.]+ MiB encoding the batch of 6000 rows x 600 columns/);
    for (const message of [ingested.batches[0]!.error, ingested.failures[0]!.message]) expect(message).not.toMatch(/preserve_insertion_order|SET threads/);
    expect(await scalar(ls, `SELECT count(*) FROM duckdb_tables() WHERE table_name LIKE 'wide%'`)).toBe(0);
    expect(await scalar(ls, `SELECT status FROM ingest_batches WHERE source_uri = 'inline://wide'`)).toBe('failed');
  });

  it('survives kill -9 mid-transaction: nothing half-loaded, a re-run loads exactly once', async () => {
    const dir = workdir();
    const database = join(dir, 'db.duckdb');
    const staging = join(dir, 'staging');
    const marker = join(dir, 'marker');
    const child = spawn(process.execPath, [crashChild, database, staging, '20000', 'hang-before-commit', marker], { stdio: 'pipe' });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const deadline = Date.now() + 30_000;
    while (!existsSync(marker)) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`child never reached the transaction: ${stderr}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    await exited(child);

    const ls = createLivingSchema({ sink: duckdb({ path: database }), stagingDirectory: staging, notifiers: [], sources: [] });
    engines.push(ls);
    await ls.start();
    expect(await scalar(ls, `SELECT count(*) FROM datasets`)).toBe(0);
    expect(await scalar(ls, `SELECT count(*) FROM information_schema.tables WHERE table_name = 'vessels'`)).toBe(0);
    // Recovery marked the interrupted batch and removed its orphan staging file.
    expect(await scalar(ls, `SELECT status FROM ingest_batches`)).toBe('failed');
    expect(readdirSync(join(staging, 'batches'))).toEqual([]);
    await ls.close();

    const rerun = spawn(process.execPath, [crashChild, database, staging, '20000', 'normal', marker], { stdio: 'pipe' });
    let out = '';
    rerun.stdout.on('data', (d) => (out += d));
    await exited(rerun);
    expect(JSON.parse(out).batches[0]).toMatchObject({ status: 'loaded', rowsLoaded: 20000 });
    const again = spawn(process.execPath, [crashChild, database, staging, '20000', 'normal', marker], { stdio: 'pipe' });
    let out2 = '';
    again.stdout.on('data', (d) => (out2 += d));
    await exited(again);
    expect(JSON.parse(out2).batches[0]).toMatchObject({ status: 'skipped' });

    const check = createLivingSchema({ sink: duckdb({ path: database, readOnly: true }), stagingDirectory: staging, notifiers: [] });
    engines.push(check);
    expect(await scalar(check, 'SELECT count(*) FROM vessels')).toBe(20000);
    expect(await scalar(check, 'SELECT count(DISTINCT imo_number) FROM vessels')).toBe(20000);
  });

  it('a second writer process gets LS_DATABASE_BUSY naming the file, not corruption', async () => {
    const dir = workdir();
    const database = join(dir, 'db.duckdb');
    const marker = join(dir, 'marker');
    const child = spawn(process.execPath, [crashChild, database, join(dir, 'staging'), '10', 'hang-before-commit', marker], { stdio: 'ignore' });
    try {
      const deadline = Date.now() + 30_000;
      while (!existsSync(marker)) {
        if (Date.now() > deadline || child.exitCode !== null) throw new Error('child never reached the transaction');
        await new Promise((r) => setTimeout(r, 20));
      }
      const sink = duckdb({ path: database, busyTimeoutMs: 300 });
      const error = await sink.open().catch((e) => e);
      expect(LivingSchemaError.hasCode(error, 'LS_DATABASE_BUSY')).toBe(true);
      expect(error.message).toContain(database);
      expect(error.message).toMatch(/busy/);
    } finally {
      child.kill('SIGKILL');
      await exited(child);
    }
  });

  it('interrupts a query at its timeout and bounds rows', async () => {
    const ls = engine(workdir());
    await ls.start();
    const error = await ls.query('SELECT count(*) FROM range(10000000000) a', { timeoutMs: 200 }).catch((e) => e);
    expect(LivingSchemaError.hasCode(error, 'LS_QUERY_FAILED')).toBe(true);
    expect(error.message).toMatch(/interrupted after 200 ms/);
    const limited = await ls.query('SELECT * FROM range(100)', { maxRows: 10 });
    expect(limited.rowCount).toBe(10);
    expect(limited.truncated).toBe(true);
  });

  it('refuses to open a MotherDuck database without a token, naming the variable', async () => {
    const sink = duckdb({ path: 'md:fleet', env: {} });
    const error = await sink.open().catch((e) => e);
    expect(LivingSchemaError.hasCode(error, 'LS_CONFIG_INVALID')).toBe(true);
    expect(error.message).toBe('MotherDuck database "md:fleet" needs a token: set MOTHERDUCK_TOKEN.');
  });

  it('opens read-only for readers and refuses writes there', async () => {
    const dir = workdir();
    const writer = engine(dir, [records('v', [{ a: 1 }])]);
    await writer.ingest('x');
    await writer.close();
    const sink = duckdb({ path: join(dir, 'db.duckdb'), readOnly: true });
    await sink.open();
    expect((await sink.query('SELECT count(*) FROM v')).rows[0]?.[0]).toBe(1);
    await expect(sink.writer.run('DELETE FROM v')).rejects.toThrow(/read-only/);
    await sink.close();
  });

  it('commits a new schema version only when the catalog structure changed', async () => {
    const ls = engine(workdir());
    await ls.start();
    expect(await ls.sink.catalog.commitVersion({ kind: 'manual' })).toBeNull();
    await ls.sink.writer.run(
      `INSERT INTO entity_types (id, name, normalized_name, original_name, status, occurrence_count, created_at, updated_at) VALUES (nextval('catalog_id_seq'), 'FLAG', 'flag', 'FLAG', 'active', 3, now(), now())`,
    );
    const v2 = await ls.sink.catalog.commitVersion({ kind: 'batch', reference: 'b_1' });
    expect(v2?.version).toBe(2);
    expect(v2?.diff).toEqual([{ subject: 'entity_type', change: 'added', name: 'FLAG', to: 'active', impact: 'additive' }]);
    await ls.sink.writer.run(`UPDATE entity_types SET occurrence_count = 10`);
    expect(await ls.sink.catalog.commitVersion({ kind: 'batch' })).toBeNull();
    expect((await ls.schema.at(1))?.catalog.entityTypes).toEqual([]);
    expect((await ls.schema.at(new Date()))?.version).toBe(2);
    expect(await ls.schema.diff(1, 2)).toHaveLength(1);
  });
});

describe('read-only engines', () => {
  it('never touch the staging folder a writer uses', async () => {
    const dir = workdir();
    const writer = engine(dir, [records('v', [{ a: 1 }])]);
    await writer.ingest('x');
    await writer.close();
    // A staged file and a temp folder of a writer that is still running.
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(join(dir, 'staging', 'batches'), { recursive: true });
    mkdirSync(join(dir, 'staging', 'tmp', 'in-flight'), { recursive: true });
    writeFileSync(join(dir, 'staging', 'batches', 'b_inflight.parquet'), 'PAR1');
    const reader = createLivingSchema({ sink: duckdb({ path: join(dir, 'db.duckdb'), readOnly: true }), stagingDirectory: join(dir, 'staging'), notifiers: [] });
    engines.push(reader);
    expect(await scalar(reader, 'SELECT count(*) FROM v')).toBe(1);
    expect(readdirSync(join(dir, 'staging', 'batches'))).toEqual(['b_inflight.parquet']);
    expect(readdirSync(join(dir, 'staging', 'tmp'))).toEqual(['in-flight']);
  });
});
