/**
 * "how many jobs has the Oak Team done" of tree jobs, whose species has the value Oak, where the
 * crews' crew_name has the value Oak Team: read against the jobs alone, "Oak" is the species and
 * "Team" passed as a word linking the value, a confident wrong count. A value of this table that,
 * with the words after it, spells a value of another table's field names that other value: those
 * words must be placed, so this reading is refused and the one joining that table is tried, where
 * the longer value matches first.
 */
import type { SchemaTable } from '../schema-context.js';
import { knownValues } from './column-kinds.js';
import type { ValueMatch } from './reading.js';
import { tokenize, type Token } from './tokens.js';

/** The longest value said after one of this table's, in words. */
const MAX_EXTRA_WORDS = 3;

/** Positions of the words that extend one of `filters` into a value of another table of `catalog`. */
export function wordsOfLongerValues(tokens: Token[], table: SchemaTable, catalog: SchemaTable[], filters: ValueMatch[], used: Set<number>): Set<number> {
  const positions = new Set<number>();
  if (filters.length === 0) return positions;
  const others = catalog.filter((t) => t.name !== table.name);
  const spelled = new Set(others.flatMap((t) => t.columns.flatMap((c) => knownValues(c).map((v) => tokenize(v).map((w) => w.lower).join(' ')))));
  for (const f of filters.filter((v) => v.start >= 0)) {
    for (let end = f.end + 1; end <= Math.min(tokens.length, f.end + MAX_EXTRA_WORDS); end += 1) {
      const phrase = tokens.slice(f.start, end).map((t) => t.lower).join(' ');
      if (!spelled.has(phrase)) continue;
      for (let i = f.end; i < end; i += 1) if (!used.has(i)) positions.add(i);
    }
  }
  return positions;
}
