import type { Batch, BatchKind, StagedBatch } from './batch.js';
import type { Catalog, SchemaChangeCause, SchemaSnapshot } from './catalog.js';
import type { SourceStateStore } from './source.js';
import type { StagingMetadata } from './staging.js';

export type BatchStatus = 'staged' | 'loaded' | 'failed';

/** One row of the `ingest_batches` ledger. */
export interface BatchLedgerEntry {
  batchId: string;
  kind: BatchKind;
  source: string;
  sourceUri: string;
  dataset: string;
  contentHash: string;
  schemaVersion: number;
  rowsIn: number;
  rowsLoaded: number;
  rowsQuarantined: number;
  status: BatchStatus;
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
}

export interface LoadResult {
  batchId: string;
  /** `loaded` for a fresh load; `skipped` when the batch had been loaded before (nothing added). */
  status: 'loaded' | 'skipped';
  rowsIn: number;
  rowsLoaded: number;
  rowsQuarantined: number;
  /**
   * Rows the store already held (same document page or annotation id loaded by an earlier batch)
   * and so did not insert again. rows in = loaded + quarantined + already present.
   */
  rowsAlreadyPresent?: number;
  /** Stored annotations this batch superseded (see `Batch.replacesDocuments`). */
  rowsSuperseded?: number;
  durationMs: number;
  /** Columns created or widened in a record dataset's table by this load. */
  columnChanges: ColumnChange[];
}

export interface ColumnChange {
  dataset: string;
  column: string;
  originalName: string;
  change: 'added' | 'widened';
  from?: string;
  to: string;
}

export interface QueryColumn {
  name: string;
  type: string;
}

/** A query result with JSON-safe values (big integers as numbers when safe, else strings; times as ISO strings). */
export interface QueryResult {
  columns: QueryColumn[];
  rows: unknown[][];
  rowCount: number;
  /** True when the result was cut at `maxRows`. */
  truncated: boolean;
}

export interface QueryOptions {
  /** Positional parameters ($1, $2...). */
  params?: unknown[];
  /** Rows returned at most. Default: the sink's limit (10,000 for DuckDB). */
  maxRows?: number;
  /**
   * Bytes of result data returned at most, counted as the result is read; beyond it the query
   * fails with `LS_RESULT_TOO_LARGE`. Default: the sink's limit (32 MiB for DuckDB).
   */
  maxResultBytes?: number;
  /** Interrupt the query after this many milliseconds. */
  timeoutMs?: number;
  /**
   * Run on an engine that cannot reach files, the network or settings (for untrusted SQL).
   * DuckDB: a read-only instance with `enable_external_access = false` and a locked configuration.
   * Sinks without such an engine run the query as usual. Default false.
   */
  sandboxed?: boolean;
  /**
   * Who asked (the server passes its token's name): a sink may share query slots fairly between
   * callers (DuckDB: at most `maxConcurrentQueriesPerCaller` each). Default: one shared caller.
   */
  caller?: string;
}

/** Lets the catalog be read as it stands or as it stood, and versioned. */
export interface CatalogStoreV1 {
  /** The catalog now (entity types, fields, datasets). */
  read(): Promise<Catalog>;
  /** The latest schema snapshot. */
  current(): Promise<SchemaSnapshot>;
  /**
   * The latest snapshot's version number alone. Optional: a sink without it is asked for
   * `current()` (see {@link currentSchemaVersion}); a sink with it spares every batch and every
   * question reading and parsing the whole catalog to learn one number.
   */
  currentVersion?(): Promise<number>;
  /** A schema snapshot by version, or the one in force at a moment; null when none. */
  snapshot(at: number | Date): Promise<SchemaSnapshot | null>;
  /** Version, hash, time and cause of every snapshot, oldest first. */
  versions(): Promise<Array<Omit<SchemaSnapshot, 'catalog' | 'diff'> & { changes: number }>>;
  /**
   * Writes version n+1 from the catalog as it now stands, unless its content hash equals
   * version n's (then returns null: re-applying an unchanged catalog is a no-op).
   */
  commitVersion(cause: SchemaChangeCause): Promise<SchemaSnapshot | null>;
}

/** The store's current schema version, through `currentVersion()` where the sink has it. */
export async function currentSchemaVersion(catalog: CatalogStoreV1): Promise<number> {
  return catalog.currentVersion ? catalog.currentVersion() : (await catalog.current()).version;
}

/**
 * Trusted SQL for plugins that keep their own tables in the store (the query log, saved
 * reports, the catalog). Not guarded: never pass user input as SQL here, only as parameters.
 */
export interface SinkSqlRunner {
  /** Runs a statement; returns the number of rows changed. */
  run(sql: string, params?: unknown[]): Promise<number>;
  /** Runs a query; returns rows as JSON-safe objects. */
  all<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface SinkWriter extends SinkSqlRunner {
  /** Runs `work` in one transaction on the writer connection: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: (tx: SinkSqlRunner) => Promise<T>): Promise<T>;
}

/**
 * The analytical store. Loads are idempotent by batch id and atomic: a batch is either wholly
 * in the store or not at all.
 */
export interface SinkV1 {
  readonly specificationVersion: 'v1';
  readonly name: string;
  /** True when the store was opened for reading only: the engine then never touches staging or the ledger. */
  readonly readOnly?: boolean;
  /** Connects and runs pending migrations. Safe to call twice. */
  open(): Promise<void>;
  close(): Promise<void>;
  /** Encodes a batch's rows as a Parquet file at `destination` with the given key/value metadata. */
  encodeParquet(batch: Batch, destination: string, metadata: StagingMetadata): Promise<{ rowCount: number }>;
  /** Records a staged batch in the ledger (status `staged`), unless it is already loaded. */
  recordStaged(batch: StagedBatch): Promise<void>;
  /** Loads a staged batch from the local Parquet file at `path`, in one transaction. */
  load(batch: StagedBatch, path: string): Promise<LoadResult>;
  /** Marks a batch failed in the ledger with the error text (a batch already loaded stays loaded). */
  recordFailed(batchId: string, error: string): Promise<void>;
  /** The ledger row of a batch, or null. */
  batch(batchId: string): Promise<BatchLedgerEntry | null>;
  /** Ledger rows, newest first. */
  batches(options?: { limit?: number; status?: BatchStatus }): Promise<BatchLedgerEntry[]>;
  /** Runs one read-only statement. */
  query(sql: string, options?: QueryOptions): Promise<QueryResult>;
  readonly catalog: CatalogStoreV1;
  /** Trusted reads (no guard, no row limit) on a read connection. */
  readonly reader: SinkSqlRunner;
  /** Trusted writes, serialised with loads (one writer at a time). */
  readonly writer: SinkWriter;
  /** Persistent state for a source (e.g. a sync cursor), scoped by source name. Optional. */
  sourceState?(source: string): SourceStateStore;
}
