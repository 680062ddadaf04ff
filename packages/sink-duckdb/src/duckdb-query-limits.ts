import { ErrorCodes, LivingSchemaError } from '@living-schema/core';
import type { ResolvedDuckDbSinkOptions } from './duckdb-options.js';

/** Result bytes per query when neither the option nor `LIVING_SCHEMA_MAX_RESULT_BYTES` sets them. */
export const DEFAULT_MAX_RESULT_BYTES = 32 * 1024 * 1024;
/**
 * Queries at once by default, all callers together. More than a 2-core machine computes in
 * parallel, so that a caller's quick query need not wait for others' slow ones (DuckDB shares
 * its threads between them); each holds at most maxResultBytes of result.
 */
export const DEFAULT_MAX_CONCURRENT_QUERIES = 6;
/** Queries one caller (a token) runs at once by default. */
export const DEFAULT_MAX_CONCURRENT_QUERIES_PER_CALLER = 2;
/** Queries waiting for a slot by default. */
export const DEFAULT_MAX_QUEUED_QUERIES = 16;

/** How much one query may return and how many may run or wait at once. */
export interface QueryLimits {
  maxResultBytes: number;
  maxConcurrentQueries: number;
  maxConcurrentQueriesPerCaller: number;
  maxQueuedQueries: number;
}

/** The sink's query limits: each from its option, else its environment variable, else the default. */
export function resolveQueryLimits(options: ResolvedDuckDbSinkOptions, env: Record<string, string | undefined>): QueryLimits {
  return {
    maxResultBytes: options.maxResultBytes ?? fromEnv(env, 'LIVING_SCHEMA_MAX_RESULT_BYTES', 1) ?? DEFAULT_MAX_RESULT_BYTES,
    maxConcurrentQueries: options.maxConcurrentQueries ?? fromEnv(env, 'LIVING_SCHEMA_MAX_CONCURRENT_QUERIES', 1) ?? DEFAULT_MAX_CONCURRENT_QUERIES,
    maxConcurrentQueriesPerCaller:
      options.maxConcurrentQueriesPerCaller ?? fromEnv(env, 'LIVING_SCHEMA_MAX_CONCURRENT_QUERIES_PER_CALLER', 1) ?? DEFAULT_MAX_CONCURRENT_QUERIES_PER_CALLER,
    maxQueuedQueries: options.maxQueuedQueries ?? fromEnv(env, 'LIVING_SCHEMA_MAX_QUEUED_QUERIES', 0) ?? DEFAULT_MAX_QUEUED_QUERIES,
  };
}

function fromEnv(env: Record<string, string | undefined>, name: string, minimum: number): number | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < minimum) {
    throw new LivingSchemaError({
      code: ErrorCodes.CONFIG_INVALID,
      message: `Environment variable ${name} must be a whole number of at least ${minimum}; it is "${raw}".`,
      details: { env: name, value: raw },
    });
  }
  return value;
}
