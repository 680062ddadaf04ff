/** What a field is, as the reader sees it: a number, a date, a year, a key. */
import { quoteIdentifier, rowNounOf, toSnakeCase, unitOfColumnName } from '@living-schema/core';
import type { SchemaColumn, SchemaTable } from '../schema-context.js';
import type { ColumnMention } from './reading.js';
import type { Token } from './tokens.js';

const NUMERIC = /INT|DOUBLE|FLOAT|DECIMAL|REAL|NUMERIC/i;
// A TIME is a time of day, not a day: no date range or month can be read from it.
const DATE_TYPE = /DATE|TIMESTAMP/i;

export const isNumeric = (c: SchemaColumn) => NUMERIC.test(c.type);
/** The values the context knows of a field: its examples and the values matched in the question. */
export const knownValues = (column: SchemaColumn | undefined): string[] => [...(column?.values ?? []), ...(column?.matches ?? [])];
export const isDate = (c: SchemaColumn) => DATE_TYPE.test(c.type) || Boolean(c.dateLike);
/** A date field as SQL compares it: as it is when typed a date, else its text read as a date. */
export function dateExpression(column: SchemaColumn): string {
  const q = quoteIdentifier(column.name);
  return DATE_TYPE.test(column.type) ? q : `TRY_CAST(${q} AS DATE)`;
}
/** A rating, score, grade or percentage: a value no total of which means anything. */
const SCORE = /(^|_)(rating|ratings|score|scores|grade|stars|csat|nps|satisfaction|percent|percentage|pct)(_|$)/;
export const isScore = (c: SchemaColumn) => SCORE.test(toSnakeCase(c.name)) || unitOfColumnName(c.name)?.code === 'pct';
// founded_year, year, model_yr; not years_of_service (a duration).
// A field named for a year whose values are no years (`year_group` 10..13) is not one.
const yearsInRange = (c: SchemaColumn) => typeof c.min === 'number' && typeof c.max === 'number' && c.min >= 1800 && c.max <= 2200 && Number.isInteger(c.min);
const rangeUnknown = (c: SchemaColumn) => typeof c.min !== 'number' || typeof c.max !== 'number';
export const isYearColumn = (c: SchemaColumn) =>
  isNumeric(c) && (((/(^|_)(year|yr)(_|$)/i.test(c.name) || /[a-z]Year$/.test(c.name)) && (rangeUnknown(c) || yearsInRange(c))) || yearsInRange(c));


/** A field (nearly) unique per row: an id, a name. */
export function isKeyLike(column: SchemaColumn, table: SchemaTable): boolean {
  return column.distinct !== undefined && column.distinct >= table.rows * 0.9;
}

/**
 * The date a table's rows happen on when the question names none ("appointments per month"):
 * the table's own date fields (a looked-up thing's dates and birth dates describe something
 * else), ranked by what their names say: one named after the rows ("loaned_on" in loans), then
 * one that says when the row takes place ("scheduled_at", "start_time", a bare "date"), then one
 * that says when it was recorded ("created", "booked", "reported"). Dates that end or follow the
 * row (closed, due, paid, returned) never win alone; nor does a date missing from more than a
 * few rows while a date of the row's own event has every row's; of dates ranked alike, the first
 * in the export's order.
 */
export function primaryDateColumn(table: SchemaTable): SchemaColumn | undefined {
  const dates = table.columns.filter((c) => isDate(c) && !isYearColumn(c) && !BIRTH.test(c.name));
  const own = dates.filter((c) => !(c as ReaderColumn).lookup);
  const mine = own.length ? own : dates;
  if (mine.length <= 1) return mine[0];
  const rowWords = rowWordsOf(table);
  // A date some rows lack (collected_at of a missed collection) cannot place every row in time,
  // when a date every row has says the row takes place or is recorded then (scheduled_date). A
  // date that ends or follows the row (due_on) is never promoted so.
  const scoreOf = new Map(mine.map((column) => [column, eventScore(column, rowWords)]));
  const complete = mine.filter((c) => (c.nullShare ?? 0) < INCOMPLETE_DATE_SHARE);
  const candidates = complete.some((c) => scoreOf.get(c)! > 0) ? complete : mine;
  if (candidates.length === 1) return candidates[0];
  const scores = candidates.map((column) => scoreOf.get(column)!);
  // Of dates the names rank alike, the first in the export's order: exports put the row's own
  // date first (checkout before due and return, created before closed, check-in before out).
  return candidates[scores.indexOf(Math.max(...scores))];
}

const BIRTH = /birth|(^|_)dob(_|$)|born/i;
/** Null share from which a date is one some rows lack (a stray gap in an export is not). */
const INCOMPLETE_DATE_SHARE = 0.02;

/**
 * "pets born after 2020", "when was the oldest pet born": "born" names the table's one birth
 * date, whatever the field is called (`date_of_birth`, `dob`, `birthDate`). Places the word.
 */
export function birthMentions(tokens: Token[], table: SchemaTable, used: Set<number>): ColumnMention[] {
  const birth = birthDateOf(table);
  const at = tokens.find((t) => !used.has(t.index) && t.lower === 'born');
  if (!birth || !at) return [];
  used.add(at.index);
  return [{ table, column: birth, position: at.index }];
}

/** The table's one birth date (`date_of_birth`, `dob`), if it has exactly one. */
export function birthDateOf(table: SchemaTable): SchemaColumn | undefined {
  const births = table.columns.filter((c) => isDate(c) && BIRTH.test(c.name));
  return births.length === 1 ? births[0] : undefined;
}
const TAKES_PLACE = /^(date|day|time|timestamp|datetime)$|schedul|start|begin|occur|happen|event|held|visit/;
// When the row begins: it is recorded (created, booked), sets off (dispatched, departed) or
// arrives. A stay begins on arrival and a journey on departure, so the two rank alike and the
// export's order, which puts the row's first event first, tells them apart.
const RECORDED = /creat|open|submit|report|receiv|log|plac|book|regist|raise|file|record|issu|order|dispatch|ship|sent|depart|arriv|pick/;

const GENERIC = /^(date|day|time|timestamp|datetime)$/;
// Of those, the words that say the row was made (not that it set off: `dispatched_at`).
const MADE = /creat|submit|log|plac|book|regist|raise|file|record|order|enter/;

/** Whether a date field says when its row was recorded or set off (`booked_at`, `created_on`). */
export const isRecordedDate = (column: SchemaColumn) => isDate(column) && nameWords(column.name).some((w) => RECORDED.test(w));

/**
 * The one date of the table's own that says when a row was recorded (`booked_at`, `created_on`),
 * if exactly one does. Of several, the one named with a participle: of bookings' `booking_date`
 * (the day booked for) and `booked_at`, the booking was made at `booked_at`.
 */
export function recordedDateOf(table: SchemaTable): SchemaColumn | undefined {
  const recorded = table.columns.filter((c) => isRecordedDate(c) && !isYearColumn(c) && !(c as ReaderColumn).lookup);
  if (recorded.length <= 1) return recorded[0];
  const participles = recorded.filter((c) => nameWords(c.name).some((w) => MADE.test(w) && /ed$/.test(w)));
  return participles.length === 1 ? participles[0] : undefined;
}

function eventScore(column: SchemaColumn, rowWords: string[]): number {
  // "created_date": the word that says which date it is, not the word "date".
  const all = nameWords(column.name);
  const words = all.some((w) => !GENERIC.test(w)) ? all.filter((w) => !GENERIC.test(w)) : all;
  if (words.some((w) => rowWords.some((r) => sameRoot(w, r)))) return 3;
  if (words.some((w) => TAKES_PLACE.test(w))) return 2;
  if (words.some((w) => RECORDED.test(w))) return 1;
  return 0;
}

/**
 * The words that say what a table's rows are: its dataset's name (else the table's), its row
 * noun. Not the table's own name when it has a dataset: a joined reading's `fines_joined` holds fines.
 */
export const rowWordsOf = (table: SchemaTable) => [table.dataset ?? table.name, table.rowNoun ?? ''].flatMap(nameWords);

/** Of several fields, the one whose name starts with the word for the table's rows (claim_amount of claims); else none. */
export function namedForRows<T extends SchemaColumn>(columns: T[], table: SchemaTable): T | undefined {
  const rows = rowWordsOf(table);
  const named = columns.filter((c) => rows.some((w) => sameRoot(w, nameWords(c.name)[0] ?? '')));
  return named.length === 1 ? named[0] : undefined;
}

export const nameWords = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 2 && !/^(at|on|the|utc|local)$/.test(w));
// "delivered" and "deliveries", "loaned" and "loans": one root, whatever the ending.
export const sameRoot = (a: string, b: string) => (a.length >= 5 && b.length >= 5 ? a.slice(0, 5) === b.slice(0, 5) : a === b || a === `${b}s` || b === `${a}s` || a === `${b}ed` || a === `${b}d`);

/** A reader-side mark: this field points at another table's key (from the relationships). */
/** `lookup`: the field came from a looked-up table in a joined reading (its name there); `unmatched`: some fact rows reach no row of it. */
export type ReaderColumn = SchemaColumn & { reference?: boolean; lookup?: string; unmatched?: boolean };

/**
 * An identifier: named as one (`*_id`, `*_code`, `*_no`, `*_key`) or pointing at a lookup's key.
 * Never summed or ranked by; grouped by like a category.
 */
export function isIdentifier(column: SchemaColumn): boolean {
  return /(^|_)(id|no|code|key)$/i.test(column.name) || Boolean((column as ReaderColumn).reference);
}

/** The tables with each relationship's `from` field marked as a reference (copies; the input is not changed). */
export function markReferences(tables: SchemaTable[], relationships: Array<{ from: { table: string; column: string }; to?: { table: string } }>): SchemaTable[] {
  if (relationships.length === 0) return tables;
  return tables.map((table) => ({
    ...table,
    columns: table.columns.map((column) => {
      const pointing = relationships.find((r) => r.from.table === table.name && r.from.column === column.name);
      return pointing ? { ...column, reference: true, ...lookupNounAlias(column, pointing.to?.table) } : column;
    }),
  }));
}

/**
 * "the top 5 locksmiths by callouts" of callouts."Tech No" -> locksmiths: a reference named for a
 * role, not for the rows it points at, is also named by the looked-up table's noun (as a
 * reviewer's synonym would name it); none when its name already says the noun (`locksmith_id`).
 */
function lookupNounAlias(column: SchemaColumn, lookup: string | undefined): { aliases?: string[] } {
  const noun = lookup ? rowNounOf(lookup) : '';
  if (!noun || nameWords(noun).some((w) => nameWords(column.name).some((c) => sameRoot(c, w)))) return {};
  return { aliases: [...(column.aliases ?? []), noun] };
}

/** The refusal when the table has no date for `words` ("per month" of a table without dates). */
export function noEventDate(table: SchemaTable, words: string[]): { refusal: string; notUnderstood: string[] } {
  return { refusal: `${table.name} has no date field for "${words.join(' ')}".`, notUnderstood: words };
}
