/**
 * The grain of a table: what one of its rows is, and the coarser things its rows belong to. A
 * table's name says both. Its head noun (the last word, singular: `invoice_lines` -> line, or the
 * semantic layer's `rowNoun`) is the row; another word of the name (`invoice`) that an
 * identifier field repeats (`invoice_no`, `Invoice ID`, `invoiceRef`) names a thing many rows
 * share. "How many invoices" then counts that identifier distinct, and "invoices per customer"
 * counts it distinct in each group, where counting rows would count lines. A word of the name
 * that no identifier repeats still names the rows, as before.
 */
import { quoteIdentifier, rowNounOf } from '@living-schema/core';
import { stem } from '../query-words.js';
import type { SchemaColumn, SchemaTable } from '../schema-context.js';
import { isScore, type ReaderColumn } from './column-kinds.js';
import type { ColumnMention, ValueMatch } from './reading.js';
import type { Token } from './tokens.js';

/** A coarser thing a table's rows belong to: the word that names it and the field that identifies it. */
export interface CoarserGrain {
  word: string;
  column: SchemaColumn;
}

/** What one row of a table is, and the coarser things named in the table's name. */
export interface TableGrain {
  /** The head noun, stemmed: `order_items` -> item. */
  rowWord: string;
  coarser: CoarserGrain[];
}

/** The last words of an identifier's name: `_id`, ` No`, `Ref`, `_number`, `code`, `key`. */
const IDENTIFIER_WORD = /^(id|no|nr|num|number|ref|reference|code|key)$/;

const wordsOf = (name: string) =>
  name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).map(stem);

/**
 * The identifier that repeats `word`: a field named the word and nothing but identifier words
 * after it (`order_id`, `Order ID`, `order_no`, `orderRef`), by its name or its header as exported.
 */
function identifierOf(word: string, table: SchemaTable): SchemaColumn | undefined {
  const repeats = (name: string) => {
    const [first, ...rest] = wordsOf(name);
    return first === word && rest.length > 0 && rest.every((w) => IDENTIFIER_WORD.test(w));
  };
  return table.columns.find((c) => repeats(c.name) || (c.originalName !== undefined && repeats(c.originalName)));
}

/**
 * The grain of `table`, read from the dataset's name (a joined reading's table is named after its
 * fact table, `<fact>_joined`, but keeps the fact's dataset).
 */
export function tableGrain(table: SchemaTable): TableGrain {
  const name = table.dataset ?? table.name;
  const rowNoun = table.rowNoun ?? rowNounOf(name);
  const rowWord = stem(rowNoun.split(' ').at(-1) ?? name);
  const coarser: CoarserGrain[] = [];
  for (const word of new Set(wordsOf(name))) {
    if (word === rowWord) continue;
    const column = identifierOf(word, table);
    if (column) coarser.push({ word, column });
  }
  coarser.push(...sharedIdentifiers(table, rowWord, coarser));
  return { rowWord, coarser };
}

/**
 * "How many orders" of wine sales whose `Order No` repeats on every line of an order: an
 * identifier of the table's own that several rows share names a coarser thing, whether or not
 * the table's name says it. A reference to a looked-up table (`customer_ref`) is not one: its
 * rows are the lookup's to count.
 */
function sharedIdentifiers(table: SchemaTable, rowWord: string, known: CoarserGrain[]): CoarserGrain[] {
  const found: CoarserGrain[] = [];
  for (const column of table.columns) {
    const reader = column as ReaderColumn;
    if (reader.reference || reader.lookup || column.distinct === undefined || column.distinct >= table.rows * 0.9) continue;
    const [word, ...rest] = wordsOf(column.originalName ?? column.name);
    if (!word || word === rowWord || rest.length === 0 || !rest.every((w) => IDENTIFIER_WORD.test(w))) continue;
    if (![...known, ...found].some((c) => c.word === word)) found.push({ word, column });
  }
  return found;
}

/** "orders", "invoices", "batches": the plural of the stem, not its verb ("ordered"). */
const isPlural = (token: Token) => token.lower !== token.stem && /s$/.test(token.lower);

/**
 * The thing a question counts, where it names the table's rows or a coarser grain: the first
 * plural word of the table's name from `from` on (the word after "how many" / "number of"), else
 * anywhere ("orders per month", "the most orders"). A singular word qualifies another noun
 * ("order lines" are rows) and is passed over. `skip` are positions already read as values;
 * `grouped` is the field grouped by, whose grain is never the one counted.
 */
export function countedGrain(tokens: Token[], grain: TableGrain, from: number, skip: ReadonlySet<number>, grouped?: string): CoarserGrain | undefined {
  // The grain grouped by is one per group: "the 3 stops with the most departures" counts departures.
  const counts = (c: CoarserGrain) => c.column.name !== grouped;
  const named = (t: Token) => !skip.has(t.index) && isPlural(t) && (t.stem === grain.rowWord || grain.coarser.some((c) => c.word === t.stem && counts(c)));
  const counted = (from >= 0 ? tokens.slice(from).find(named) : undefined) ?? tokens.find(named);
  return counted ? grain.coarser.find((c) => c.word === counted.stem && counts(c)) : undefined;
}

/** Words before a singular noun that make it the thing averaged over: "per invoice", "an invoice". */
const ONE_OF = /^(per|each|every|an?)$/;

/**
 * The coarser grain an average is taken over: "the average invoice amount" (the grain's word,
 * singular, right before the field averaged) or "the average amount per invoice" ("per", "each",
 * "an" before it). Then the field is added up per invoice, not averaged over lines. `skip` are
 * positions already read as values.
 */
export function averagedGrain(tokens: Token[], grain: TableGrain, measure: ColumnMention, skip: ReadonlySet<number>): CoarserGrain | undefined {
  // A rating added up per class means nothing: a score is averaged over the rows that give it.
  if (isScore(measure.column)) return undefined;
  const measurePosition = measure.position;
  // "the average berth fee" of berth_fee_gbp: a word of the field's own name is its name, not a grain.
  const fieldWords = new Set(wordsOf(measure.column.name));
  // "an invoice line" is a row: the word qualifies the head noun there.
  const over = tokens.find((t) => !skip.has(t.index) && !isPlural(t) && grain.coarser.some((c) => c.word === t.stem)
    && !(t.index === measurePosition - 1 && fieldWords.has(t.stem))
    && tokens[t.index + 1]?.stem !== grain.rowWord
    && (t.index === measurePosition - 1 || ONE_OF.test(tokens[t.index - 1]?.lower ?? '')));
  return over ? grain.coarser.find((c) => c.word === over.stem) : undefined;
}

/** The SQL of an average of `column`: over the rows, or its total per coarser thing (`sum / count distinct`). */
export function averageExpression(column: SchemaColumn, over: CoarserGrain | undefined): string {
  const field = quoteIdentifier(column.name);
  return over ? `sum(${field}) / ${countExpression(over)}` : `avg(${field})`;
}

/** The SQL that counts what the question counts: the rows, or a coarser grain's identifier distinct. */
export function countExpression(counted: CoarserGrain | undefined): string {
  return counted ? `count(DISTINCT ${quoteIdentifier(counted.column.name)})` : 'count(*)';
}

/** Whether an aggregate is a count of rows or of a coarser grain (one per group when grouped by a key). */
export const isGrainCount = (aggregate: string) => aggregate === 'count(*)' || aggregate.startsWith('count(DISTINCT ');

/** What the grain stage reads from a question: what counts count, what an average is over, the grouping. */
export interface GrainReading {
  /** `count(*)`, or a coarser grain's identifier distinct. */
  rowCount: string;
  /** The same per value of a field grouped by: that field's own grain is never the one counted. */
  rowCountPer: (column: string) => string;
  averagedOver: CoarserGrain | undefined;
  /** The grouping the question asks for; none when it only names the grain averaged over ("per invoice"). */
  groupMention: ColumnMention | undefined;
}

/**
 * The grain stage: reads which grain the question counts and averages over. `countedFrom` is the
 * position after "how many" / "number of" (-1 if none); words of the values found are passed over.
 */
export function readGrain(table: SchemaTable, tokens: Token[], r: { countedFrom: number; values: ValueMatch[]; measure: ColumnMention | undefined; average: boolean; groupMention: ColumnMention | undefined }): GrainReading {
  const grain = tableGrain(table);
  const skip = new Set(r.values.flatMap((v) => Array.from({ length: v.end - v.start }, (_, k) => v.start + k)));
  const rowCountPer = (column?: string) => countExpression(countedGrain(tokens, grain, r.countedFrom, skip, column));
  const rowCount = rowCountPer(r.groupMention?.column.name);
  const averagedOver = r.average && r.measure ? averagedGrain(tokens, grain, r.measure, skip) : undefined;
  // "the average amount per invoice" is one average over invoices, not one per invoice.
  const perGrainOnly = averagedOver && r.groupMention?.column.name === averagedOver.column.name;
  return { rowCount, rowCountPer, averagedOver, groupMention: perGrainOnly ? undefined : r.groupMention };
}
