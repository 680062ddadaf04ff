/**
 * A check on the answer: "how many repairs are not completed" answered with every repair's count
 * read past the "not": the most confident wrong answer a reading gives, the opposite rows. When
 * the question negates and the SQL negates nothing (no NOT, IS DISTINCT FROM, IS NULL, <>), the
 * question is refused, naming the negation and the word it negates.
 */
import type { OfflineAnswer } from '../offline-sql.js';
import { withoutJoinedScope } from './join-scope.js';
import type { Token } from './tokens.js';

const NEGATION = /^(not|never|without|cannot|.+n't)$/;
// "not more than 5" and "not before May" are comparisons, "whether or not" negates nothing.
const COMPARED = /^(more|less|fewer|over|under|above|below|exceeding|greater|before|after|later|earlier|counting|including|just|only|all|every)$/;
const NEGATED_SQL = /\bNOT\b|\bIS DISTINCT FROM\b|\bIS NULL\b|<>|!=/i;

export function refuseDroppedNegation(answer: { sql: string }, tokens: Token[]): OfflineAnswer | null {
  const at = tokens.findIndex((t, i) => NEGATION.test(t.lower) && !COMPARED.test(tokens[i + 1]?.lower ?? '') && tokens[i - 1]?.lower !== 'or');
  if (at < 0 || NEGATED_SQL.test(withoutJoinedScope(answer.sql))) return null;
  const negated = tokens.slice(at + 1).find((t) => !/^(been|be|yet|ever|a|an|any|the|have|has|had|got|get)$/.test(t.lower));
  const words = [tokens[at]!.raw, ...(negated ? [negated.raw] : [])];
  return {
    refusal: `I could not read what "${words.join(' ')}" leaves out, and my reading of the question left nothing out; name the field and the value to exclude (e.g. "<field> is not <value>").`,
    notUnderstood: words,
  };
}
