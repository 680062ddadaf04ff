import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { duckdbApi } from './duckdb-api.js';
import { quoteIdentifier, quoteLiteral } from '@living-schema/core';

/**
 * A private in-memory DuckDB for one read: it converts files to Parquet and never touches the
 * store. Extensions are never downloaded (everything used here is built in).
 */
export async function withDuckDb<T>(
  settings: { memoryLimit: string; threads?: number; tempDirectory: string },
  work: (connection: DuckDBConnection) => Promise<T>,
): Promise<T> {
  const config: Record<string, string> = {
    memory_limit: settings.memoryLimit,
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
    temp_directory: settings.tempDirectory,
  };
  if (settings.threads) config.threads = String(settings.threads);
  const instance = await duckdbApi.DuckDBInstance.create(':memory:', config);
  const connection = await instance.connect();
  try {
    return await work(connection);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

export async function allRows<T = Record<string, unknown>>(connection: DuckDBConnection, sql: string, params?: unknown[]): Promise<T[]> {
  const reader = params?.length ? await connection.runAndReadAll(sql, params as DuckDBValue[]) : await connection.runAndReadAll(sql);
  return reader.getRowObjectsJS().map((row) => jsonSafe(row) as T);
}

/** Runs a statement and returns the rows it changed (for COPY: the rows written). */
export async function runCounted(connection: DuckDBConnection, sql: string): Promise<number> {
  const result = await connection.run(sql);
  return Number(result.rowsChanged);
}

function jsonSafe(value: unknown): unknown {
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (Array.isArray(value)) return value.map(jsonSafe);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonSafe(v)]));
  }
  return value;
}

/** `, KV_METADATA {...}` for a COPY ... (FORMAT parquet) clause, or nothing. */
export function kvMetadataClause(metadata: Record<string, string> | undefined): string {
  if (!metadata || Object.keys(metadata).length === 0) return '';
  return `, KV_METADATA {${Object.entries(metadata)
    .map(([key, value]) => `${quoteIdentifier(key)}: ${quoteLiteral(value)}`)
    .join(', ')}}`;
}
