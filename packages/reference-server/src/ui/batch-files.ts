import type { LivingSchema } from '@living-schema/core';
import { fileName } from './file-name.js';

type Reader = LivingSchema['sink']['reader'];

/** Each batch id's file name (never its path), for a version's cause. */
export async function batchFileNames(
  reader: Reader,
  batchIds: string[],
): Promise<Map<string, string>> {
  if (batchIds.length === 0) return new Map();
  const rows = await reader.all<{ batch_id: string; source_uri: string }>(
    `SELECT batch_id, source_uri FROM ingest_batches WHERE list_contains(CAST($1::VARCHAR AS JSON)::VARCHAR[], batch_id)`,
    [JSON.stringify(batchIds)],
  );
  return new Map(rows.map((r) => [r.batch_id, fileName(r.source_uri)]));
}

export interface Upload {
  file: string;
  dataset: string;
  status: string;
  rowsLoaded: number;
  rowsQuarantined: number;
  /** When the batch started, ISO 8601 UTC: a moment just before its data arrived. */
  startedAt: string;
}

/** The latest batches, newest first, each named by its file. */
export async function recentUploads(
  reader: Reader,
  options: { loadedOnly?: boolean; limit?: number } = {},
): Promise<Upload[]> {
  const rows = await reader.all<{
    source_uri: string;
    dataset: string;
    status: string;
    rows_loaded: number;
    rows_quarantined: number;
    at: string;
  }>(
    `SELECT source_uri, dataset, status, rows_loaded, rows_quarantined,
            strftime(started_at AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%S.%gZ') AS at
     FROM ingest_batches ${options.loadedOnly ? `WHERE status = 'loaded'` : ''}
     ORDER BY started_at DESC LIMIT ${Math.trunc(options.limit ?? 30)}`,
  );
  return rows.map((r) => ({
    file: fileName(r.source_uri),
    dataset: r.dataset,
    status: r.status,
    rowsLoaded: Number(r.rows_loaded),
    rowsQuarantined: Number(r.rows_quarantined),
    startedAt: r.at,
  }));
}
