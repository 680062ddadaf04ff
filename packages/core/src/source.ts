import type { Batch } from './batch.js';
import type { StagingMetadata } from './staging.js';
import type { SourceWorkerRecipe } from './source-worker-protocol.js';

/** What to read: a file path, a URL, or a source-specific descriptor (e.g. a table). */
/**
 * What a source reads: a URI or path, or an object with the URI and options for the source.
 * `displayUri` is what the input is recorded and reported as (the ledger's `source_uri`, the
 * `_source` column, failure messages) instead of `uri`: for a copy whose own path means nothing
 * to users and must not be shown, such as an upload (`upload://<id>/<original name>`).
 */
export type SourceInput = string | { uri: string; displayUri?: string; [option: string]: unknown };

export interface SourceReadContext {
  /** Dataset name requested by the caller, overriding the source's default. */
  dataset?: string;
  /** A scratch folder the source may write temporary files to (deleted by the engine afterwards). */
  tempDirectory: string;
  /** Aborted when the caller cancels the ingest. */
  signal?: AbortSignal;
  /** Progress reports for long reads (bytes or rows so far). */
  onProgress?: (progress: { uri: string; done: number; total?: number; unit: 'bytes' | 'rows' | 'pages' }) => void;
  /**
   * The key/value metadata the engine stamps on a batch's staged Parquet file. A source that
   * writes Parquet itself (payload format `parquet`) can write this metadata at once, and the
   * engine then stages the file as it is instead of rewriting it. Absent outside the engine.
   */
  stagingMetadata?: (batch: Pick<Batch, 'source' | 'kind' | 'dataset' | 'contentHash'>) => Promise<StagingMetadata>;
  /**
   * Whether the batch with this identity (and so this batch id) is already loaded. A source that
   * knows a batch's content hash before the expensive part of reading it (converting, OCR) may ask,
   * and when the answer is `true` yield the batch with an empty payload (`{ format: 'rows', rows:
   * [] }`): the engine reports it skipped, with the row counts of the ledger, and never reads the
   * payload. Absent outside the engine.
   */
  isLoaded?: (batch: Pick<Batch, 'source' | 'kind' | 'dataset' | 'contentHash'>) => Promise<boolean>;
  /**
   * Small persistent key/value state for this source (e.g. an incremental-sync cursor), kept by
   * the sink. Absent when the sink keeps no state.
   */
  state?: SourceStateStore;
}

/** Persistent state a source keeps between runs, scoped to the source's name. */
export interface SourceStateStore {
  get(key: string): Promise<string | null>;
  /**
   * Saves `value` under `key`. With `afterBatch` (a batch id), saves only if that batch is loaded
   * (status `loaded` in the ledger), so a cursor never moves past data that did not land.
   * Returns whether the value was saved.
   */
  set(key: string, value: string, options?: { afterBatch?: string }): Promise<boolean>;
}

/**
 * Reads an input and yields batches. A source must throw `LivingSchemaError` with code
 * `LS_INPUT_UNREADABLE` (naming the input and the problem) for input it cannot read at all,
 * and report readable-but-bad rows as `Batch.rejected`.
 */
export interface SourceV1 {
  readonly specificationVersion: 'v1';
  /** Unique plugin name, e.g. `csv`. */
  readonly name: string;
  /** Kinds of batch this source yields. */
  readonly kinds: ReadonlyArray<Batch['kind']>;
  /** True when this source can read the input (used to pick a source when none is named). */
  canRead(input: SourceInput): boolean | Promise<boolean>;
  /**
   * How to build this source again in a worker thread, when the engine reads sources off its
   * own thread (config `sourceWorkers`). Absent: the source is always read on the calling thread
   * (e.g. it was given options that are not plain data, such as a custom OCR engine).
   */
  readonly worker?: SourceWorkerRecipe;
  read(input: SourceInput, context: SourceReadContext): AsyncIterable<Batch>;
}
