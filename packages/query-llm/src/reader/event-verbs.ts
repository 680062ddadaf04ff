/**
 * The verb of a row's own event: "how many exams were sat in June 2025", "orders placed in the 7
 * days before 2025-06-30", "deliveries delivered after 1 July 2024". Standing right before a time
 * expression (or the prepositions that open one), a verb that says a thing happened, or one that
 * shares its root with what the rows are (deliveries: delivered), says *when the row happened*:
 * the time applies to the table's event date, and the verb is placed. Any other verb ("renewed
 * in May" of loans) may name a different event, one with no date here, and stays unplaced, so
 * the question is refused rather than answered for the wrong date.
 */
import type { SchemaTable } from '../schema-context.js';
import type { ColumnMention } from './reading.js';
import { nameWords, primaryDateColumn, sameRoot } from './column-kinds.js';
import type { TimeRange } from './time-expressions.js';
import type { Token } from './tokens.js';

/** Verbs that say a thing came about or took place, whatever the thing is. */
const HAPPENED = new Set([
  'placed', 'sat', 'held', 'arrived', 'received', 'started', 'began', 'begun', 'created', 'booked', 'issued', 'opened',
  'raised', 'reported', 'entered', 'conducted', 'performed', 'carried', 'run', 'ran', 'given',
  'arrive', 'start', 'begin', 'open', 'receive',
]);

/** Words allowed between the verb and the time expression ("sat in the 14 days before ..."). */
const OPENERS = new Set(['in', 'on', 'during', 'between', 'after', 'before', 'since', 'from', 'the', 'within', 'out', 'over']);

/** The first time expression starting within three opener words after token `i`. */
function timeAfter(tokens: Token[], i: number, ranges: TimeRange[]): TimeRange | undefined {
  for (let k = i + 1; k <= i + 4 && k < tokens.length; k += 1) {
    const range = ranges.find((r) => r.position === k || r.tokens[0] === k);
    if (range) return range;
    if (!OPENERS.has(tokens[k]!.lower)) return undefined;
  }
  return undefined;
}

/** Whether `word` is a verb naming the rows' own event: a happening, or a verb of the row noun. */
function namesTheRowsEvent(word: string, table: SchemaTable): boolean {
  if (HAPPENED.has(word)) return true;
  const rowWords = [table.name, table.dataset ?? '', table.rowNoun ?? ''].flatMap(nameWords);
  return /ed$/.test(word) && rowWords.some((w) => sameRoot(word, w));
}

const asksWhen = (tokens: Token[]) => tokens[0]?.lower === 'when';

/**
 * Places (adds to `used`) each unplaced verb of the rows' event that stands before a time
 * expression, or that a "when" question asks about ("when was order ORD-5 placed"), when the
 * table has an event date for it.
 */
export function placeEventVerbs(tokens: Token[], ranges: TimeRange[], table: SchemaTable, used: Set<number>): void {
  if (!primaryDateColumn(table)) return;
  for (const [i, token] of tokens.entries()) {
    if (used.has(i) || !namesTheRowsEvent(token.lower, table)) continue;
    if (asksWhen(tokens) || timeAfter(tokens, i, ranges)) used.add(i);
  }
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
