import type { DuckDBConnection } from '@duckdb/node-api';
import { allRows } from './duckdb-sql.js';

/** Rows in a staged Parquet file (`file` is a quoted SQL literal). */
export async function stagedRowCount(connection: DuckDBConnection, file: string): Promise<number> {
  const rows = await allRows<{ n: number }>(connection, `SELECT count(*) AS n FROM read_parquet(${file})`);
  return Number(rows[0]?.n ?? 0);
}
