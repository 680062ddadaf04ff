import type { SchemaFacts } from './schema-context.js';

/** A stored value the question names: "Liberia" in `vessels.flag_state`. */
export interface NamedValue {
  table: string;
  column: string;
  value: string;
}

/** How a result that ran contradicts what the question asked. */
export interface ShapeContradiction {
  problem: 'count-for-quantity' | 'no-rows-for-named-value';
  /** A sentence for the repair round, naming what was asked and what came back. */
  message: string;
}

/** What the shape check sees of a run: its SQL and result. */
export interface RunShape {
  sql: string;
  columns: string[];
  rows: unknown[][];
}

// A value a question names is a few words; longer stored values (documents, hostile text) are not
// looked for, so one long value cannot make every question slow.
const MAX_NAMED_VALUE = 200;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** True when `value` occurs in `text` (both lower-case) with no letter or digit either side. */
function containsAsWords(text: string, value: string): boolean {
  for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
    const before = at === 0 ? '' : text[at - 1]!;
    const after = text[at + value.length] ?? '';
    if (!WORD_CHARACTER.test(before) && !WORD_CHARACTER.test(after)) return true;
  }
  return false;
}

/**
 * The listed or matched values of the context's columns that the question names as whole words,
 * case-insensitively (values under three characters are too ambiguous to count).
 */
export function namedValues(question: string, facts: SchemaFacts): NamedValue[] {
  const text = question.toLowerCase();
  const found: NamedValue[] = [];
  for (const table of facts.tables) {
    for (const column of table.columns) {
      for (const value of new Set([...(column.values ?? []), ...(column.matches ?? [])])) {
        if (value.length < 3 || value.length > MAX_NAMED_VALUE) continue;
        if (containsAsWords(text, value.toLowerCase())) {
          found.push({ table: table.name, column: column.name, value });
        }
      }
    }
  }
  return found;
}

const ASKS_QUANTITY = /\b(how much|total|sum of|in total|amount of)\b/i;
const ASKS_COUNT = /\b(how many|number of|count)\b/i;

/** A count where the question asked how much of a quantity (a total, a sum). */
function countForQuantity(question: string, run: RunShape): ShapeContradiction | null {
  if (!ASKS_QUANTITY.test(question) || ASKS_COUNT.test(question)) return null;
  if (!/\bcount\s*\(/i.test(run.sql) || /\b(sum|avg)\s*\(/i.test(run.sql)) return null;
  return {
    problem: 'count-for-quantity',
    message: `the question asks how much (a total of a quantity), but the SQL counts rows; sum the column that holds the quantity (its "unit" says what it measures).`,
  };
}

/** No rows although the question names values the store holds. */
function noRowsForNamedValue(run: RunShape, named: NamedValue[]): ShapeContradiction | null {
  if (run.rows.length > 0 || named.length === 0) return null;
  const where = named
    .slice(0, 3)
    .map((n) => `'${n.value}' in ${n.table}.${n.column}`)
    .join(', ');
  return {
    problem: 'no-rows-for-named-value',
    message: `the query returned no rows, yet the question names values the store holds (${where}); check the filters, joins and how the values are compared.`,
  };
}

/**
 * Checks a result that ran against the shape of the question: a count where a quantity's total
 * was asked, or zero rows when the question names a stored value. Null when nothing contradicts.
 */
export function shapeContradiction(
  question: string,
  run: RunShape,
  named: NamedValue[],
): ShapeContradiction | null {
  return countForQuantity(question, run) ?? noRowsForNamedValue(run, named);
}
