import type { DuckDBConnection } from '@duckdb/node-api';
import { quoteIdentifier, type StagedBatch } from '@living-schema/core';
import { runStatement } from './duckdb-sql.js';

/** Where a kind of answer lives and how its rows are keyed (annotations by document, responses by record). */
export interface SupersededTable {
  /** The table of current answers, e.g. `annotations`. */
  table: string;
  /** Its history table, with `superseded_at` and `superseded_by` added. */
  history: string;
  /** The column `Batch.replacesDocuments` names values of (`document_id`, `record_id`). */
  owner: string;
  /** The column that identifies one answer (`annotation_id`, `response_id`). */
  id: string;
}

/**
 * Moves the stored rows of the batch's replaced documents (or records) that the batch does not
 * hold to the history table (in the load's transaction). Returns how many were moved.
 */
export async function supersedeRows(connection: DuckDBConnection, batch: StagedBatch, file: string, target: SupersededTable): Promise<number> {
  const [table, history, owner, id] = [target.table, target.history, target.owner, target.id].map(quoteIdentifier);
  const replaced = `SELECT unnest(from_json($1::VARCHAR, '["VARCHAR"]')) AS ${owner}`;
  const stale = `a.${owner} IN (${replaced}) AND a.${id} NOT IN (SELECT ${id} FROM read_parquet(${file}))`;
  const ids = JSON.stringify(batch.replacesDocuments ?? []);
  const moved = await runStatement(
    connection,
    `INSERT INTO ${history} BY NAME SELECT a.*, now() AS superseded_at, $2 AS superseded_by FROM ${table} a WHERE ${stale}`,
    [ids, batch.batchId],
  );
  const deleted = await runStatement(connection, `DELETE FROM ${table} a WHERE ${stale}`, [ids]);
  if (deleted !== moved) throw new Error(`superseding ${target.table} moved ${moved} rows to the history but removed ${deleted}`);
  return moved;
}
