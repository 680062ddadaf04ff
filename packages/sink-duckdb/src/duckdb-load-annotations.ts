import type { DuckDBConnection } from '@duckdb/node-api';
import { quoteIdentifier, type StagedBatch } from '@living-schema/core';
import { ANNOTATION_COLUMNS } from './duckdb-columns.js';
import { runStatement } from './duckdb-sql.js';
import { stagedRowCount } from './duckdb-staged-file.js';
import { supersedeRows, type SupersededTable } from './duckdb-supersede.js';

const ANNOTATIONS_TABLE: SupersededTable = { table: 'annotations', history: 'annotations_history', owner: 'document_id', id: 'annotation_id' };

/** Loads an annotations batch into `annotations`, superseding replaced documents' spans (in the caller's transaction). */
export async function loadAnnotations(
  connection: DuckDBConnection,
  batch: StagedBatch,
  file: string,
): Promise<{ rowsLoaded: number; rowsAlreadyPresent: number; rowsSuperseded: number }> {
  // A span the store already holds (same annotation id) is not inserted again: a re-sync that
  // overlaps adds nothing. (Only current answers count: a span superseded earlier and given
  // again is a new version.)
  const names = Object.keys(ANNOTATION_COLUMNS).map(quoteIdentifier).join(', ');
  const rowsLoaded = await runStatement(
    connection,
    `INSERT INTO annotations (${names}, batch_id, schema_version, ingested_at)
     SELECT ${names.replace('"origin"', `coalesce("origin", 'response')`)}, $1, $2, now() FROM (
       SELECT *, row_number() OVER (PARTITION BY annotation_id) AS _n FROM read_parquet(${file})
     ) incoming
     WHERE _n = 1 AND NOT EXISTS (SELECT 1 FROM annotations a WHERE a.annotation_id = incoming.annotation_id)`,
    [batch.batchId, batch.schemaVersion],
  );
  const rowsAlreadyPresent = (await stagedRowCount(connection, file)) - rowsLoaded;
  const rowsSuperseded = batch.replacesDocuments?.length ? await supersedeRows(connection, batch, file, ANNOTATIONS_TABLE) : 0;
  return { rowsLoaded, rowsAlreadyPresent, rowsSuperseded };
}
