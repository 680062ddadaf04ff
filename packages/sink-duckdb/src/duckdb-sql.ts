import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { toJsonSafe } from './duckdb-values.js';

/** Runs a statement; returns the rows it changed. */
export async function runStatement(connection: DuckDBConnection, sql: string, params?: unknown[]): Promise<number> {
  const result = params?.length ? await connection.run(sql, params as DuckDBValue[]) : await connection.run(sql);
  return Number(result.rowsChanged);
}

/** Runs a query; returns its rows as JSON-safe objects. */
export async function allRows<T = Record<string, unknown>>(connection: DuckDBConnection, sql: string, params?: unknown[]): Promise<T[]> {
  const reader = params?.length ? await connection.runAndReadAll(sql, params as DuckDBValue[]) : await connection.runAndReadAll(sql);
  return reader.getRowObjectsJS().map((row) => toJsonSafe(row) as T);
}

/** Runs `work` in one transaction: committed if it resolves, rolled back if it throws. */
export async function inTransaction<T>(connection: DuckDBConnection, work: () => Promise<T>): Promise<T> {
  await connection.run('BEGIN TRANSACTION');
  try {
    const result = await work();
    await connection.run('COMMIT');
    return result;
  } catch (error) {
    await connection.run('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
