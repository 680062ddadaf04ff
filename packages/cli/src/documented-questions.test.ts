// Every question the README, the quick start, the CLI README and the demo print is answered
// correctly on the data those pages load: the offline answer's rows equal the rows of SQL written
// by hand for the question and run with `living-schema sql` on the same store.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const bin = join(here, '..', 'dist', 'bin.js');
const env = { ...process.env, ANTHROPIC_API_KEY: '', OPENAI_API_KEY: '', LIVING_SCHEMA_LLM_PROVIDER: '', LIVING_SCHEMA_DB: '' };

function run(db: string, args: string[]) {
  const result = spawnSync(process.execPath, [bin, '--db', db, '--json', ...args], { encoding: 'utf8', env, cwd: root, timeout: 120_000 });
  expect(result.status, `${args.join(' ')}: ${result.stderr}`).toBe(0);
  return JSON.parse(result.stdout) as { rows: unknown[][]; sql?: string };
}

const sorted = (rows: unknown[][]) => rows.map((r) => JSON.stringify(r)).sort();

function expectAnswer(db: string, question: string, gold: string) {
  const answer = run(db, ['ask', question]);
  const expected = run(db, ['sql', gold]);
  expect(expected.rows.length, gold).toBeGreaterThan(0);
  expect(sorted(answer.rows), `${question}\n${answer.sql}`).toEqual(sorted(expected.rows));
}

/** The questions a page prints, so a question added to the page without a gold here fails. */
function printedQuestions(page: string): string[] {
  return [...readFileSync(join(root, page), 'utf8').matchAll(/living-schema (?:--db \S+ )?ask "([^"]+)"/g)].map((m) => m[1]!);
}

const ON_EXPORTS: Record<string, string> = {
  'how many vessels per flag state?': 'SELECT flag_state, count(*) FROM vessel_registry GROUP BY 1',
  'how many vessels are flagged in Liberia?': `SELECT count(*) FROM vessel_registry WHERE flag_state = 'Liberia'`,
};
const ON_SAMPLE: Record<string, string> = {
  'How many vessels per flag state?': 'SELECT flag_state, count(*) FROM vessels GROUP BY 1',
  'How many vessels are flagged in Liberia?': `SELECT count(*) FROM vessels WHERE flag_state = 'Liberia'`,
  'Which owner has the largest total gross tonnage?': 'SELECT owner, sum(gross_tonnage) AS t FROM vessels GROUP BY 1 ORDER BY t DESC LIMIT 1',
  'How many documents mention PORT Busan?': `SELECT count(DISTINCT document_id) FROM annotations WHERE label = 'PORT' AND lower(text) = 'busan'`,
  // Printed refused, then answered once the page has taught "heft" (docs/querying.md, "Words your team uses").
  'What is the average heft of the vessels?': 'SELECT avg(gross_tonnage) FROM vessels',
};

/** The words a page teaches (`schema teach <target> <word...>`, not `--forget`), to teach them as the reader of the page does. */
function taughtWords(page: string): string[][] {
  return [...readFileSync(join(root, page), 'utf8').matchAll(/living-schema schema teach (\S+) ([^\n#]+?)\s*(?:#.*)?$/gm)]
    .filter((m) => !m[2]!.includes('--forget'))
    .map((m) => ['schema', 'teach', m[1]!, ...m[2]!.trim().split(/\s+/)]);
}

/** The demo's questions, read from its source so a question added there needs a gold here. */
function demoQuestions(): string[] {
  const source = readFileSync(join(here, 'demo-step-query.ts'), 'utf8');
  const list = /const QUESTIONS = \[([^\]]+)\]/.exec(source)?.[1] ?? '';
  return [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
}

function expectAll(db: string, printed: string[], gold: Record<string, string>) {
  expect(printed.length).toBeGreaterThan(0);
  for (const question of printed) expect(gold[question], `no gold for the printed question "${question}"`).toBeDefined();
  for (const question of printed) expectAnswer(db, question, gold[question]!);
}

describe('the questions the documentation prints', () => {
  it('answers the README and quick start questions on examples/exports, as their tour loads it', () => {
    const db = join(mkdtempSync(join(tmpdir(), 'ls-documented-')), 'own.duckdb');
    run(db, ['ingest', 'examples/exports/']);
    expectAll(db, [...printedQuestions('README.md'), ...printedQuestions('docs/quick-start.md')], ON_EXPORTS);
  }, 300_000); // a dozen CLI runs: a hang guard, not a budget

  it('answers the demo and querying guide questions on the sample data', () => {
    const db = join(mkdtempSync(join(tmpdir(), 'ls-documented-')), 'fleet.duckdb');
    run(db, ['demo']);
    for (const teach of taughtWords('docs/querying.md')) run(db, teach);
    expectAll(db, [...new Set([...demoQuestions(), ...printedQuestions('docs/querying.md')])], ON_SAMPLE);
  }, 300_000);
});
