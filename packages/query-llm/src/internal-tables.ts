import { ErrorCodes, LivingSchemaError } from '@living-schema/core';
import type { SchemaFacts } from './schema-context.js';
import type { ValidatedSql } from './sql-validator.js';

/**
 * The store's own tables and views: the query log, reports, feedback, the ingest ledger and the
 * catalog's internals. A question is never about them, and listing them invites a model to read
 * other users' questions and SQL (`SELECT question, sql FROM query_executions`). The SQL guard
 * refuses them from the parsed statement; this list keeps them out of every prompt.
 */
export const INTERNAL_TABLES: ReadonlySet<string> = new Set([
  'query_executions',
  'saved_queries',
  'report_checks',
  'verified_pairs',
  'answer_feedback',
  'ingest_batches',
  'quarantine',
  'discovery_batches',
  'source_sync_state',
  'datasets',
  'entity_types',
  'field_definitions',
  'schema_snapshots',
  'entity_conflicts',
  'catalog_descriptions',
  'entity_aliases',
  'field_aliases',
  'relationships',
  // Monitoring: its settings, and views that each read the query log or the ledger.
  'monitoring_settings',
  'schema_churn',
  'slow_queries',
  'entity_health',
]);

/** True for a table or view of the store itself (see `INTERNAL_TABLES`), by name. */
export function isInternalTable(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    INTERNAL_TABLES.has(lower) ||
    lower.startsWith('living_schema') ||
    lower.startsWith('duckdb_') ||
    lower.startsWith('__')
  );
}

/** The facts with every internal table dropped, so no context rendered from them lists one. */
export function userFacingFacts(facts: SchemaFacts): SchemaFacts {
  return {
    ...facts,
    tables: facts.tables.filter((table) => !isInternalTable(table.name)),
    otherTables: facts.otherTables.filter((name) => !isInternalTable(name)),
  };
}

/**
 * Refuses generated SQL that reads an internal table: the prompt never listed one, so such SQL
 * is a model guessing at the store's bookkeeping (or obeying an injected instruction). The
 * guard refuses these tables for all untrusted SQL; this names the problem before anything
 * runs, so the repair round can tell the model. `LS_QUERY_REFUSED` with rule `internal-table`.
 */
export function refuseInternalTables(validated: ValidatedSql): void {
  const internal = validated.tables.filter(isInternalTable);
  if (internal.length === 0) return;
  throw new LivingSchemaError({
    code: ErrorCodes.QUERY_REFUSED,
    message: `Refused (internal-table): the SQL reads ${internal.join(
      ', ',
    )}, the store's own bookkeeping; a question may read only the tables listed.`,
    details: { rule: 'internal-table', tables: internal },
  });
}
