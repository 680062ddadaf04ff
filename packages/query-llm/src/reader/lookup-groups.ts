/**
 * "total spend with each contractor": a grouping named by the noun of a lookup's rows is a
 * grouping by what a person calls those rows, the lookup's name field, not by the key the fact
 * holds. The key's codes (`CTR-01`) answer "each contractor code"; a word of the key's own
 * suffix ("code", "id") keeps it.
 */
import type { SchemaTable } from '../schema-context.js';
import type { ReaderColumn } from './column-kinds.js';
import type { SchemaRelationship } from './join-scope.js';
import type { ColumnMention } from './reading.js';
import type { Token } from './tokens.js';

const KEY_WORD = /^(id|ids|code|codes|key|ref|reference|no|number|num)$/;

/** The lookup a grouping by `group` names by its rows' noun, and the lookup's name field. */
function namedLookup(group: ColumnMention, tokens: Token[], tables: SchemaTable[], relationships: SchemaRelationship[]): { lookup: string; name: string } | null {
  const column = group.column as ReaderColumn;
  if (!column.reference || KEY_WORD.test(tokens[group.position + 1]?.lower ?? '')) return null;
  // A joined reading's table is `<fact>_joined`, with the fact's own fields as they are.
  const fact = group.table.name.replace(/_joined$/, '');
  const relationship = relationships.find((r) => r.from.column === column.name && r.from.table === fact);
  const lookup = relationship && tables.find((t) => t.name === relationship.to.table);
  const name = lookup?.columns.find((c) => c.name !== relationship!.to.column && /VARCHAR|TEXT|STRING/i.test(c.type) && /(^|_)name$/i.test(c.name));
  return lookup && name ? { lookup: lookup.name, name: name.name } : null;
}

export type LookupGroup = { group: ColumnMention } | { refusal: string; notUnderstood: string[] };

/**
 * The grouping to use: in a joined reading, the lookup's name field in place of the key; read
 * alone, a refusal naming the word, so the joined reading (which has the name) is tried.
 */
export function groupByLookupName(
  group: ColumnMention | undefined,
  tokens: Token[],
  input: { table: SchemaTable; tables: SchemaTable[]; relationships: SchemaRelationship[]; joinedReading: boolean },
): LookupGroup | null {
  if (!group) return null;
  const named = namedLookup(group, tokens, input.tables, input.relationships);
  if (!named) return null;
  if (!input.joinedReading) {
    const word = tokens[group.position]!.raw;
    return { refusal: `"${word}" names the rows of ${named.lookup}; their ${named.name} is read through the join.`, notUnderstood: [word] };
  }
  const joined = input.table.columns.find((c) => (c as ReaderColumn).lookup === named.lookup && c.originalName === `${named.lookup}.${named.name}`);
  return joined ? { group: { ...group, column: joined } } : null;
}
