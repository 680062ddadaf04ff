/**
 * "which tutor has the highest average rating", read against the tutors alone as their
 * `hourly_rate_gbp`: "rating" and "rate" share a root, so the word was placed, and the answer was
 * another field's average returned with confidence. The lessons' `rating_1_5` spells the word
 * itself. A word the answer placed only through a shared root, where another dataset has a field
 * that spells it, is read again through the joins; that reading is taken when it uses the field
 * the word spells, and otherwise the question is refused, naming the word and both fields.
 */
import { quoteIdentifier } from '@living-schema/core';
import type { OfflineAnswer } from '../offline-sql.js';
import type { SchemaColumn, SchemaTable } from '../schema-context.js';
import { identifierWords } from '../query-words.js';
import { nameWords } from './column-kinds.js';
import { answeredTable } from './competing-readings.js';
import type { Token } from './tokens.js';

/** Whether the field spells the word (or its singular) among its own words, as written. */
function spells(column: SchemaColumn, token: Token): boolean {
  const words = nameWords(column.name);
  return words.includes(token.lower) || (token.lower.endsWith('s') && words.includes(token.lower.slice(0, -1)));
}

/** How the reader matches a question word's stem to a field's (stemmed) word. */
export type WordMatch = (questionStem: string, columnWord: string) => boolean;

/** Whether the field shares the word's root without spelling it ("rating" of hourly_rate). */
const sharesRootOnly = (column: SchemaColumn, token: Token, matches: WordMatch) =>
  !spells(column, token) && identifierWords(column.name).some((w) => matches(token.stem, w));

const uses = (sql: string, column: SchemaColumn) => sql.includes(quoteIdentifier(column.name));

export interface RootOnlyWord {
  token: Token;
  /** The field the answer used for the word. */
  used: SchemaColumn;
  /** The other dataset's field that spells the word. */
  spelled: { table: SchemaTable; column: SchemaColumn };
}

/** The first word the answer placed only through a shared root while one other dataset's field spells it. */
export function rootOnlyWord(sql: string, tokens: Token[], tables: SchemaTable[], matches: WordMatch): RootOnlyWord | null {
  const answered = tables.find((t) => t.name === answeredTable(sql));
  if (!answered) return null;
  for (const token of tokens) {
    if (token.lower.length < 4 || token.lower === token.stem) continue;
    const usedFields = answered.columns.filter((c) => uses(sql, c));
    if (usedFields.some((c) => spells(c, token))) continue;
    const used = usedFields.find((c) => sharesRootOnly(c, token, matches));
    if (!used) continue;
    const owners = tables.flatMap((t) => (t !== answered && t.kind === 'dataset' ? t.columns.filter((c) => spells(c, token)).map((column) => ({ table: t, column })) : []));
    if (owners.length === 1) return { token, used, spelled: owners[0]! };
  }
  return null;
}

/** The joined reading when it uses a field that spells the word; else a refusal naming both fields. */
export function readThroughSpelledField(found: RootOnlyWord, joined: OfflineAnswer | null): OfflineAnswer {
  // In the joined table a looked-up field keeps its name after the lookup's prefix (`tutor_rating`).
  const spelledInJoin = joined && 'sql' in joined && joined.sql.includes(`${found.spelled.column.name}"`);
  if (spelledInJoin) return joined!;
  return {
    refusal: `I read "${found.token.raw}" as ${found.used.name}, which only shares its root; ${found.spelled.table.name}.${found.spelled.column.name} spells it. Name the field you mean.`,
    notUnderstood: [found.token.raw],
  };
}
