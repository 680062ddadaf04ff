/**
 * "who manages The Dapper Dog", "who distributes Seoul Nights": a question that starts "who" and
 * a verb asks for the one who does it, and a field named for the doer (`manager`, `Distributor`,
 * `owner`, `supplier`) holds the answer. Without this stage the verb was passed over as a word
 * linking the value, and the answer listed the rows' name field (the pets groomed at the salon,
 * the screens a film showed on): confident and wrong in every blind set that asked it.
 */
import { identifierWords } from '../query-words.js';
import { isNumeric } from './column-kinds.js';
import type { SchemaColumn, SchemaTable } from '../schema-context.js';
import type { ColumnMention } from './reading.js';
import type { Token } from './tokens.js';

/** The nouns for the doer of a verb's stem: manage -> manager, distribute -> distributor, supply -> supplier. */
export function agentNouns(verb: string): string[] {
  const bare = verb.replace(/e$/, '');
  return [...new Set([`${bare}er`, `${bare}or`, `${verb.replace(/y$/, 'i')}er`])];
}

/** The field "who <verb>s" asks for, when exactly one field of the table is named for the doer. */
export function agentMentions(tokens: Token[], table: SchemaTable, used: Set<number>, mentions: ColumnMention[]): ColumnMention[] {
  const [who, verb] = tokens;
  if (who?.lower !== 'who' || !verb || used.has(1) || !/[a-z]{3,}s$/.test(verb.lower)) return [];
  const nouns = agentNouns(verb.stem);
  const fields = table.columns.filter((c: SchemaColumn) => !mentions.some((m) => m.column === c) && identifierWords(c.name).some((w) => nouns.includes(w)));
  if (fields.length !== 1) return [];
  used.add(1);
  return [{ table, column: fields[0]!, position: 1 }];
}

/**
 * "Which cleaner has done the most visits": a doer ("cleaner", "inspector") meets the verb of a
 * field that says who did it (`inspected_by`), never a number of what was done
 * (`windows_cleaned`): the doer is no count.
 */
export function doerOfQuantity(token: Token, column: SchemaColumn): boolean {
  if (!isNumeric(column)) return false;
  return identifierWords(column.name).some((w) => w !== token.stem && agentNouns(w).includes(token.stem));
}
