// The offline reader's examples in docs/querying.md run as printed: each `translateQuestion` call
// of a `ts` block answers with the SQL its `// { sql: '...', ... }` comment shows. A change to the
// reader that changes a printed answer fails here, so the guide cannot drift from the code.
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { translateQuestion, type OfflineAnswer } from './offline-sql.js';

const GUIDE = new URL('../../../docs/querying.md', import.meta.url);
const IMPORT = "import { translateQuestion } from '@living-schema/query-llm';";

/** The guide's `ts` blocks that import the reader, as printed. */
function readerBlocks(): string[] {
  const page = readFileSync(GUIDE, 'utf8');
  return [...page.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((block) => block.includes(IMPORT));
}

/** The SQL each `// { sql: '...'` comment prints, in order; "(...)" stands for text the guide leaves out. */
function printedSql(block: string): RegExp[] {
  return [...block.matchAll(/\/\/ \{ sql: ('(?:[^'\\]|\\.)*')/g)].map((m) => {
    const text = new Function(`return ${m[1]};`)() as string;
    const parts = text.split('(...)').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(`^${parts.join('\\(.*\\)')}$`, 's');
  });
}

/** Runs a block with the reader, returning its answers in the order the block asked. */
function answersOf(block: string): OfflineAnswer[] {
  const answers: OfflineAnswer[] = [];
  const recording: typeof translateQuestion = (question, schema) => {
    const answer = translateQuestion(question, schema);
    answers.push(answer);
    return answer;
  };
  const code = ts.transpileModule(block.replace(IMPORT, ''), { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText;
  new Function('translateQuestion', code)(recording);
  return answers;
}

describe('docs/querying.md: the offline reader examples', () => {
  const blocks = readerBlocks();

  it('prints examples to check', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(7);
  });

  it.each(blocks.map((block, i) => [i + 1, block] as const))('block %i answers as printed', (_n, block) => {
    const expected = printedSql(block);
    const answers = answersOf(block);
    expect(expected.length, 'every call prints its SQL').toBe(answers.length);
    answers.forEach((answer, i) => expect('sql' in answer ? answer.sql : `refused: ${JSON.stringify(answer)}`).toMatch(expected[i]!));
  });
});
