import { describe, expect, it } from 'vitest';
import { duckdbOptionsSchema } from './duckdb-options.js';
import { duckdb } from './duckdb-sink.js';
import { resolveQueryLimits } from './duckdb-query-limits.js';

const defaults = duckdbOptionsSchema.parse({});

describe('query limits', () => {
  it('come from the option, else the environment, else 32 MiB, 6 at once (2 per caller) and 16 waiting', () => {
    expect(resolveQueryLimits(defaults, {})).toEqual({ maxResultBytes: 32 * 1024 * 1024, maxConcurrentQueries: 6, maxConcurrentQueriesPerCaller: 2, maxQueuedQueries: 16 });
    const env = { LIVING_SCHEMA_MAX_RESULT_BYTES: '1048576', LIVING_SCHEMA_MAX_CONCURRENT_QUERIES: '4', LIVING_SCHEMA_MAX_QUEUED_QUERIES: '0' };
    expect(resolveQueryLimits(defaults, env)).toEqual({ maxResultBytes: 1_048_576, maxConcurrentQueries: 4, maxConcurrentQueriesPerCaller: 2, maxQueuedQueries: 0 });
    expect(resolveQueryLimits(duckdbOptionsSchema.parse({ maxResultBytes: 500 }), env).maxResultBytes).toBe(500);
  });

  it('a bad environment value fails at construction, naming the variable', () => {
    expect(() => duckdb({ path: ':memory:', env: { LIVING_SCHEMA_MAX_RESULT_BYTES: '32MB' } })).toThrow(
      'Environment variable LIVING_SCHEMA_MAX_RESULT_BYTES must be a whole number of at least 1; it is "32MB".',
    );
    expect(() => duckdb({ path: ':memory:', env: { LIVING_SCHEMA_MAX_CONCURRENT_QUERIES: '0' } })).toThrow(/LIVING_SCHEMA_MAX_CONCURRENT_QUERIES/);
    expect(() => duckdb({ path: ':memory:', maxResultBytes: 0 })).toThrow(/maxResultBytes/);
  });

  it('the sink enforces the limit from the environment, and a query may set its own', async () => {
    const sink = duckdb({ path: ':memory:', env: { LIVING_SCHEMA_MAX_RESULT_BYTES: '100' } });
    try {
      await expect(sink.query("SELECT repeat('x', 101) AS text")).rejects.toMatchObject({ code: 'LS_RESULT_TOO_LARGE', details: { maxResultBytes: 100 } });
      expect((await sink.query("SELECT repeat('x', 100) AS text")).rowCount).toBe(1);
      expect((await sink.query("SELECT repeat('x', 101) AS text", { maxResultBytes: 200 })).rowCount).toBe(1);
    } finally {
      await sink.close();
    }
  });
});
