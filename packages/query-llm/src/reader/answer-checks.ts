/**
 * The reader's last stage: checks that the SQL a reading produced says what the question asked,
 * and turns it into a refusal, naming the word, when it does not. A reading that read past a word
 * gives a confident wrong answer; these catch the ways that happens whatever the phrasing: a field
 * the question names and the SQL leaves out, a ranking word with nothing ranked, and an answer
 * that only repeats the value the question gave.
 */
import { quoteIdentifier, unitOfWord } from '@living-schema/core';
import type { OfflineAnswer } from '../offline-sql.js';
import { identifierWords } from '../query-words.js';
import type { SchemaTable } from '../schema-context.js';
import { unitOfField } from './unit-fields.js';
import { isDate, isIdentifier, isKeyLike, type ReaderColumn } from './column-kinds.js';
import { COST_WORD, isMoney } from './money-words.js';
import { FILLER } from './filler-words.js';
import { SUPERLATIVE_QUANTITY } from './superlatives.js';
import { answeredTable, measureOf } from './competing-readings.js';
import { withoutJoinedScope } from './join-scope.js';
import { refuseOneRowGroups } from './one-row-groups.js';
import { refuseDroppedNegation } from './dropped-negation.js';
import type { ColumnMention, ValueMatch } from './reading.js';
import type { Token } from './tokens.js';

/** What the checks read from the question. */
export interface AnswerContext {
  tokens: Token[];
  mentions: ColumnMention[];
  tableWords: Set<string>;
  filters: ValueMatch[];
  /** The question's words outside field names ("the total cost" is no ranking word). */
  freeText: string;
  /** The table the question was read against; checks that ask which fields it has read it. */
  table?: SchemaTable;
}

/** The answer unchanged, or the first check's refusal. */
export function checkAnswer(answer: OfflineAnswer, context: AnswerContext): OfflineAnswer {
  if (!('sql' in answer)) return answer;
  const named = context.mentions.filter((m) => namesAFieldOnItsOwn(m, context.tokens, context.tableWords, context.filters));
  return (
    refuseDroppedFields(answer, named, context.tokens) ??
    refuseDroppedRanking(answer, context.freeText) ??
    refuseDroppedAggregate(answer, context.freeText) ??
    refuseTotalCounted(answer, context.tokens, context.tableWords, context.filters) ??
    refuseRowsSummed(answer, context.tokens, context.tableWords) ??
    refuseEchoedValue(answer, context.filters) ??
    refuseCountedUnit(answer, context.tokens, context.tableWords, context.table) ??
    refusePlacelessWhere(answer, context.tokens) ??
    refuseUncomparedSides(answer, context.tokens) ??
    refuseLookupMoneyForRows(answer, context.tokens, context.table) ??
    refuseTakingsForPrice(answer, context.tokens, context.table) ??
    refuseSuperlativeOfOtherQuantity(answer, context.tokens, context.table) ??
    refuseOneRowGroups(answer, context.table) ??
    refuseDroppedNegation(answer, context.tokens) ??
    answer
  );
}

/**
 * "How many parcels did Lena Patel handle" asks for rows of parcels; an answer adding up a field
 * that only contains the noun (a depot's max_daily_parcels) read the rows as a quantity.
 */
function refuseRowsSummed(answer: { sql: string }, tokens: Token[], tableWords: Set<string>): OfflineAnswer | null {
  for (let i = 0; i + 2 < tokens.length; i += 1) {
    if (tokens[i]!.lower !== 'how' || tokens[i + 1]!.lower !== 'many') continue;
    const noun = tokens[i + 2]!;
    if (!tableWords.has(noun.stem)) continue;
    const summed = [...answer.sql.matchAll(/\bsum\("([^"]+)"\)/gi)].map((m) => m[1]!).find((field) => identifierWords(field).includes(noun.stem));
    if (!summed) continue;
    return { refusal: `"how many ${noun.raw}" counts ${noun.raw}, but I read it as the sum of ${summed}; ask for the number of ${noun.raw}, or name the field to add up.`, notUnderstood: [noun.raw] };
  }
  return null;
}

/**
 * Whether a field mention says that field alone: not a filler word, nor the table's noun or its
 * key, nor a date's verb, nor a word a value placed ("cancelled" as the status Cancelled, beside
 * cancelled_at), nor a word that qualifies the table's noun ("member bookings" are bookings).
 */
function namesAFieldOnItsOwn(m: ColumnMention, tokens: Token[], tableWords: Set<string>, filters: ValueMatch[]): boolean {
  const token = tokens[m.position];
  if (!token || FILLER.has(token.lower) || tableWords.has(token.stem)) return false;
  // "employees" of a staff table's employee_name names the rows; "which carrier delivered the
  // most" names no date by its verb.
  if (isKeyLike(m.column, m.table) || (isDate(m.column) && /ed$/.test(token.lower))) return false;
  // "a student absent from an exam", "orders at outlets with a terrace": an identifier named by
  // its entity is the thing the question is about, not a field asked for.
  if (isIdentifier(m.column) && !/^(id|no|number|code|ref|key)$/.test(token.lower)) return false;
  if (filters.some((f) => f.start <= m.position && m.position < f.end)) return false;
  // Only a word the field's name spells out names it plainly ("visitors" only shares a root with
  // visit_date), or a money word the reader took as the total asked for ("revenue").
  const spelled = new Set([...identifierWords(m.column.name), ...(m.column.aliases ?? []).flatMap(identifierWords)]);
  if (!spelled.has(token.stem) && !m.sums) return false;
  // "teen patrons": the noun a value describes (patron_type's patron), not the field patron_id.
  const words = new Set(identifierWords(m.column.name));
  if (filters.some((f) => f.end === m.position && identifierWords(f.column.name).some((w) => words.has(w)))) return false;
  return !tableWords.has(tokens[m.position + 1]?.stem ?? '');
}

/**
 * The last check of a reading: every field the question names (not only through a related word,
 * a filler word or the table's own noun) is in the SQL. A field named and then left out ("the
 * average fee per visit reason" answered with one average) means a shape read past a word.
 */
function refuseDroppedFields(answer: { sql: string }, mentions: ColumnMention[], tokens: Token[]): OfflineAnswer | null {
  const dropped = mentions.find((m) => !m.weak && !answer.sql.includes(quoteIdentifier(m.column.name)));
  if (!dropped) return null;
  const word = tokens[dropped.position]?.raw ?? dropped.column.name;
  return { refusal: `I read "${word}" as the field ${dropped.column.name}, but found no way to use it in the answer; ask again with it as a filter, a grouping or the value asked for.`, notUnderstood: [word] };
}

/** Words that rank: the answer must order, cap, or take a max or min. "At least 3" ranks nothing. */
const RANKING_WORD = /\b(most|least|fewest|highest|lowest|largest|smallest|biggest|greatest|top|bottom|longest|shortest|oldest|newest|earliest|latest|youngest|cheapest|priciest|costliest|heaviest|lightest)\b/;
const NOT_RANKING = /\b(at (most|least)|most recent(ly)?)\b/g;

/** "what is the most common contravention" answered with every row: the ranking was read past. */
function refuseDroppedRanking(answer: { sql: string }, freeText: string): OfflineAnswer | null {
  const word = RANKING_WORD.exec(freeText.replace(NOT_RANKING, ''))?.[1];
  // A list in key order ranks nothing, capped or not: a ranking orders by a direction or takes max/min.
  if (!word || /\b(max|min)\(|ORDER BY [^,]+ (ASC|DESC)\b/i.test(answer.sql)) return null;
  return { refusal: `I found nothing to rank by for "${word}"; name the field (e.g. "the ${word} ... by <field>").`, notUnderstood: [word] };
}

/** "the total quantity of desserts sold" answered with a list: the total was read past. */
function refuseDroppedAggregate(answer: { sql: string }, freeText: string): OfflineAnswer | null {
  const word = /\b(total|sum|average|mean|avg)\b/.exec(freeText)?.[1];
  if (!word || /\b(sum|avg|count|max|min)\(|\/ count\(/i.test(answer.sql)) return null;
  return { refusal: `I found no field to take the ${word} of; name it (e.g. "the ${word} <field>").`, notUnderstood: [word] };
}

/**
 * "total given per campaign" answered with a count of rows: "total" before a word that is not the
 * rows' noun, a value or "number" asks for a sum, and the field was not found. ("total bookings
 * per month" and "total cancellations", of a status Cancelled, are counts.)
 */
function refuseTotalCounted(answer: { sql: string }, tokens: Token[], tableWords: Set<string>, filters: ValueMatch[]): OfflineAnswer | null {
  const at = tokens.findIndex((t) => t.lower === 'total');
  const next = at >= 0 ? tokens[at + 1] : undefined;
  if (!next || /\b(sum|avg|max|min)\(/i.test(answer.sql) || !/\bcount\(/i.test(answer.sql) || /AS percentage\b/.test(answer.sql)) return null;
  if (tableWords.has(next.stem) || /^(number|no|count|of)$/.test(next.lower) || /^\d/.test(next.lower)) return null;
  if (filters.some((f) => f.start <= next.index && next.index < f.end)) return null;
  return { refusal: `"total ${next.raw}" asks for a sum, and I found no field of it to add up; name the field (e.g. "the total <field>").`, notUnderstood: [next.raw] };
}

/**
 * "what does the Pan-Roasted Hake cost" answered with the item's name: an answer whose only
 * fields are ones the question fixed to a value tells nothing the question did not say.
 */
function refuseEchoedValue(answer: { sql: string }, filters: ValueMatch[]): OfflineAnswer | null {
  const select = /^SELECT (?:DISTINCT )?((?:"[^"]+"(?:, )?)+) FROM /.exec(withoutJoinedScope(answer.sql));
  if (!select) return null;
  const fields = [...select[1]!.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
  const fixed = new Set(filters.filter((f) => !f.negated).map((f) => f.column.name));
  if (fields.length === 0 || !fields.every((f) => fixed.has(f))) return null;
  const value = filters.find((f) => fixed.has(f.column.name))!.value;
  return { refusal: `The answer would only repeat "${value}"; name the field to look up about it.`, notUnderstood: [value] };
}

/** Words of a field that says where something is. */
const PLACE_FIELD = /(^|_)(town|city|location|site|address|ward|region|area|county|country|place|depot|base|port|state|district|zone|postcode|borough|branch|venue|office|premises)(_|$)/i;

/**
 * "Where is Gully & Sons based" asks for a place; an answer that lists other fields of the rows
 * (the roads they worked on) read past the question word.
 */
function refusePlacelessWhere(answer: { sql: string }, tokens: Token[]): OfflineAnswer | null {
  if (tokens[0]?.lower !== 'where') return null;
  const selected = /^SELECT\s+(?:DISTINCT\s+)?(.*?)\s+FROM\s/i.exec(withoutJoinedScope(answer.sql))?.[1] ?? '';
  const fields = [...selected.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
  if (fields.some((f) => PLACE_FIELD.test(f))) return null;
  return { refusal: `"Where" asks for a place, and no field of a place was read from the question; name the field (a town, a site, an address).`, notUnderstood: ['where'] };
}

const VERSUS = /^(versus|vs|against)$/;

/**
 * "the average price of hourly versus daily bookings" compares two groups: an answer that is not
 * grouped (or grouped by time, reading "daily" as a grain) answers something else.
 */
function refuseUncomparedSides(answer: { sql: string }, tokens: Token[]): OfflineAnswer | null {
  const at = tokens.findIndex((t, i) => VERSUS.test(t.lower) && i > 0 && i < tokens.length - 1);
  if (at < 0) return null;
  const select = withoutJoinedScope(answer.sql);
  const grouped = /\bGROUP BY\b/i.test(select) && !/^SELECT\s+date_trunc\(/i.test(select);
  if (grouped) return null;
  const sides = `${tokens[at - 1]!.raw} ${tokens[at]!.raw} ${tokens[at + 1]!.raw}`;
  return { refusal: `"${sides}" compares two groups, and I could not read them as the values of one field; name the field to compare by (e.g. "by <field>").`, notUnderstood: [tokens[at - 1]!.raw, tokens[at + 1]!.raw] };
}

/**
 * "How many tonnes of asphalt did they lay", "the top 5 venues by litres delivered" ask for an
 * amount in a unit, a sum; an answer that only counts rows read past the unit. A unit after a
 * number ("over 50 litres") is a comparison, and time is left out ("how many days" can count
 * days).
 */
function refuseCountedUnit(answer: { sql: string }, tokens: Token[], tableWords: Set<string>, read?: SchemaTable): OfflineAnswer | null {
  const select = withoutJoinedScope(answer.sql);
  if (!/\bcount\(/i.test(select) || /\b(sum|avg|max|min)\(/i.test(select)) return null;
  // "how many meters are there" of a table of (electricity) meters counts its rows, and "how
  // many meter readings" counts readings: there the unit word only names or qualifies the rows.
  const table = answeredTable(answer.sql) ?? '';
  const rows = (w: string | undefined) => w !== undefined && (tableWords.has(w) || identifierWords(table).includes(w));
  const word = tokens.find((t, i) => {
    const unit = unitOfWord(t.lower);
    if (!unit || ['time', 'money', 'ratio'].includes(unit.quantity) || t.lower.length < 2) return false;
    // "over 100 cubic metres" compares; "meter E017017" names a thing.
    if ([i - 1, i - 2].some((k) => /^[\d.,]+$/.test(tokens[k]?.lower ?? '')) || /\d/.test(tokens[i + 1]?.lower ?? '')) return false;
    if (rows(t.stem) || rows(tokens[i + 1]?.stem)) return false;
    // Only where the table holds an amount of that kind (litres of a delivery's volume) was it read past.
    return !read || read.columns.some((c) => unitOfField(c)?.quantity === unit.quantity);
  });
  if (!word) return null;
  return { refusal: `"${word.raw}" asks for an amount in ${word.raw}, but I read the question as a count of rows; name the field that holds it (e.g. "the total <field>").`, notUnderstood: [word.raw] };
}

/** Words any field of money may be called by: they say money, not which money. */
const ANY_MONEY = /^(cost|price|fee|charge|amount|value|paid|pay|spend|spent|total|much)$/;

/**
 * "what did job PJ25000 cost", answered with a press's hourly cost joined onto the job: a lookup's
 * money, repeated on every row that points at it, is not what one row cost when the rows have
 * money of their own (the job's price) and the question names the lookup's field only by a word
 * any money has. Refused, naming both; a word only the lookup's field has ("hourly", "credit
 * limit") keeps it.
 */
function refuseLookupMoneyForRows(answer: { sql: string }, tokens: Token[], read?: SchemaTable): OfflineAnswer | null {
  if (!read) return null;
  const body = withoutJoinedScope(answer.sql);
  const asked = `${body.slice(0, body.indexOf(' FROM '))} ${/ ORDER BY (.*)$/.exec(body)?.[1] ?? ''}`;
  const said = new Set(tokens.map((t) => t.stem));
  const own = read.columns.find((c) => !(c as ReaderColumn).lookup && isMoney(c) && !asked.includes(quoteIdentifier(c.name)));
  if (!own) return null;
  for (const column of read.columns) {
    if (!(column as ReaderColumn).lookup || !isMoney(column) || !asked.includes(quoteIdentifier(column.name))) continue;
    const distinctive = identifierWords(column.originalName ?? column.name).filter((w) => !unitOfWord(w) && !ANY_MONEY.test(w) && !identifierWords(own.name).includes(w));
    if (distinctive.some((w) => said.has(w))) continue;
    return {
      refusal: `The money asked for could be ${column.originalName ?? column.name}, joined onto each ${read.dataset ?? read.name} row, or ${read.dataset ?? read.name}.${own.name}, which answer differently; name the one you mean.`,
      notUnderstood: [],
    };
  }
  return null;
}

/**
 * "what does the Pan-Roasted Hake cost", read through the order lines: the question asks the price
 * of a looked-up thing (the menu's price), and the answer adds up what the rows that point at it
 * took. Refused, naming both, when the answer sums the rows' own money, every filter is on a
 * looked-up field, and the looked-up thing has money of its own.
 */
function refuseTakingsForPrice(answer: { sql: string }, tokens: Token[], read?: SchemaTable): OfflineAnswer | null {
  if (!read || !tokens.some((t) => COST_WORD.test(t.lower))) return null;
  const body = withoutJoinedScope(answer.sql);
  const summed = read.columns.find((c) => body.includes(`sum(${quoteIdentifier(c.name)})`));
  // Values named, not the IS NOT NULL a grouping adds.
  const filtered = read.columns.filter((c) => body.includes(`${quoteIdentifier(c.name)} = '`) || body.includes(`${quoteIdentifier(c.name)} IN (`));
  const price = read.columns.find((c) => (c as ReaderColumn).lookup && isMoney(c));
  if (!summed || (summed as ReaderColumn).lookup || !price || filtered.length === 0 || !filtered.every((c) => (c as ReaderColumn).lookup)) return null;
  return {
    refusal: `"cost" could be ${price.originalName ?? price.name} of the thing named, or the total of ${summed.name} over the ${read.dataset ?? read.name} that point at it; name the one you mean.`,
    notUnderstood: ['cost'],
  };
}

/**
 * "What is the heaviest bin we've collected?" answered with the bin's size in litres: the word
 * ranks by a mass, and the field ranked or aggregated holds a volume. Refused, naming the word,
 * when the field's unit is known and is none the word can mean; a field of no known unit is
 * left to the other checks.
 */
function refuseSuperlativeOfOtherQuantity(answer: { sql: string }, tokens: Token[], read?: SchemaTable): OfflineAnswer | null {
  const word = tokens.find((t) => SUPERLATIVE_QUANTITY[t.lower]);
  const measured = measureOf(answer.sql);
  const column = read?.columns.find((c) => c.name === measured);
  const held = column ? unitOfField(column)?.quantity : undefined;
  if (!word || !column || !held || SUPERLATIVE_QUANTITY[word.lower]!.includes(held)) return null;
  return {
    refusal: `"${word.raw}" ranks by ${SUPERLATIVE_QUANTITY[word.lower]!.join(' or ')}, but ${column.name} holds ${held}; name the field to rank by.`,
    notUnderstood: [word.raw],
  };
}
