/**
 * Monitoring views (seed phase 5): schema churn, slow queries and entity health, with their
 * thresholds in `monitoring_settings` so operators tune them with an UPDATE.
 */
export const MONITORING_STATEMENTS: string[] = [
  `CREATE TABLE monitoring_settings (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL, description VARCHAR NOT NULL)`,
  `INSERT INTO monitoring_settings VALUES
     ('slow_query_ms', '1000', 'A query execution at least this long (milliseconds) is slow.'),
     ('stale_days', '30', 'An entity type not seen for this many days is stale.'),
     ('rare_occurrences', '5', 'An entity type with fewer occurrences than this is rare.')`,
  // Versions and changes per day and per week, with the entity types first seen in each period.
  `CREATE VIEW schema_churn AS
     WITH versions AS (
       SELECT version, created_at, cause_kind, coalesce(json_array_length(diff), 0) AS changes FROM schema_snapshots
     ),
     periods AS (
       SELECT 'day' AS granularity, date_trunc('day', created_at) AS period, version, changes FROM versions
       UNION ALL
       SELECT 'week' AS granularity, date_trunc('week', created_at) AS period, version, changes FROM versions
     ),
     churn AS (
       SELECT granularity, period, count(*) AS versions, sum(changes) AS changes, min(version) AS first_version, max(version) AS last_version
       FROM periods GROUP BY granularity, period
     ),
     entities AS (
       SELECT 'day' AS granularity, date_trunc('day', created_at) AS period, count(*) AS new_entity_types FROM entity_types GROUP BY 2
       UNION ALL
       SELECT 'week' AS granularity, date_trunc('week', created_at) AS period, count(*) AS new_entity_types FROM entity_types GROUP BY 2
     )
     SELECT c.granularity, c.period, c.versions, c.changes, c.first_version, c.last_version, coalesce(e.new_entity_types, 0) AS new_entity_types
     FROM churn c LEFT JOIN entities e USING (granularity, period)`,
  // Executions at or over the threshold, with the percentiles of their schema version.
  `CREATE VIEW slow_queries AS
     WITH threshold AS (SELECT CAST(value AS DOUBLE) AS ms FROM monitoring_settings WHERE key = 'slow_query_ms'),
     stats AS (
       SELECT schema_version, count(*) AS executions,
              quantile_cont(duration_ms, 0.5) AS p50_ms, quantile_cont(duration_ms, 0.95) AS p95_ms, quantile_cont(duration_ms, 0.99) AS p99_ms
       FROM query_executions WHERE duration_ms IS NOT NULL GROUP BY schema_version
     )
     SELECT e.execution_id, e.started_at, e.schema_version, e.mode, e.status, e.duration_ms, e.row_count, e.question, e.sql, e.report_id,
            s.executions AS executions_in_version, s.p50_ms, s.p95_ms, s.p99_ms
     FROM query_executions e
     JOIN stats s ON s.schema_version IS NOT DISTINCT FROM e.schema_version, threshold t
     WHERE e.duration_ms >= t.ms`,
  // Stale and rare entity types and the review queue.
  `CREATE VIEW entity_health AS
     WITH settings AS (
       SELECT max(CASE WHEN key = 'stale_days' THEN CAST(value AS INTEGER) END) AS stale_days,
              max(CASE WHEN key = 'rare_occurrences' THEN CAST(value AS BIGINT) END) AS rare_occurrences
       FROM monitoring_settings
     ),
     queue AS (SELECT count(*) AS depth FROM entity_conflicts WHERE status = 'pending')
     SELECT e.id, e.name, e.status, e.alias_of, e.occurrence_count, e.first_seen, e.last_seen,
            CAST(date_diff('day', e.last_seen, now()) AS INTEGER) AS days_since_seen,
            coalesce(e.last_seen < now() - to_days(s.stale_days), false) AS stale,
            e.occurrence_count < s.rare_occurrences AS rare,
            (SELECT count(*) FROM entity_conflicts c
              WHERE c.status = 'pending' AND c.subject = 'entity_type' AND (c.candidate_id = e.id OR c.existing_id = e.id OR c.candidate_name = e.name OR c.existing_name = e.name)) AS pending_conflicts,
            q.depth AS conflict_queue_depth
     FROM entity_types e, settings s, queue q`,
];
