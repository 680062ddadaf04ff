/** What a field is, as the reader sees it: a number, a date, a year, a key. */
import type { SchemaColumn, SchemaTable } from '../schema-context.js';

const NUMERIC = /INT|DOUBLE|FLOAT|DECIMAL|REAL|NUMERIC/i;
const DATE_TYPE = /DATE|TIME/i;

export const isNumeric = (c: SchemaColumn) => NUMERIC.test(c.type);
export const isDate = (c: SchemaColumn) => DATE_TYPE.test(c.type) || Boolean(c.dateLike);
// founded_year, year, model_yr; not years_of_service (a duration).
export const isYearColumn = (c: SchemaColumn) =>
  isNumeric(c) && (/(^|_)(year|yr)(_|$)/i.test(c.name) || /[a-z]Year$/.test(c.name) || (typeof c.min === 'number' && typeof c.max === 'number' && c.min >= 1800 && c.max <= 2200 && Number.isInteger(c.min)));


/** A field (nearly) unique per row: an id, a name. */
export function isKeyLike(column: SchemaColumn, table: SchemaTable): boolean {
  return column.distinct !== undefined && column.distinct >= table.rows * 0.9;
}

/**
 * The date a table's rows happen on when the question names none ("loans per month"): the
 * first date field in the export's order, which is where exports put the event's own date
 * (checkout before due and return, created before closed, started before ended).
 */
export function primaryDateColumn(table: SchemaTable): SchemaColumn | undefined {
  return table.columns.find((c) => isDate(c) && !isYearColumn(c));
}


/** A reader-side mark: this field points at another table's key (from the relationships). */
export type ReaderColumn = SchemaColumn & { reference?: boolean };

/**
 * An identifier: named as one (`*_id`, `*_code`, `*_no`, `*_key`) or pointing at a lookup's key.
 * Never summed or ranked by; grouped by like a category.
 */
export function isIdentifier(column: SchemaColumn): boolean {
  return /(^|_)(id|no|code|key)$/i.test(column.name) || Boolean((column as ReaderColumn).reference);
}

/** The tables with each relationship's `from` field marked as a reference (copies; the input is not changed). */
export function markReferences(tables: SchemaTable[], relationships: Array<{ from: { table: string; column: string } }>): SchemaTable[] {
  if (relationships.length === 0) return tables;
  return tables.map((table) => ({
    ...table,
    columns: table.columns.map((column) => (relationships.some((r) => r.from.table === table.name && r.from.column === column.name) ? { ...column, reference: true } : column)),
  }));
}
