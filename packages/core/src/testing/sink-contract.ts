import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Batch, StagedBatch } from '../batch.js';
import { deriveBatchId, sha256 } from '../batch-id.js';
import { LivingSchemaError } from '../errors.js';
import type { SinkV1 } from '../sink.js';
import { expectThat, registerWithVitest, runContractChecks, type ContractCheck } from './contract.js';

export interface SinkContractOptions {
  /** A fresh, empty sink for each check. */
  create: () => SinkV1 | Promise<SinkV1>;
}

interface SinkContext {
  sink: SinkV1;
  directory: string;
}

function documentsBatch(label: string, pages: number, rejected = 0): Batch {
  const rows = Array.from({ length: pages }, (_, i) => ({
    documentId: `${label}-doc`,
    sourceUri: `contract://${label}`,
    pageNumber: i + 1,
    text: `page ${i + 1} of ${label}`,
    extractionMethod: 'text-layer',
    ocrConfidence: null,
  }));
  return {
    kind: 'documents',
    source: 'contract',
    sourceUri: `contract://${label}`,
    dataset: 'raw_documents',
    contentHash: sha256(`${label}:${pages}`),
    payload: { format: 'rows', rows },
    rejected: Array.from({ length: rejected }, (_, i) => ({ row: pages + i + 1, raw: `bad row ${i}`, reason: 'unreadable page' })),
  };
}

/**
 * `batch` encoded by `sink` into a Parquet file in `directory`, as the engine stages it (schema
 * version 1), and the staged batch describing it; not yet in the ledger. For tests of a sink's
 * loads and ledger below the engine.
 */
export async function encodeForLoad(sink: SinkV1, directory: string, batch: Batch, overrides: Partial<StagedBatch> = {}): Promise<{ staged: StagedBatch; path: string }> {
  const batchId = deriveBatchId(batch);
  const path = join(directory, `${batchId}-${Math.random().toString(36).slice(2)}.parquet`);
  const { rowCount } = await sink.encodeParquet(batch, path, { batch_id: batchId, schema_version: '1', source: batch.source, dataset: batch.dataset });
  const staged: StagedBatch = {
    batchId,
    kind: batch.kind,
    source: batch.source,
    sourceUri: batch.sourceUri,
    dataset: batch.dataset,
    contentHash: batch.contentHash,
    schemaVersion: 1,
    rowCount,
    rejected: batch.rejected ?? [],
    columns: [],
    stagingKey: path,
    ...overrides,
  };
  return { staged, path };
}

async function stage(context: SinkContext, batch: Batch, overrides: Partial<StagedBatch> = {}) {
  const encoded = await encodeForLoad(context.sink, context.directory, batch, overrides);
  await context.sink.recordStaged(encoded.staged);
  return encoded;
}

async function countDocuments(sink: SinkV1, sourceUri: string): Promise<number> {
  const result = await sink.query(`SELECT count(*) AS n FROM raw_documents WHERE source_uri = '${sourceUri}'`);
  return Number(result.rows[0]?.[0]);
}

export const sinkContractChecks: ContractCheck<SinkContext>[] = [
  {
    name: 'declares specificationVersion v1 and a name',
    async run({ sink }) {
      expectThat(sink.specificationVersion === 'v1', `specificationVersion must be 'v1', got ${JSON.stringify(sink.specificationVersion)}`);
      expectThat(typeof sink.name === 'string' && sink.name.length > 0, 'name must be a non-empty string');
    },
  },
  {
    name: 'opens twice without error and starts at schema version 1 (empty catalog)',
    async run({ sink }) {
      await sink.open();
      await sink.open();
      const current = await sink.catalog.current();
      expectThat(current.version === 1, `a new store must start at schema version 1, got ${current.version}`);
      expectThat(current.catalog.entityTypes.length === 0 && current.catalog.fields.length === 0, 'version 1 must be the empty catalog');
      if (sink.catalog.currentVersion) {
        const version = await sink.catalog.currentVersion();
        expectThat(version === current.version, `currentVersion() must equal current().version (${current.version}), got ${version}`);
      }
      expectThat((await sink.catalog.commitVersion({ kind: 'manual' })) === null, 'committing an unchanged catalog must be a no-op (return null)');
    },
  },
  {
    name: 'loads a staged batch and records it in the ledger',
    async run(context) {
      await context.sink.open();
      const { staged, path } = await stage(context, documentsBatch('load', 3));
      const result = await context.sink.load(staged, path);
      expectThat(result.status === 'loaded', `first load must report status 'loaded', got '${result.status}'`);
      expectThat(result.rowsLoaded === 3, `3 rows were staged but rowsLoaded is ${result.rowsLoaded}`);
      expectThat((await countDocuments(context.sink, 'contract://load')) === 3, 'the 3 loaded rows must be queryable in raw_documents');
      const entry = await context.sink.batch(staged.batchId);
      expectThat(entry?.status === 'loaded', `ledger status must be 'loaded' after a load, got ${JSON.stringify(entry?.status)}`);
    },
  },
  {
    name: 'is idempotent: loading the same batch twice keeps one copy',
    async run(context) {
      await context.sink.open();
      const batch = documentsBatch('twice', 2);
      const first = await stage(context, batch);
      await context.sink.load(first.staged, first.path);
      const second = await stage(context, batch);
      const result = await context.sink.load(second.staged, second.path);
      expectThat(result.status === 'skipped' && result.rowsLoaded === 0, `the second load of batch ${first.staged.batchId} must be 'skipped' with 0 rows, got '${result.status}' with ${result.rowsLoaded}`);
      const count = await countDocuments(context.sink, 'contract://twice');
      expectThat(count === 2, `after loading the same batch twice the store must hold 2 rows, found ${count}`);
    },
  },
  {
    name: 'is atomic: a load that fails half-way leaves nothing',
    async run(context) {
      await context.sink.open();
      // Claiming more rows than the file holds makes the load fail after inserting.
      const { staged, path } = await stage(context, documentsBatch('atomic', 4));
      let error: unknown;
      try {
        await context.sink.load({ ...staged, rowCount: 5 }, path);
      } catch (caught) {
        error = caught;
      }
      expectThat(error !== undefined, 'a load whose row count does not reconcile must throw');
      expectThat(LivingSchemaError.isInstance(error), `load failures must be LivingSchemaError, got: ${String(error)}`);
      const count = await countDocuments(context.sink, 'contract://atomic');
      expectThat(count === 0, `a failed load must leave no rows behind, found ${count}`);
      const entry = await context.sink.batch(staged.batchId);
      expectThat(entry?.status !== 'loaded', 'a failed load must not be marked loaded in the ledger');
    },
  },
  {
    name: 'reconciles counts: rows in = loaded + quarantined',
    async run(context) {
      await context.sink.open();
      const { staged, path } = await stage(context, documentsBatch('quarantine', 2, 3));
      const result = await context.sink.load(staged, path);
      expectThat(result.rowsIn === 5 && result.rowsLoaded === 2 && result.rowsQuarantined === 3, `expected in=5 loaded=2 quarantined=3, got in=${result.rowsIn} loaded=${result.rowsLoaded} quarantined=${result.rowsQuarantined}`);
      const entry = await context.sink.batch(staged.batchId);
      expectThat(entry !== null && entry.rowsIn === entry.rowsLoaded + entry.rowsQuarantined, 'the ledger row must satisfy rows_in = rows_loaded + rows_quarantined');
    },
  },
  {
    name: 'query runs one read-only SELECT and refuses anything else with LS_QUERY_REFUSED',
    async run({ sink }) {
      await sink.open();
      const result = await sink.query('SELECT 1 AS one');
      expectThat(result.columns[0]?.name === 'one' && result.rows[0]?.[0] === 1, 'SELECT 1 AS one must return one column "one" with value 1');
      for (const sql of ['DELETE FROM raw_documents', 'SELECT 1; SELECT 2', "CREATE TABLE x (a INT)"]) {
        let error: unknown;
        try {
          await sink.query(sql);
        } catch (caught) {
          error = caught;
        }
        expectThat(LivingSchemaError.hasCode(error, 'LS_QUERY_REFUSED'), `query(${JSON.stringify(sql)}) must be refused with LS_QUERY_REFUSED, got: ${error ? String((error as Error).message) : 'no error'}`);
      }
    },
  },
];

async function makeContext(options: SinkContractOptions): Promise<SinkContext> {
  return { sink: await options.create(), directory: await mkdtemp(join(tmpdir(), 'ls-sink-contract-')) };
}

async function dispose(context: SinkContext): Promise<void> {
  await context.sink.close();
  await rm(context.directory, { recursive: true, force: true });
}

export async function checkSinkContract(options: SinkContractOptions) {
  const outcomes = [];
  for (const check of sinkContractChecks) {
    const context = await makeContext(options);
    try {
      outcomes.push(...(await runContractChecks([check], context)));
    } finally {
      await dispose(context);
    }
  }
  return outcomes;
}

/**
 * Registers the sink contract as vitest tests; `create` must return a fresh, empty store.
 *
 * @example
 * await describeSinkContract('duckdb', { create: () => duckdb({ path: ':memory:' }) });
 */
export function describeSinkContract(name: string, options: SinkContractOptions): Promise<void> {
  return registerWithVitest(`SinkV1 contract: ${name}`, sinkContractChecks, () => makeContext(options), dispose);
}
