// Words of table names: which table a word of the question chooses.
import type { SchemaTable } from '../schema-context.js';
import { identifierWords } from '../query-words.js';
import type { ReaderColumn } from './column-kinds.js';

/**
 * "how many games in May" beside game_sessions and game_hosts: a word two tables' names share and
 * neither ends with is a modifier, and the rows it names are the events of the table that refers
 * to others (a game session is a game; a game host is a host). Per lookup table (no reference
 * field of its own), the shared modifiers that do not choose it while a fact shares them.
 */
export function sharedModifiers(datasets: SchemaTable[]): Map<string, Set<string>> {
  const isFact = (t: SchemaTable) => t.columns.some((c) => (c as ReaderColumn).reference);
  const heads = (t: SchemaTable) => identifierWords(t.name).slice(-1);
  const demoted = new Map<string, Set<string>>();
  for (const table of datasets.filter((t) => !isFact(t))) {
    const modifiers = identifierWords(table.name).slice(0, -1);
    const shared = modifiers.filter((w) => datasets.some((f) => f !== table && isFact(f) && identifierWords(f.name).includes(w) && !heads(f).includes(w)));
    if (shared.length) demoted.set(table.name, new Set(shared));
  }
  return demoted;
}
