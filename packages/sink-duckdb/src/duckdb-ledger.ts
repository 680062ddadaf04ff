import type { BatchLedgerEntry, BatchStatus } from '@living-schema/core';

/** One row of `ingest_batches` as DuckDB returns it. */
export interface LedgerRow {
  batch_id: string;
  kind: string;
  source: string;
  source_uri: string;
  dataset: string;
  content_hash: string;
  schema_version: number;
  rows_in: number;
  rows_loaded: number;
  rows_quarantined: number;
  status: string;
  started_at: string;
  finished_at: string | null;
  error: string | null;
}

export function toLedgerEntry(row: LedgerRow): BatchLedgerEntry {
  return {
    batchId: row.batch_id,
    kind: row.kind as BatchLedgerEntry['kind'],
    source: row.source,
    sourceUri: row.source_uri,
    dataset: row.dataset,
    contentHash: row.content_hash,
    schemaVersion: row.schema_version,
    rowsIn: row.rows_in,
    rowsLoaded: row.rows_loaded,
    rowsQuarantined: row.rows_quarantined,
    status: row.status as BatchStatus,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    error: row.error,
  };
}
