/**
 * Two complete readings of one question that take different quantities. The reader reads a
 * question against each table alone first, and a question about a lookup's group ("the average
 * rent by area") then finds a quantity in the lookup itself (a property's asking rent). But the
 * fact table that points at the lookup may hold a quantity of the same word (each tenancy's
 * monthly rent), reached through the join. The blind sets showed the lookup's reading answered
 * with confidence and wrong far more often than right (the weight an animal should have, not the
 * weights recorded; a property's asking rent, not the rents let at). When the question's word for
 * the quantity fits both fields, no other word of it names the lookup's field alone ("asking
 * rent", "target weight") and the question does not name the lookup's rows ("the average rent
 * of properties"), the reader cannot tell which is meant: it refuses and names both.
 */
import { unitOfWord } from '@living-schema/core';
import type { SchemaColumn, SchemaTable } from '../schema-context.js';
import { identifierWords, stem } from '../query-words.js';
import { isIdentifier, isNumeric, rowWordsOf, type ReaderColumn } from './column-kinds.js';
import { withoutJoinedScope } from './join-scope.js';
import { isMoney, moneyField, moneyWordAt } from './money-words.js';
import { unitOfField } from './unit-fields.js';
import type { Token } from './tokens.js';

type Refusal = { refusal: string; notUnderstood: string[] };


/** The field an answer aggregates (sum, avg, max, min) or ranks rows by; null for counts and lists. */
export function measureOf(sql: string): string | null {
  const body = withoutJoinedScope(sql);
  return /\b(?:sum|avg|max|min)\("([^"]+)"\)/i.exec(body)?.[1] ?? /ORDER BY "([^"]+)" (?:DESC|ASC)\b/.exec(body)?.[1] ?? null;
}

/** The table an answer reads. */
export function answeredTable(sql: string): string | null {
  return /\bFROM "([^"]+)"/.exec(withoutJoinedScope(sql))?.[1] ?? null;
}

/** A field's words that say what it measures, not its unit (`asking_rent_gbp_pcm` -> asking, rent, pcm). */
const contentWords = (column: SchemaColumn) => identifierWords(column.name).filter((w) => !unitOfWord(w));

/**
 * The refusal when `sql` took a quantity of a lookup table that the question names only by words
 * a quantity of a fact table pointing at it also has; null otherwise.
 */
export function competingMeasures(sql: string, tokens: Token[], tables: SchemaTable[], relationships: ReadonlyArray<{ from: { table: string }; to: { table: string } }>): Refusal | null {
  const lookup = tables.find((t) => t.name === answeredTable(sql));
  const measure = lookup?.columns.find((c) => c.name === measureOf(sql));
  if (!lookup || !measure || !isNumeric(measure)) return null;
  const said = new Set(tokens.map((t) => t.stem));
  const words = contentWords(measure);
  const named = words.filter((w) => said.has(w));
  // "the average deposit of flats": the question names the lookup's rows, so its own field is meant.
  if (named.length > 0 && rowWordsOf(lookup).some((w) => said.has(stem(w)))) return null;
  // "revenue by site" read as the sum of a member's monthly fee: a money word no field spells.
  // Naming the lookup's rows says what is grouped, not whose money: "the top 5 clients by spend"
  // is spend with us, not a client's credit limit.
  const moneyWord = named.length === 0 ? tokens.find((t) => moneyWordAt(tokens, t.index)) : undefined;
  if (named.length === 0 && (!moneyWord || unitOfField(measure)?.quantity !== 'money')) return null;
  const facts = relationships.filter((r) => r.to.table === lookup.name && r.from.table !== lookup.name).map((r) => r.from.table);
  for (const fact of tables.filter((t) => facts.includes(t.name))) {
    // Any money of the fact's own is a rival: a price per unit booked is still what was paid.
    const rival = moneyWord ? moneyField(fact) ?? fact.columns.find(isMoney) : fact.columns.find((c) => isNumeric(c) && !isIdentifier(c) && !(c as ReaderColumn).reference && named.every((w) => contentWords(c).includes(w)));
    if (!rival) continue;
    return {
      refusal: `"${moneyWord?.raw ?? named.join(' ')}" could be ${lookup.name}.${measure.name} or ${fact.name}.${rival.name}, which answer differently; name the one you mean.`,
      notUnderstood: [],
    };
  }
  return null;
}

/**
 * "how many different vehicles have come in for work", answered by counting the vehicles table:
 * "different" says the rows are counted as the distinct ones of something that refers to them,
 * and a fact pointing at the lookup (service jobs) holds them; every row of the lookup is another
 * reading (vehicles never seen are counted too). Refused, naming both; null when the lookup has
 * no fact pointing at it, the question says no such word, or it asks what there is ("are there").
 */
export function distinctRowsOfLookup(sql: string, lower: string, relationships: ReadonlyArray<{ from: { table: string }; to: { table: string } }>): Refusal | null {
  const word = /\b(distinct|different|unique|separate)\b/.exec(lower)?.[1];
  const table = answeredTable(sql);
  // "how many different flats are there": the lookup's own rows, said as such.
  if (/\b(are there|do we have|exist|in total|altogether|on (file|record|the books))\b/.test(lower)) return null;
  if (!word || !table || !/^SELECT count\(\*\) AS count FROM /.test(withoutJoinedScope(sql))) return null;
  const facts = [...new Set(relationships.filter((r) => r.to.table === table && r.from.table !== table).map((r) => r.from.table))];
  if (facts.length === 0) return null;
  return {
    refusal: `"${word}" could mean every row of ${table}, or only the ${table} that ${facts.join(' or ')} refer to; ask "how many ${table} are there" or name what they appear in.`,
    notUnderstood: [],
  };
}
