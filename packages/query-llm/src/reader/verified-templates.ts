/**
 * The reader's first stage when people have taught it: a verified question-SQL pair (a corrected
 * answer, see `living-schema feedback`) answers the same question again, and a question that
 * differs from it only in one value ("... at Riverside" taught, "... at Harbourside" asked) is
 * answered by the same SQL with that value swapped, when the taught value is a literal of its SQL
 * and the new one is a value the catalog knows. Anything looser is left to the other stages.
 */
import { quoteLiteral } from '@living-schema/core';
import type { SchemaTable } from '../schema-context.js';
import { tokenize } from './tokens.js';

export interface VerifiedExample {
  question: string;
  sql: string;
}

const normalise = (question: string) => tokenize(question.trim().replace(/[?!.]+$/, '')).map((t) => t.lower);

/** Where two token lists differ: one span in each, the rest equal. */
function differingSpan(a: string[], b: string[]): { left: string[]; right: string[] } | null {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const left = a.slice(start, endA);
  const right = b.slice(start, endB);
  return left.length && right.length ? { left, right } : null;
}

function knownValue(words: string[], tables: SchemaTable[]): string | undefined {
  const phrase = words.join(' ');
  for (const table of tables) {
    for (const column of table.columns) {
      const hit = [...(column.values ?? []), ...(column.matches ?? [])].find((v) => v.toLowerCase() === phrase);
      if (hit) return hit;
    }
  }
  return undefined;
}

/** The SQL a taught pair gives for the question, or null when none fits. */
export function answerFromExamples(question: string, examples: VerifiedExample[], tables: SchemaTable[]): { sql: string; reasoning: string } | null {
  const asked = normalise(question);
  for (const example of examples) {
    const taught = normalise(example.question);
    if (taught.join(' ') === asked.join(' ')) return { sql: example.sql, reasoning: `A verified answer to "${example.question}".` };
  }
  for (const example of examples) {
    const span = differingSpan(normalise(example.question), asked);
    if (!span) continue;
    const taughtValue = knownValue(span.left, tables) ?? span.left.join(' ');
    const newValue = knownValue(span.right, tables);
    const literal = quoteLiteral(taughtValue);
    const occurrences = example.sql.split(literal).length - 1;
    if (!newValue || occurrences !== 1) continue;
    return { sql: example.sql.replace(literal, quoteLiteral(newValue)), reasoning: `The verified answer to "${example.question}", for ${newValue} instead of ${taughtValue}.` };
  }
  return null;
}
