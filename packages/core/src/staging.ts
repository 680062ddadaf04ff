/** The metadata every staged Parquet file carries as key/value metadata. */
export interface StagingMetadata {
  batch_id: string;
  schema_version: string;
  source: string;
  dataset: string;
  [key: string]: string;
}

export interface StagedFile {
  /** Opaque key the staging plugin understands (e.g. a relative path or an object key). */
  key: string;
  batchId: string;
  sizeBytes: number;
}

/** A local copy of a staged file, valid until `release()` is called. */
export interface StagedFileHandle {
  path: string;
  release(): Promise<void>;
}

/**
 * Stores staged batches as Parquet files and hands them back. Writing the same batch twice
 * replaces the file (idempotent); a write is atomic: readers never see a half-written file.
 */
export interface StagingV1 {
  readonly specificationVersion: 'v1';
  readonly name: string;
  /**
   * Stores the local Parquet file at `localPath` (already carrying `metadata`) under the batch's
   * key. The staging may take the file over (move it): callers hand over a file they no longer need.
   */
  put(localPath: string, metadata: StagingMetadata): Promise<StagedFile>;
  /** Gives a local path to the staged file. */
  open(key: string): Promise<StagedFileHandle>;
  /** Every staged file, for recovery after a crash. */
  list(): AsyncIterable<StagedFile>;
  /** Removes a staged file; removing a missing file is not an error. */
  remove(key: string): Promise<void>;
  close?(): Promise<void>;
}
