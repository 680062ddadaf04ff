import type { BatchDetails, BatchKind } from './batch.js';
import type { ColumnChange } from './sink.js';
import type { SourceInput } from './source.js';

/** What hooks and events know about a batch that just loaded. */
export interface LoadedBatchInfo {
  batchId: string;
  kind: BatchKind;
  source: string;
  sourceUri: string;
  dataset: string;
  rowsIn: number;
  rowsLoaded: number;
  rowsQuarantined: number;
  schemaVersion: number;
  columnChanges: ColumnChange[];
}

export interface IngestOptions {
  /** Name of the source plugin to use; otherwise the first source whose `canRead` accepts the input. */
  source?: string;
  /** Dataset to load into, overriding the source's default. */
  dataset?: string;
  signal?: AbortSignal;
  onProgress?: (progress: { uri: string; done: number; total?: number; unit: 'bytes' | 'rows' | 'pages' }) => void;
  /** Called as each batch finishes (loaded, skipped or failed). */
  onBatch?: (outcome: BatchOutcome) => void;
  /**
   * When `ingest()` resolves. `'wait'` (the default): once every batch is loaded and its
   * after-load hooks ran (discovery and versioning: the catalog shows the batch). `'background'`:
   * once every batch is loaded and committed (its rows are queryable); the hooks run right after,
   * in the writer's next turn, and `LivingSchema.settled()` resolves when they did. A failing hook
   * is an `error` event either way; a crash before the hooks ran is caught up at the next start.
   */
  settle?: 'wait' | 'background';
}

export interface BatchOutcome {
  batchId: string;
  kind: BatchKind;
  source: string;
  sourceUri: string;
  dataset: string;
  status: 'loaded' | 'skipped' | 'failed';
  rowsIn: number;
  rowsLoaded: number;
  rowsQuarantined: number;
  /** Rows the store already held and did not insert again (documents and annotations). */
  rowsAlreadyPresent?: number;
  /** Stored annotations the batch superseded: earlier answers for the same documents it replaced. */
  rowsSuperseded?: number;
  durationMs: number;
  columnChanges: ColumnChange[];
  /** The source's findings about the batch (`Batch.details`), when it reported any. */
  details?: BatchDetails;
  error?: string;
}

export interface InputFailure {
  input: string;
  code: string;
  message: string;
}

export interface IngestResult {
  batches: BatchOutcome[];
  /** Inputs that could not be read at all; the other inputs still loaded. */
  failures: InputFailure[];
}

export type { SourceInput };
