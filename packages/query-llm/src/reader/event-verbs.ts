/**
 * The verb of a row's own event: "how many exams were sat in June 2025", "orders placed in the 7
 * days before 2025-06-30", "deliveries delivered after 1 July 2024". Standing right before a time
 * expression (or the prepositions that open one), a verb that says a thing happened, or one that
 * shares its root with what the rows are (deliveries: delivered), says *when the row happened*:
 * the time applies to the table's event date, and the verb is placed. Any other verb ("renewed
 * in May" of loans) may name a different event, one with no date here, and stays unplaced, so
 * the question is refused rather than answered for the wrong date.
 */
import type { SchemaColumn, SchemaTable } from '../schema-context.js';
import type { ColumnMention } from './reading.js';
import { isDate, nameWords, primaryDateColumn, recordedDateOf, rowWordsOf, sameRoot } from './column-kinds.js';
import type { GrainClaim, TimeRange } from './time-expressions.js';
import type { Token } from './tokens.js';
import { moneyWordAt } from './money-words.js';

/** Verbs that say a thing came about or took place, whatever the thing is. */
const HAPPENED = new Set([
  'placed', 'sat', 'held', 'arrived', 'received', 'started', 'began', 'begun', 'created', 'booked', 'issued', 'opened',
  'raised', 'reported', 'entered', 'conducted', 'performed', 'carried', 'run', 'ran', 'given',
  'arrive', 'start', 'begin', 'open', 'receive',
]);

/** Words allowed between the verb and the time expression ("sat in the 14 days before ..."). */
const OPENERS = new Set(['in', 'on', 'during', 'between', 'after', 'before', 'since', 'from', 'the', 'within', 'out', 'over']);

/** Where the question's time expressions start: its ranges, its grain ("each month"), a year. */
export function timeStarts(ranges: TimeRange[], grain: GrainClaim | null, tokens: Token[]): number[] {
  const years = tokens.filter((t) => /^(19|20)\d{2}$/.test(t.lower)).map((t) => t.index);
  return [...ranges.flatMap((r) => [r.position, r.tokens[0]!]), ...(grain ? [grain.tokens[0]!] : []), ...years];
}

/** Whether a time expression starts within three opener words after token `i`. */
function timeFollows(tokens: Token[], i: number, starts: number[]): boolean {
  for (let k = i + 1; k <= i + 4 && k < tokens.length; k += 1) {
    if (starts.includes(k)) return true;
    if (!OPENERS.has(tokens[k]!.lower)) return false;
  }
  return false;
}

/** Whether `word` is a verb naming the rows' own event: a happening, or a verb of the row noun. */
function namesTheRowsEvent(word: string, table: SchemaTable): boolean {
  if (HAPPENED.has(word)) return true;
  return /ed$/.test(word) && rowWordsOf(table).some((w) => sameRoot(word, w));
}

const asksWhen = (tokens: Token[]) => tokens[0]?.lower === 'when';

/**
 * Places (adds to `used`) each unplaced verb of the rows' event that stands before a time
 * expression, or that a "when" question asks about ("when was order ORD-5 placed"), when the
 * table has an event date for it.
 */
export function placeEventVerbs(tokens: Token[], starts: number[], table: SchemaTable, used: Set<number>): void {
  if (!primaryDateColumn(table)) return;
  for (const [i, token] of tokens.entries()) {
    // "total raised by quarter": money asked for, not when the rows happened.
    if (used.has(i) || !namesTheRowsEvent(token.lower, table) || moneyWordAt(tokens, i)) continue;
    if (asksWhen(tokens) || timeFollows(tokens, i, starts)) used.add(i);
  }
}

/**
 * The date field a word names when it stands before a time expression, or in a "when" question,
 * and shares its root with exactly one date field: "fines paid in Q1 2025" (paid_on beside a
 * yes/no `paid`), "when was delivery D2 paid". The word then says which date the time is on; it
 * is not a yes/no filter.
 */
export function dateNamedAt(tokens: Token[], i: number, starts: number[], table: SchemaTable): SchemaColumn | undefined {
  if (!asksWhen(tokens) && !timeFollows(tokens, i, starts)) return undefined;
  const word = tokens[i]!.lower;
  const owners = table.columns.filter((c) => isDate(c) && nameWords(c.name).some((w) => sameRoot(w, word)));
  return owners.length === 1 ? owners[0] : undefined;
}

/**
 * The date a "when" question asks for when it names no date field but the rows' event ("when
 * was order ORD-5 placed"): the table's event date, as a mention at the verb.
 */
export function eventDateAsked(tokens: Token[], table: SchemaTable): ColumnMention | undefined {
  if (!asksWhen(tokens)) return undefined;
  const verb = tokens.find((t) => namesTheRowsEvent(t.lower, table));
  const column = verb ? primaryDateColumn(table) : undefined;
  return column && verb ? { table, column, position: verb.index } : undefined;
}

/**
 * "When was delivery D002718 paid?": a verb that starts the name of exactly one date field
 * (`paid_on`, `dispatched_at`) asks for that date, though "paid" alone is a word any question
 * uses; a verb of making asks for the date the row was recorded.
 */
export function dateOfVerb(tokens: Token[], table: SchemaTable): ColumnMention | undefined {
  if (!asksWhen(tokens)) return undefined;
  const dates = table.columns.filter(isDate);
  for (const token of tokens.slice(1)) {
    const owners = dates.filter((c) => sameRoot(nameWords(c.name)[0] ?? '', token.lower));
    if (owners.length === 1 && /ed$|^paid$/.test(token.lower)) return { table, column: owners[0]!, position: token.index };
  }
  return undefined;
}

/** Verbs that say a row was made, not that its event took place. */
const MADE = new Set(['made', 'placed', 'created', 'booked', 'submitted', 'logged', 'filed', 'raised', 'entered']);

/**
 * "how many bookings were made in the 7 days before 2025-06-01": a verb of making right before
 * a time puts the time on the date the row was recorded (`booked_at`), not the date its event
 * takes place (`class_date`), when the table has exactly one such date.
 */
export function madeOn(tokens: Token[], timeAt: number, table: SchemaTable): SchemaColumn | undefined {
  for (let k = timeAt - 1; k >= Math.max(0, timeAt - 4); k -= 1) {
    const word = tokens[k]!.lower;
    if (MADE.has(word)) return recordedDateOf(table);
    if (!OPENERS.has(word)) return undefined;
  }
  return undefined;
}
