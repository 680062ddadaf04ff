import { describeError } from '@living-schema/core';

/**
 * DuckDB's error for a failed load; running out of memory says which limit to raise (DuckDB's own
 * advice names settings a user of this sink does not set) and how wide the batch was.
 */
export function describeLoadError(error: unknown, batch: { rowCount: number; columns?: ReadonlyArray<unknown> }, doing = 'loading'): string {
  const message = describeError(error);
  if (!/out of memory/i.test(message)) return message;
  const limit = /\(([\d.]+ [KMGT]iB)\/([\d.]+ [KMGT]iB) used\)/.exec(message)?.[2];
  const width = batch.columns?.length ? ` of ${batch.rowCount} rows x ${batch.columns.length} columns` : '';
  return `DuckDB ran out of memory${limit ? ` at its limit of ${limit}` : ''} ${doing} the batch${width}: raise the sink's memoryLimit (env LIVING_SCHEMA_DUCKDB_MEMORY_LIMIT), or split the input (a batch's uncommitted rows are held in memory, about 40 bytes per value)`;
}
