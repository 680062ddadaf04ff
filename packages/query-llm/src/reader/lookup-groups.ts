/**
 * "total spend with each contractor": a grouping named by the noun of a lookup's rows is a
 * grouping by what a person calls those rows, the lookup's name field, not by the key the fact
 * holds. The key's codes (`CTR-01`) answer "each contractor code"; a word of the key's own
 * suffix ("code", "id") keeps it, and so does a key named by the noun alone (`crop`).
 */
import { identifierWords } from '../query-words.js';
import type { SchemaTable } from '../schema-context.js';
import type { ReaderColumn } from './column-kinds.js';
import { scopedAnswer, withoutJoinedScope, type JoinedScope, type SchemaRelationship } from './join-scope.js';
import type { ColumnMention } from './reading.js';
import type { Token } from './tokens.js';

const KEY_WORD = /^(id|ids|code|codes|key|ref|reference|no|number|num)$/;

interface NamedLookup {
  lookup: string;
  /** The lookup's name field (`contractor_name`). */
  name: string;
}

/** The lookup whose rows key `column` of `fact` points at, and its name field; null when it has none. */
function lookupName(fact: string, column: ReaderColumn, tables: SchemaTable[], relationships: SchemaRelationship[]): NamedLookup | null {
  if (!column.reference || identifierWords(column.name).length < 2) return null;
  const relationship = relationships.find((r) => r.from.column === column.name && r.from.table === fact);
  const lookup = relationship && tables.find((t) => t.name === relationship.to.table);
  const name = lookup?.columns.find((c) => c.name !== relationship!.to.column && /VARCHAR|TEXT|STRING/i.test(c.type) && /(^|_)name$/i.test(c.name));
  return lookup && name ? { lookup: lookup.name, name: name.name } : null;
}

/** A joined table's field that is `named`'s name field. */
const joinedNameField = (table: SchemaTable, named: NamedLookup) =>
  table.columns.find((c) => (c as ReaderColumn).lookup === named.lookup && c.originalName === `${named.lookup}.${named.name}`);

/**
 * In a joined reading, the grouping with the lookup's name field in place of the key the
 * question named by its rows' noun; the grouping unchanged otherwise.
 */
export function groupByLookupName(group: ColumnMention | undefined, tokens: Token[], tables: SchemaTable[], relationships: SchemaRelationship[]): ColumnMention | undefined {
  if (!group || KEY_WORD.test(tokens[group.position + 1]?.lower ?? '')) return group;
  // A joined reading's table is `<fact>_joined`, with the fact's own fields as they are.
  const named = lookupName(group.table.name.replace(/_joined$/, ''), group.column as ReaderColumn, tables, relationships);
  const joined = named && joinedNameField(group.table, named);
  return joined ? { ...group, column: joined } : group;
}

/**
 * An answer read from a fact alone that groups by a key pointing at a lookup with names
 * (`GROUP BY "contractor_id"`): the joined reading is taken instead when it groups by the
 * lookup's name field; otherwise the answer by key stands (a joined reading that reads the
 * question another way is no better).
 */
export function preferLookupNames(
  alone: { sql: string },
  fact: SchemaTable | undefined,
  tables: SchemaTable[],
  relationships: SchemaRelationship[],
  readJoined: () => { answer: { sql: string } | object; scope?: JoinedScope } | null,
): { sql: string; reasoning: string } | null {
  const key = /^SELECT "([^"]+)", .* GROUP BY "\1"/.exec(withoutJoinedScope(alone.sql))?.[1];
  const column = key && fact?.columns.find((c) => c.name === key);
  const named = column && lookupName(fact!.name, column as ReaderColumn, tables, relationships);
  if (!named) return null;
  const joined = readJoined();
  if (!joined?.scope || !('sql' in joined.answer)) return null;
  const field = joinedNameField(joined.scope.table, named);
  const answer = joined.answer as { sql: string; reasoning: string };
  if (!field || !answer.sql.startsWith(`SELECT "${field.name}", `)) return null;
  return scopedAnswer(answer, joined.scope);
}
