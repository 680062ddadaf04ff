import { ErrorCodes, LivingSchemaError, isSensitiveColumn, sensitiveColumnsSchema, describeIssues, type SensitiveColumns } from '@living-schema/core';
import type { SchemaColumn, SchemaFacts } from './schema-context.js';

/** Refuses a list whose entries are not `<table>.<column>`, naming the entry. */
export function checkSensitiveColumns(entries: SensitiveColumns): void {
  const parsed = sensitiveColumnsSchema.safeParse(entries);
  if (parsed.success) return;
  const index = parsed.error.issues[0]?.path[0];
  const problems = describeIssues(parsed.error);
  throw new LivingSchemaError({
    code: ErrorCodes.CONFIG_INVALID,
    message: typeof index === 'number' ? `sensitiveColumns[${index}] is ${JSON.stringify(entries[index])}: ${parsed.error.issues[0]!.message}.` : `sensitiveColumns: ${problems.join('; ')}.`,
    details: { option: 'sensitiveColumns', problems },
  });
}

/** A column's context without anything taken from the data: name, type, counts, unit, description. */
function withoutValues(column: SchemaColumn): SchemaColumn {
  const { values: _values, examples: _examples, matches: _matches, min: _min, max: _max, ...kept } = column;
  return kept;
}

/**
 * The facts with no value of a sensitive column (see core's `sensitiveColumns`): what may be
 * rendered into a provider's prompt.
 */
export function withoutSensitiveValues(facts: SchemaFacts, entries: SensitiveColumns): SchemaFacts {
  if (entries.length === 0) return facts;
  const tables = facts.tables.map((table) => ({
    ...table,
    columns: table.columns.map((column) => (isSensitiveColumn(entries, [table.name, table.dataset], column.name) ? withoutValues(column) : column)),
  }));
  const annotationTexts = isSensitiveColumn(entries, ['annotations'], 'text');
  const entityTypes = annotationTexts ? facts.entityTypes.map((entity) => ({ ...entity, examples: [] })) : facts.entityTypes;
  return { ...facts, tables, entityTypes };
}
