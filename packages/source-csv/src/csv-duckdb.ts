import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { access } from 'node:fs/promises';
import { converterInstances } from './converter-instances.js';
import { quoteIdentifier, quoteLiteral } from '@living-schema/core';

/**
 * A private in-memory DuckDB for one read: it converts files to Parquet and never touches the
 * store. The instance is borrowed from {@link converterInstances} and returned after the read;
 * one that spilled to disk (its temporary folder cannot change once used) or failed is closed.
 */
export async function withDuckDb<T>(
  settings: { memoryLimit: string; threads?: number; tempDirectory: string },
  work: (connection: DuckDBConnection) => Promise<T>,
): Promise<T> {
  const instance = await converterInstances.borrow(settings);
  let reusable = false;
  let connection: DuckDBConnection | undefined;
  try {
    connection = await instance.connect();
    await connection.run(`SET temp_directory = ${quoteLiteral(settings.tempDirectory)}`);
    const result = await work(connection);
    reusable = !(await exists(settings.tempDirectory));
    return result;
  } finally {
    connection?.closeSync();
    converterInstances.giveBack(settings, instance, reusable);
  }
}

/** DuckDB creates its temporary folder when it first spills: its presence says the read spilled. */
function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
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
