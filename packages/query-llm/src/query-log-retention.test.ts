import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLivingSchema, type LivingSchema } from '@living-schema/core';
import { duckdb } from '@living-schema/sink-duckdb';
import { offlineProvider } from './llm-provider-offline.js';
import { queryLayer, type QueryLayer } from './query-layer.js';
import { QUERY_LOG_PRUNE_EVERY, resolveQueryLogRetention, type QueryLogRetentionOptions } from './query-log-retention.js';

// Issue 14, finding 7: every refused statement was logged whole and kept for ever (300 refused
// 20 KB statements grew the WAL 6 MB). Refused statements are stored cut to a size, and the
// log is pruned to a count and an age. A real DuckDB file.
const opened: Array<{ engine: LivingSchema; layer: QueryLayer }> = [];
afterEach(async () => {
  for (const { engine, layer } of opened.splice(0)) {
    layer.close();
    await engine.close();
  }
});

function setup(queryLog: QueryLogRetentionOptions) {
  const dir = mkdtempSync(join(tmpdir(), 'ls-query-log-'));
  const engine = createLivingSchema({ sink: duckdb({ path: join(dir, 'db.duckdb') }), stagingDirectory: join(dir, 'staging'), sources: [], notifiers: [] });
  const layer = queryLayer(engine, { provider: offlineProvider(), queryLog });
  opened.push({ engine, layer });
  return { engine, layer };
}

const refusedStatement = (i: number) => `DELETE FROM vessels WHERE note = '${String(i).padStart(6, '0')}${'x'.repeat(20_000)}'`;
const logRows = (engine: LivingSchema) =>
  engine.sink.reader.all<{ n: number; longest: number }>(`SELECT count(*)::INTEGER AS n, max(length(sql))::INTEGER AS longest FROM query_executions`);

describe('query log retention', () => {
  it('has sensible defaults: 100,000 entries, 90 days, refused statements cut to 2,000 characters', () => {
    expect(resolveQueryLogRetention()).toEqual({ maxEntries: 100_000, maxAgeDays: 90, maxRefusedStatementChars: 2_000 });
    expect(() => resolveQueryLogRetention({ maxEntries: 0 })).toThrow(/queryLog\.maxEntries/);
  });

  it('stores a refused statement cut to its size, saying how long it was', async () => {
    const { engine, layer } = setup({ maxRefusedStatementChars: 500 });
    await expect(layer.executeQuery({ sql: refusedStatement(1) })).rejects.toMatchObject({ code: 'LS_QUERY_REFUSED' });
    const [row] = await engine.sink.reader.all<{ sql: string; status: string }>('SELECT sql, status FROM query_executions');
    expect(row!.status).toBe('refused');
    expect(row!.sql.length).toBeLessThan(600);
    expect(row!.sql).toContain(`cut: ${refusedStatement(1).length} characters`);
  });

  it('300 refused 20 KB statements leave at most the retained count, none stored whole', async () => {
    const { engine, layer } = setup({ maxEntries: 50 });
    for (let i = 0; i < 300; i += 1) await layer.executeQuery({ sql: refusedStatement(i) }).catch(() => undefined);
    const [{ n, longest }] = (await logRows(engine)) as [{ n: number; longest: number }];
    expect(n).toBeGreaterThanOrEqual(50);
    expect(n).toBeLessThanOrEqual(50 + QUERY_LOG_PRUNE_EVERY);
    expect(longest).toBeLessThan(2_100);
    const [newest] = await engine.sink.reader.all<{ sql: string }>('SELECT sql FROM query_executions ORDER BY started_at DESC LIMIT 1');
    expect(newest!.sql).toContain('000299');
  }, 300_000);

  it('entries older than maxAgeDays are pruned', async () => {
    const { engine, layer } = setup({ maxAgeDays: 1 });
    await layer.executeQuery({ sql: 'SELECT 1 AS one' });
    await engine.sink.writer.run(`UPDATE query_executions SET started_at = now() - INTERVAL 3 DAY`);
    for (let i = 0; i < QUERY_LOG_PRUNE_EVERY; i += 1) await layer.executeQuery({ sql: 'SELECT 2 AS two' });
    const old = await engine.sink.reader.all(`SELECT 1 FROM query_executions WHERE started_at < now() - INTERVAL 1 DAY`);
    expect(old).toEqual([]);
  }, 300_000);
});
