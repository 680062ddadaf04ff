import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './duckdb-migrations.js';

async function database() {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  for (const migration of MIGRATIONS) for (const statement of migration.statements) await connection.run(statement);
  const rows = async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJson();
  return { connection, rows };
}

describe('monitoring views', () => {
  it('schema_churn counts versions, changes and new entity types per day and week', async () => {
    const { connection, rows } = await database();
    await connection.run(`INSERT INTO schema_snapshots VALUES (2, 'h2', TIMESTAMPTZ '2026-11-02 10:00:00+00', 'batch', 'b1', NULL, '[{"a":1},{"b":2}]', '{}'),
      (3, 'h3', TIMESTAMPTZ '2026-11-02 11:00:00+00', 'resolution', '7', NULL, '[{"a":1}]', '{}'), (4, 'h4', TIMESTAMPTZ '2026-11-10 09:00:00+00', 'batch', 'b2', NULL, '[]', '{}')`);
    await connection.run(`INSERT INTO entity_types (id, name, normalized_name, original_name, status, occurrence_count, created_at, updated_at)
      VALUES (1, 'FLAG', 'flag', 'FLAG', 'active', 3, TIMESTAMPTZ '2026-11-02 10:00:00+00', now()), (2, 'PORT', 'port', 'PORT', 'active', 3, TIMESTAMPTZ '2026-11-02 10:00:00+00', now())`);
    const days = await rows(`SELECT strftime(period, '%Y-%m-%d') AS day, versions, changes, new_entity_types FROM schema_churn WHERE granularity = 'day' AND period BETWEEN '2026-11-01' AND '2026-11-15' ORDER BY period`);
    expect(days).toEqual([
      { day: '2026-11-02', versions: '2', changes: '3', new_entity_types: '2' },
      { day: '2026-11-10', versions: '1', changes: '0', new_entity_types: '0' },
    ]);
    const weeks = await rows(`SELECT versions FROM schema_churn WHERE granularity = 'week' AND period BETWEEN '2026-10-26' AND '2026-11-15' ORDER BY period`);
    expect(weeks).toEqual([{ versions: '2' }, { versions: '1' }]);
  });

  it('slow_queries lists executions over the configured threshold with their version percentiles', async () => {
    const { connection, rows } = await database();
    const insert = (id: string, ms: number, version: number) =>
      connection.run(`INSERT INTO query_executions (execution_id, sql, mode, schema_version, started_at, duration_ms, row_count, status) VALUES ('${id}', 'SELECT 1', 'live', ${version}, now(), ${ms}, 1, 'ok')`);
    for (const [i, ms] of [10, 20, 30, 40, 2500].entries()) await insert(`q${i}`, ms, 2);
    await insert('other', 1500, 3);
    expect(await rows(`SELECT execution_id, schema_version, p50_ms FROM slow_queries ORDER BY duration_ms DESC`)).toEqual([
      { execution_id: 'q4', schema_version: 2, p50_ms: 30 },
      { execution_id: 'other', schema_version: 3, p50_ms: 1500 },
    ]);
    await connection.run(`UPDATE monitoring_settings SET value = '2000' WHERE key = 'slow_query_ms'`);
    expect(await rows(`SELECT execution_id FROM slow_queries`)).toEqual([{ execution_id: 'q4' }]);
  });

  it('entity_health flags stale and rare entity types and counts the conflict queue', async () => {
    const { connection, rows } = await database();
    await connection.run(`INSERT INTO entity_types (id, name, normalized_name, original_name, status, occurrence_count, last_seen, created_at, updated_at) VALUES
      (1, 'FLAG', 'flag', 'FLAG', 'active', 500, now() - INTERVAL 1 DAY, now(), now()),
      (2, 'OLD_LABEL', 'old label', 'OLD_LABEL', 'active', 40, now() - INTERVAL 90 DAY, now(), now()),
      (3, 'FLGA', 'flga', 'FLGA', 'pending_review', 2, now(), now(), now())`);
    await connection.run(`INSERT INTO entity_conflicts (id, subject, candidate_name, existing_name, candidate_id, existing_id, similarity, reason, detected_at) VALUES (1, 'entity_type', 'FLGA', 'FLAG', 3, 1, 0.9, 'typo', now())`);
    expect(await rows(`SELECT name, stale, rare, pending_conflicts, conflict_queue_depth FROM entity_health ORDER BY id`)).toEqual([
      { name: 'FLAG', stale: false, rare: false, pending_conflicts: '1', conflict_queue_depth: '1' },
      { name: 'OLD_LABEL', stale: true, rare: false, pending_conflicts: '0', conflict_queue_depth: '1' },
      { name: 'FLGA', stale: false, rare: true, pending_conflicts: '1', conflict_queue_depth: '1' },
    ]);
  });
});
