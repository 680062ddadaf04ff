/** One batch id, or the ids of several batches of one dataset discovered together. */
export type BatchIds = string | ReadonlyArray<string>;

/**
 * The condition that keeps the rows of `batches` in a dataset's table, with its parameters
 * (numbered from `$1`). One batch is `_batch_id = $1`; several are an IN list of constants, which
 * DuckDB can still check against each row group's min and max, as it does the equality.
 */
export function batchCondition(batches: BatchIds): { sql: string; params: string[] } {
  const ids = typeof batches === 'string' ? [batches] : [...batches];
  if (ids.length === 0) throw new Error('batchCondition needs at least one batch id');
  if (ids.length === 1) return { sql: '_batch_id = $1', params: ids };
  return { sql: `_batch_id IN (${ids.map((_, i) => `$${i + 1}`).join(', ')})`, params: ids };
}
