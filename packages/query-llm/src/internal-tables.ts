import { ErrorCodes, LivingSchemaError, STORE_TABLES } from '@living-schema/core';
import type { SchemaFacts } from './schema-context.js';
import type { ValidatedSql } from './sql-validator.js';

/**
 * The store's own tables and views (core's `STORE_TABLES`: the query log, reports, feedback, the
 * ingest ledger and the catalog's internals). A question is never about them, and listing them
 * invites a model to read other users' questions and SQL (`SELECT question, sql FROM
 * query_executions`). The SQL guard refuses the private ones from the parsed statement; this
 * list keeps all of them out of every prompt.
 */
export const INTERNAL_TABLES: ReadonlySet<string> = STORE_TABLES;

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
