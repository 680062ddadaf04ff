import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { duckdb } from './duckdb-sink.js';

// Issue 14, finding 7: one sort spilled 4.8 GB into the temporary folder within its 30 s. The
// spill is capped (DuckDB's max_temp_directory_size), and reaching the cap is its own code.
// A real DuckDB file with a small memory limit, so the sort must spill.
const SORT = 'SELECT i, md5(i::VARCHAR) AS h FROM range(4000000) t(i) ORDER BY h';

describe('a query spilling to disk', () => {
  it('stops at maxTempDirectorySize with LS_QUERY_SPILL_LIMIT naming the setting', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'ls-spill-'));
    const sink = duckdb({ path: join(directory, 'spill.duckdb'), memoryLimit: '64MB', maxTempDirectorySize: '16MB', maxRows: 10, queryTimeoutMs: 600_000 });
    try {
      const failure = await sink.query(SORT).then(() => null, (error: unknown) => error);
      expect(failure).toMatchObject({ code: 'LS_QUERY_SPILL_LIMIT', details: { maxTempDirectorySize: '16MB' } });
      expect((failure as Error).message).toMatch(/maxTempDirectorySize.*16MB.*LIVING_SCHEMA_MAX_TEMP_DIRECTORY_SIZE/);
      expect((await sink.query('SELECT 42 AS answer')).rows).toEqual([[42]]);
    } finally {
      await sink.close();
    }
    expect(readdirSync(directory).filter((name) => name.endsWith('.tmp')).flatMap((name) => readdirSync(join(directory, name)))).toEqual([]);
  }, 600_000);

  it('the cap comes from the environment when the option is not set', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'ls-spill-'));
    const sink = duckdb({ path: join(directory, 'spill.duckdb'), memoryLimit: '64MB', maxRows: 10, queryTimeoutMs: 600_000, env: { LIVING_SCHEMA_MAX_TEMP_DIRECTORY_SIZE: '16MB' } });
    try {
      await expect(sink.query(SORT)).rejects.toMatchObject({ code: 'LS_QUERY_SPILL_LIMIT', details: { maxTempDirectorySize: '16MB' } });
    } finally {
      await sink.close();
    }
  }, 600_000);
});
