/**
 * The store's own tables, in two circles, defined once for the SQL guard and the prompt.
 *
 * `PRIVATE_TABLES` hold other users' questions, SQL and answers, or the store's machinery: the
 * query log, saved reports and their checks, verified pairs and feedback, the batch ledger,
 * source cursors and migrations. Untrusted SQL never reads them, by any path (the guard in
 * sink-duckdb resolves every table reference of the parsed statement against this set).
 *
 * `STORE_TABLES` add the catalog and the ledger's readable tables: a user's SQL may read those,
 * but a question is never about them, so no prompt lists them (query-llm drops them from the
 * schema context).
 */
export const PRIVATE_TABLES: ReadonlySet<string> = new Set([
  'query_executions',
  'saved_queries',
  'report_checks',
  'verified_pairs',
  'answer_feedback',
  'ingest_batches',
  'source_sync_state',
  'discovery_batches',
  'monitoring_settings',
  'living_schema_migrations',
]);

export const STORE_TABLES: ReadonlySet<string> = new Set([
  ...PRIVATE_TABLES,
  'quarantine',
  'datasets',
  'entity_types',
  'field_definitions',
  'schema_snapshots',
  'entity_conflicts',
  'catalog_descriptions',
  'entity_aliases',
  'field_aliases',
  'field_synonyms',
  'relationships',
  // Monitoring views: each reads the query log or the ledger.
  'schema_churn',
  'slow_queries',
  'entity_health',
]);
