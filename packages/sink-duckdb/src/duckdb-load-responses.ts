import type { DuckDBConnection } from '@duckdb/node-api';
import { quoteIdentifier, type StagedBatch } from '@living-schema/core';
import { RESPONSE_COLUMNS } from './duckdb-columns.js';
import { runStatement } from './duckdb-sql.js';
import { stagedRowCount } from './duckdb-staged-file.js';
import { supersedeRows, type SupersededTable } from './duckdb-supersede.js';

const RESPONSES_TABLE: SupersededTable = { table: 'annotation_responses', history: 'annotation_responses_history', owner: 'record_id', id: 'response_id' };

/**
 * Loads a responses batch into `annotation_responses`, superseding the replaced records' earlier
 * answers (in the caller's transaction). An answer already stored (same response id) is counted
 * as already present, as for annotations.
 */
export async function loadResponses(
  connection: DuckDBConnection,
  batch: StagedBatch,
  file: string,
): Promise<{ rowsLoaded: number; rowsAlreadyPresent: number; rowsSuperseded: number }> {
  const names = Object.keys(RESPONSE_COLUMNS).map(quoteIdentifier).join(', ');
  const rowsLoaded = await runStatement(
    connection,
    `INSERT INTO annotation_responses (${names}, batch_id, schema_version, ingested_at)
     SELECT ${names}, $1, $2, now() FROM (
       SELECT *, row_number() OVER (PARTITION BY response_id) AS _n FROM read_parquet(${file})
     ) incoming
     WHERE _n = 1 AND NOT EXISTS (SELECT 1 FROM annotation_responses r WHERE r.response_id = incoming.response_id)`,
    [batch.batchId, batch.schemaVersion],
  );
  const rowsAlreadyPresent = (await stagedRowCount(connection, file)) - rowsLoaded;
  const rowsSuperseded = batch.replacesDocuments?.length ? await supersedeRows(connection, batch, file, RESPONSES_TABLE) : 0;
  return { rowsLoaded, rowsAlreadyPresent, rowsSuperseded };
}
