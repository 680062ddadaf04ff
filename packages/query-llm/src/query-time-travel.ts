import { ErrorCodes, LivingSchemaError, quoteIdentifier } from '@living-schema/core';
import { stripLiteralsAndComments, type ValidatedSql } from './sql-validator.js';

/** ISO 8601 date or timestamp, optionally with a zone; strict so it can be written into SQL. */
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/;

/** Checks an as-of moment and returns it as DuckDB accepts it. */
export function parseAsOf(asOf: string | Date): string {
  if (asOf instanceof Date) {
    if (Number.isNaN(asOf.getTime())) throw invalidAsOf(String(asOf));
    return asOf.toISOString();
  }
  const text = asOf.trim();
  const forDate = text.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00').replace(/(\.\d{3})\d+/, '$1');
  if (!ISO_MOMENT.test(text) || Number.isNaN(new Date(forDate).getTime())) throw invalidAsOf(asOf);
  return text;
}

function invalidAsOf(value: string): LivingSchemaError {
  return new LivingSchemaError({
    code: ErrorCodes.CONFIG_INVALID,
    message: `"${value}" is not an ISO 8601 moment; use e.g. 2026-11-24 or 2026-11-24T10:00:00Z.`,
    details: { asOf: value },
  });
}

/**
 * Rewrites a validated SELECT so it sees the data as it stood at `asOf`: every referenced table
 * or view that records its ingestion time is shadowed by a CTE of the same name holding only the
 * rows ingested up to then. Qualified references (`main.annotations`) are rewritten to the
 * shadow's name, so no spelling escapes the filter. Tables without an ingestion column (catalog,
 * bookkeeping) are read as they are now. A table whose rows can also be superseded (annotations,
 * whose replaced answers move to a history table) has a table macro `<table>_as_of(moment)` that
 * returns the rows current at the moment; its shadow reads that instead.
 *
 * @param ingestionColumns table name (lower-case) -> its ingestion-time column
 * @param asOfMacros tables (lower-case) that have a `<table>_as_of` table macro
 */
export function rewriteAsOf(
  validated: ValidatedSql,
  asOf: string,
  ingestionColumns: ReadonlyMap<string, string>,
  asOfMacros: ReadonlySet<string> = new Set(),
): { sql: string; shadowed: string[] } {
  const versioned = (table: string) => ingestionColumns.has(table) || asOfMacros.has(table);
  const shadowed = [...new Set(validated.references.map((r) => r.table))].filter(versioned).sort();
  if (shadowed.length === 0) return { sql: validated.sql, shadowed };
  const collision = shadowed.find((t) => validated.cteNames.includes(t));
  if (collision) {
    throw new LivingSchemaError({
      code: ErrorCodes.QUERY_REFUSED,
      message: `Refused (time-travel): the query defines a CTE named "${collision}", the name of a table it must read as of ${asOf}; rename the CTE.`,
      details: { rule: 'time-travel', cte: collision },
    });
  }
  // Splice from the end so earlier indexes stay valid.
  let sql = validated.sql;
  const references = validated.references.filter((r) => versioned(r.table) && (r.schema !== '' || r.catalog !== '')).sort((a, b) => b.start - a.start);
  for (const reference of references) {
    sql = `${sql.slice(0, reference.start)}${quoteIdentifier(reference.table)}${sql.slice(reference.end)}`;
  }
  const moment = `TIMESTAMPTZ '${asOf}'`;
  const shadows = shadowed.map((table) =>
    asOfMacros.has(table)
      ? `${quoteIdentifier(table)} AS (SELECT * FROM main.${quoteIdentifier(`${table}_as_of`)}(${moment}))`
      : `${quoteIdentifier(table)} AS (SELECT * FROM main.${quoteIdentifier(table)} WHERE ${quoteIdentifier(ingestionColumns.get(table)!)} <= ${moment})`,
  );
  const head = /^(\s*(?:--[^\n]*\n|\/\*[\s\S]*?\*\/|\s)*)/.exec(sql)?.[1] ?? '';
  const body = sql.slice(head.length);
  const withMatch = /^with(\s+recursive)?\s+/i.exec(stripLiteralsAndComments(body));
  if (withMatch) {
    const keyword = /^with(\s+recursive)?\s+/i.exec(body)!;
    return { sql: `${head}${keyword[0]}${shadows.join(', ')}, ${body.slice(keyword[0].length)}`, shadowed };
  }
  return { sql: `${head}WITH ${shadows.join(', ')}\n${body}`, shadowed };
}
