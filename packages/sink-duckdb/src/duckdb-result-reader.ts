import type { DuckDBDataChunk, DuckDBResult } from '@duckdb/node-api';
import { duckdbApi } from './duckdb-api.js';
import { ErrorCodes, LivingSchemaError, type QueryResult } from '@living-schema/core';
import { valueBytes } from './duckdb-value-bytes.js';
import { toJsonSafe } from './duckdb-values.js';

const { JSDuckDBValueConverter, DuckDBTypeId } = duckdbApi;

/** Times of day, which the JS converter gives as microseconds: said as DuckDB says them ("09:30:00"). */
const TIME_OF_DAY = new Set<number>([DuckDBTypeId.TIME, DuckDBTypeId.TIME_TZ]);

export interface ResultLimits {
  /** Rows returned at most; one more row only marks the result `truncated`. */
  maxRows: number;
  /** Bytes of values returned at most (see `valueBytes`); beyond it, `LS_RESULT_TOO_LARGE`. */
  maxResultBytes: number;
}

/**
 * Reads a streaming DuckDB result within a row and a byte limit: chunk by chunk, and within a
 * chunk value by value, counting each value's bytes as it is converted. A result over the byte
 * limit is abandoned at the value that crosses it, so the server never holds more than the limit
 * (plus that one value) of a result in JavaScript, however large the result is.
 *
 * It takes the result, not a connection, so it is the same stage whichever connection or
 * instance ran the query.
 */
export async function readBoundedResult(result: DuckDBResult, limits: ResultLimits): Promise<QueryResult> {
  const columns = result.columnNames().map((name, index) => ({ name, type: result.columnType(index).toString() }));
  const rows: unknown[][] = [];
  const budget = new ResultBudget(limits.maxResultBytes);
  let truncated = false;
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    try {
      const room = limits.maxRows - rows.length;
      truncated = chunk.rowCount > room;
      readRows(chunk, Math.min(room, chunk.rowCount), rows, budget);
    } finally {
      // DuckDB frees a chunk only when the garbage collector finalises its wrapper, which knows
      // nothing of the chunk's native size: free it now, so a huge chunk does not linger.
      chunk.reset();
    }
    if (truncated) break;
  }
  return { columns, rows, rowCount: rows.length, truncated };
}

function readRows(chunk: DuckDBDataChunk, count: number, rows: unknown[][], budget: ResultBudget): void {
  const vectors = Array.from({ length: chunk.columnCount }, (_, index) => chunk.getColumnVector(index));
  for (let rowIndex = 0; rowIndex < count; rowIndex += 1) {
    const row: unknown[] = [];
    for (const vector of vectors) {
      const item = vector.getItem(rowIndex);
      const value = TIME_OF_DAY.has(vector.type.typeId) ? (item === null ? null : String(item)) : toJsonSafe(JSDuckDBValueConverter(item, vector.type, JSDuckDBValueConverter));
      budget.spend(valueBytes(value), rows.length);
      row.push(value);
    }
    rows.push(row);
  }
}

/** The bytes a result may still use; throws `LS_RESULT_TOO_LARGE` once they are spent. */
class ResultBudget {
  private used = 0;

  constructor(private readonly limit: number) {}

  spend(bytes: number, rowsRead: number): void {
    this.used += bytes;
    if (this.used > this.limit) throw resultTooLarge(this.limit, rowsRead);
  }
}

function resultTooLarge(limit: number, rowsRead: number): LivingSchemaError {
  return new LivingSchemaError({
    code: ErrorCodes.RESULT_TOO_LARGE,
    message:
      `The query's result is larger than the limit of ${formatBytes(limit)} per query (it passed the limit after ${rowsRead} complete rows). ` +
      'Ask for less: fewer rows (LIMIT, a WHERE filter, an aggregate), fewer or shorter columns (left(text, 200) instead of the whole text). ' +
      'An operator can raise the limit with the DuckDB sink option maxResultBytes (env LIVING_SCHEMA_MAX_RESULT_BYTES), a caller per query with maxResultBytes.',
    details: { maxResultBytes: limit, rowsRead },
  });
}

/** `32 MiB`, `1.5 MiB`, `512 KiB`, `100 bytes`. */
export function formatBytes(bytes: number): string {
  const units: Array<[number, string]> = [
    [1024 * 1024 * 1024, 'GiB'],
    [1024 * 1024, 'MiB'],
    [1024, 'KiB'],
  ];
  for (const [size, unit] of units) if (bytes >= size) return `${Number((bytes / size).toFixed(2))} ${unit}`;
  return `${bytes} bytes`;
}
