import type { DuckDBConnection } from '@duckdb/node-api';
import { quoteIdentifier, type StagedBatch } from '@living-schema/core';
import { DOCUMENT_COLUMNS } from './duckdb-columns.js';
import { runStatement } from './duckdb-sql.js';
import { stagedRowCount } from './duckdb-staged-file.js';

/** Loads a documents batch into `raw_documents` (in the caller's transaction). */
export async function loadDocuments(connection: DuckDBConnection, batch: StagedBatch, file: string): Promise<{ rowsLoaded: number; rowsAlreadyPresent: number }> {
  // A page the store already holds (same document id and page number) is not inserted
  // again, nor is a page repeated within the batch; both are counted as already present.
  const names = Object.keys(DOCUMENT_COLUMNS).map(quoteIdentifier).join(', ');
  const rowsLoaded = await runStatement(
    connection,
    `INSERT INTO raw_documents (${names}, batch_id, schema_version, ingested_at)
     SELECT ${names}, $1, $2, now() FROM (
       SELECT *, row_number() OVER (PARTITION BY document_id, page_number) AS _n FROM read_parquet(${file})
     ) incoming
     WHERE _n = 1 AND NOT EXISTS (
       SELECT 1 FROM raw_documents d WHERE d.document_id = incoming.document_id AND d.page_number = incoming.page_number
     )`,
    [batch.batchId, batch.schemaVersion],
  );
  return { rowsLoaded, rowsAlreadyPresent: (await stagedRowCount(connection, file)) - rowsLoaded };
}
