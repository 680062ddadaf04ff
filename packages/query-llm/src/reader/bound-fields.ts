// Fields named for a limit each row has (a room's most players, a minimum order): adding limits
// up answers nothing a question asks, so a total of one needs the limit said.
import type { SchemaColumn } from '../schema-context.js';
import { identifierWords } from '../query-words.js';
import type { Token } from './tokens.js';

/**
 * "total players" read as the sum of max_players: a field named for a bound (a room's most
 * players, a minimum order) is a limit each row has, and adding limits up answers nothing asked.
 * Its bound word, when the question does not say it ("the total max players"); null otherwise.
 */
export function unsaidBound(column: SchemaColumn, tokens: Token[]): string | null {
  const bound = identifierWords(column.name).find((w) => BOUND_WORD.test(w));
  if (!bound || tokens.some((t) => BOUND_WORD.test(t.lower) || BOUND_WORD.test(t.stem))) return null;
  return /^min/.test(bound) ? 'minimum' : /^max/.test(bound) ? 'maximum' : bound;
}
const BOUND_WORD = /^(max|min|maximum|minimum|capacity|limit)$/;
