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

