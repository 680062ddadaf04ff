import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createLivingSchema, sha256, type Batch, type LivingSchema, type SourceV1 } from '@living-schema/core';
import { duckdb } from '@living-schema/sink-duckdb';
import { createLlmProvider } from './llm-provider-factory.js';
import { openAiCompatibleServer } from './openai-wire.fixture.js';
import { runVerifiedEvaluation } from './query-eval.js';
import { queryLayer, type QueryLayer } from './query-layer.js';
import { examplesFromPrompt } from './sql-generator.js';
import { discovery } from '@living-schema/discovery';

const server = await openAiCompatibleServer();
afterAll(() => server.close());

function records(dataset: string, rows: Record<string, unknown>[]): Batch {
  const contentHash = sha256(JSON.stringify(rows));
  return { kind: 'records', source: 'inline', sourceUri: `inline://${dataset}`, dataset, contentHash, payload: { format: 'rows', rows } };
}

function inlineSource(batches: Batch[]): SourceV1 {
  return {
    specificationVersion: 'v1',
    name: 'inline',
    kinds: ['records'],
    canRead: () => true,
    async *read() {
      yield* batches.splice(0);
    },
  };
}

const books = [
  { isbn: '978-1', title: 'The Hobbit', genre: 'Fantasy' },
  { isbn: '978-2', title: 'Mistborn', genre: 'Fantasy' },
  { isbn: '978-3', title: 'SPQR', genre: 'History' },
];
const loans = [
  { loan_id: 1, isbn: '978-1', weight_kg: 0.5, loaned_at: '2031-02-03' },
  { loan_id: 2, isbn: '978-1', weight_kg: 0.5, loaned_at: '2031-02-17' },
  { loan_id: 3, isbn: '978-2', weight_kg: 1.25, loaned_at: '2031-02-20' },
  { loan_id: 4, isbn: '978-3', weight_kg: 0.75, loaned_at: '2031-03-01' },
];
// A day no test machine's clock shows: the prompt's date must come from the engine's clock.
const TODAY = '2031-03-15';

const opened: Array<{ engine: LivingSchema; layer: QueryLayer }> = [];
afterEach(async () => {
  for (const { engine, layer } of opened.splice(0)) {
    layer.close();
    await engine.close();
  }
});

async function library(): Promise<{ engine: LivingSchema; layer: QueryLayer }> {
  const dir = mkdtempSync(join(tmpdir(), 'ls-llm-request-'));
  const engine = createLivingSchema({
    sink: duckdb({ path: join(dir, 'db.duckdb') }),
    stagingDirectory: join(dir, 'staging'),
    sources: [inlineSource([records('books', books), records('loans', loans)])],
    notifiers: [],
    // Discovery on arrival finds loans.isbn -> books.isbn: the join path the request must carry.
    plugins: [discovery()],
    clock: { now: () => new Date(`${TODAY}T09:30:00Z`) },
  });
  await engine.ingest('inline://library');
  const provider = createLlmProvider({ provider: 'openai-compatible', model: 'local-test', baseURL: server.baseURL, env: {}, maxRetries: 0 });
  const layer = queryLayer(engine, { provider });
  opened.push({ engine, layer });
  return { engine, layer };
}

const answer = (reasoning: string, sql: string) => JSON.stringify({ reasoning, sql });
const WEIGHT_PER_GENRE = 'SELECT b.genre, sum(l.weight_kg) AS kg FROM loans l JOIN books b ON l.isbn = b.isbn GROUP BY b.genre';
const FANTASY_KG = `SELECT sum(l.weight_kg) AS kg FROM loans l JOIN books b ON l.isbn = b.isbn WHERE b.genre = 'Fantasy'`;
// The store's own tables: none may be named to a model.
const INTERNAL = ['query_executions', 'saved_queries', 'report_checks', 'verified_pairs', 'answer_feedback', 'ingest_batches', 'quarantine', 'schema_snapshots', 'field_definitions', 'datasets', 'monitoring_settings', 'slow_queries'];

describe('the LLM request for a question (OpenAI-compatible server on 127.0.0.1)', () => {
  it('carries the engine date, the context of both tables, examples retrieved for this question only, reasoning before SQL, and no internal table', async () => {
    const { layer } = await library();
    await layer.verifiedPairs.add({ question: 'What is the total weight in kilograms of loans per genre?', sql: WEIGHT_PER_GENRE, kind: 'join' });
    await layer.verifiedPairs.add({ question: 'List the titles of the books alphabetically', sql: 'SELECT title FROM books ORDER BY title' });
    await layer.verifiedPairs.add({ question: 'How many books are there?', sql: 'SELECT count(*) AS n FROM books' });
    const question = 'What was the total weight in kg of Fantasy loans last month?';
    server.replies.push(answer('loans join books on isbn; Fantasy; February 2031', `${FANTASY_KG} AND l.loaned_at::DATE >= DATE '2031-02-01' AND l.loaned_at::DATE < DATE '2031-03-01'`));

    const run = await layer.executeQuery({ question });

    expect(run.rows).toEqual([[2.25]]);
    const [system, user] = server.messages();
    expect(user).toEqual({ role: 'user', content: `Question: ${question}` });
    const prompt = system!.content;
    expect(prompt.split('\n')).toContain(`{"today":"${TODAY}"}`);
    // The context is the schema context for this question, verbatim: its tables, relationships and units.
    const context = await layer.schemaContext({ question });
    expect(prompt).toContain(context.text);
    expect(prompt).toContain('"table":"loans"');
    expect(prompt).toContain('"table":"books"');
    expect(prompt).toContain('"relationship":"loans.isbn -> books.isbn"');
    expect(prompt).toContain('"unit":"kg"');
    expect(examplesFromPrompt(prompt)).toEqual([{ question: 'What is the total weight in kilograms of loans per genre?', sql: WEIGHT_PER_GENRE }]);
    const format = prompt.split('\n').find((line) => line.startsWith('Answer with one JSON object'))!;
    expect(format.indexOf('"reasoning"')).toBeLessThan(format.indexOf('"sql"'));
    for (const table of INTERNAL) expect(JSON.stringify(server.seen.at(-1)!.body), table).not.toMatch(new RegExp(`\\b${table}\\b`));
    expect(run.generated).toMatchObject({ reasoning: 'loans join books on isbn; Fantasy; February 2031', repaired: false });
  });

  it('with no verified pair similar enough, the prompt carries no examples (not generic ones about the first table)', async () => {
    const { layer } = await library();
    await layer.verifiedPairs.add({ question: 'List the titles of the books alphabetically', sql: 'SELECT title FROM books ORDER BY title' });
    server.replies.push(answer('count loans', 'SELECT count(*) AS n FROM loans'));
    await layer.executeQuery({ question: 'How many loans were made?' });
    const prompt = server.messages()[0]!.content;
    expect(examplesFromPrompt(prompt)).toEqual([]);
    expect(prompt).not.toMatch(/How many (books|loans) are there/);
  });

  it('SQL reading an internal table is refused as LS_QUERY_REFUSED (rule internal-table), sent back once, and logged as refused', async () => {
    const { engine, layer } = await library();
    const snoop = 'SELECT question, sql FROM query_executions';
    server.replies.push(answer('the log has the answers', snoop), answer('still the log', `${snoop} LIMIT 5`));
    const failure = await layer.executeQuery({ question: 'What did other people ask?' }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'LS_QUERY_REFUSED', details: { rule: 'internal-table', tables: ['query_executions'], generatedSql: `${snoop} LIMIT 5` } });
    expect(server.messages().at(-1)!.content).toMatch(/That SQL failed: Refused \(internal-table\)/);
    const logged = await engine.sink.reader.all<{ status: string; refusal_rule: string }>(`SELECT status, refusal_rule FROM query_executions WHERE question IS NOT NULL`);
    expect(logged).toEqual([{ status: 'refused', refusal_rule: 'internal-table' }]);
  });
});

describe('one more round when the SQL runs but its result contradicts the question', () => {
  it('a count where a total of a quantity was asked goes back once, and the sum is answered', async () => {
    const { layer } = await library();
    server.replies.push(answer('count Fantasy loans', `SELECT count(*) AS n FROM loans l JOIN books b ON l.isbn = b.isbn WHERE b.genre = 'Fantasy'`), answer('sum the weight', FANTASY_KG));
    const before = server.seen.length;
    const run = await layer.executeQuery({ question: 'How much weight in total was loaned for Fantasy books?' });
    expect(server.seen.length - before).toBe(2);
    expect(server.messages().at(-1)!.content).toMatch(/contradicts the question: the question asks how much/);
    expect(run.rows).toEqual([[2.25]]);
    expect(run.generated!.shapeRepair).toEqual(expect.objectContaining({ problem: 'count-for-quantity', fixed: true }));
  });

  it('zero rows for a value the question names goes back once; a right answer is not sent back', async () => {
    const { layer } = await library();
    const fantasyLoans = `SELECT count(*) AS n FROM loans l JOIN books b ON l.isbn = b.isbn WHERE lower(b.genre) = lower('Fantasy')`;
    server.replies.push(answer('list Fantasy loans', `SELECT l.loan_id FROM loans l JOIN books b ON l.isbn = b.isbn WHERE b.genre = 'fantasy'`), answer('compare case-insensitively', fantasyLoans));
    const run = await layer.executeQuery({ question: 'Which loans were of Fantasy books?' });
    expect(server.messages().at(-1)!.content).toMatch(/returned no rows, yet the question names values the store holds \('Fantasy' in books\.genre\)/);
    expect(run.rows).toEqual([[3]]);
    expect(run.generated!.shapeRepair).toEqual(expect.objectContaining({ problem: 'no-rows-for-named-value', fixed: true }));

    const before = server.seen.length;
    server.replies.push(answer('case-insensitive', fantasyLoans));
    const right = await layer.executeQuery({ question: 'How many loans were of Fantasy books?' });
    expect(server.seen.length - before).toBe(1);
    expect(right.generated!.shapeRepair).toBeUndefined();
  });
});

describe('eval over verified pairs, with a model', () => {
  it("asks each pair's question with that pair left out of the examples, so it cannot pass by copying its own SQL", async () => {
    const { layer } = await library();
    const perGenre = 'What is the total weight in kilograms of loans per genre?';
    const fantasy = 'What is the total weight in kilograms of Fantasy loans?';
    await layer.verifiedPairs.add({ question: perGenre, sql: WEIGHT_PER_GENRE, kind: 'join' });
    await layer.verifiedPairs.add({ question: fantasy, sql: FANTASY_KG, kind: 'join' });
    server.replies.push(answer('per genre', WEIGHT_PER_GENRE), answer('all genres, not Fantasy', 'SELECT sum(weight_kg) AS kg FROM loans'));
    const before = server.seen.length;
    const report = await runVerifiedEvaluation(layer);
    const asked = server.seen.slice(before).map((request) => request.body.messages!);
    expect(asked.map((messages) => examplesFromPrompt(messages[0]!.content).map((e) => e.question))).toEqual([[fantasy], [perGenre]]);
    expect(report).toMatchObject({ questions: 2, correct: 1, wrong: 1, wrongAnswerRate: 0.5, byKind: { join: { questions: 2, correct: 1, wrong: 1 } } });
  });
});
