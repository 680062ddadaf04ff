import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Runs the built binary, as a user would (`npm test` builds first).
const here = dirname(fileURLToPath(import.meta.url));
const bin = join(here, '..', 'dist', 'bin.js');
const env = { ...process.env, ANTHROPIC_API_KEY: '', OPENAI_API_KEY: '', LIVING_SCHEMA_LLM_PROVIDER: '' };

function run(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('living-schema feedback and eval over verified pairs', () => {
  it('marks answers right or wrong (a corrected SQL is run and kept), then eval runs the pairs: accuracy by kind and the wrong-answer rate', () => {
    const db = join(mkdtempSync(join(tmpdir(), 'ls-cli-feedback-')), 'x.duckdb');
    const cli = (...args: string[]) => run(['--db', db, ...args]);
    expect(cli('--json', 'ingest', 'sample:registry').code).toBe(0);
    expect(cli('eval').stdout).toMatch(/No verified pairs yet: mark answers with `living-schema feedback/);

    const perFlag = JSON.parse(cli('--json', 'ask', 'How many vessels per flag state?').stdout);
    const right = cli('feedback', perFlag.executionId, 'right', '--kind', 'group-by');
    expect(right.code, right.stderr).toBe(0);
    expect(right.stdout).toMatch(new RegExp(`Marked ${perFlag.executionId} right \\("How many vessels per flag state\\?"\\)\\. Verified pair .* \\(group-by\\): SELECT`));

    // The offline reader refuses this one; the refusal's id is printed, and a correction teaches it.
    const refused = cli('ask', 'How many vessels fly the flag of Liberia?');
    const refusedId = /execution ([0-9a-f-]{36}): teach the answer with living-schema feedback/.exec(refused.stderr)?.[1];
    expect(refusedId, refused.stderr).toBeDefined();
    const corrected = "SELECT count(*) AS vessels FROM vessels WHERE flag_state = 'Liberia'";
    const taught = cli('--json', 'feedback', refusedId!, 'wrong', '--sql', corrected, '--kind', 'filter');
    expect(taught.code, taught.stderr).toBe(0);
    expect(JSON.parse(taught.stdout)).toMatchObject({ verdict: 'wrong', verifiedPair: { sql: corrected, kind: 'filter', source: 'correction' }, correction: { rows: [[6]] } });

    const evaluated = cli('--json', 'eval', '--provider', 'offline');
    expect(evaluated.code, evaluated.stderr).toBe(0);
    const report = JSON.parse(evaluated.stdout);
    expect(report).toMatchObject({ questions: 2, correct: 1, refusals: 1, wrong: 0, wrongAnswerRate: 0 });
    expect(report.byKind).toEqual({
      'group-by': { questions: 1, correct: 1, wrong: 0, refused: 0, accuracy: 1 },
      filter: { questions: 1, correct: 0, wrong: 0, refused: 1, accuracy: 0 },
    });
    const text = cli('eval', '--min-accuracy', '0.9');
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/kind\s+questions\s+correct\s+wrong\s+refused\s+accuracy/);
    expect(text.stdout).toMatch(/filter\s+1\s+0\s+0\s+1\s+0\.0%/);
    expect(text.stdout).toMatch(/execution accuracy 50\.0% \(1\/2\), wrong answers 0\.0% \(0\)/);
  }, 300_000); // Ten runs of the binary: a generous bound against a hang on a loaded machine.

  it('bad feedback exits 1 with a code naming the input', () => {
    const db = join(mkdtempSync(join(tmpdir(), 'ls-cli-feedback-bad-')), 'x.duckdb');
    expect(run(['--db', db, '--json', 'ingest', 'sample:registry']).code).toBe(0);
    const asked = JSON.parse(run(['--db', db, '--json', 'ask', 'How many vessels per flag state?']).stdout);
    const verdict = run(['--db', db, 'feedback', asked.executionId, 'maybe']);
    expect(verdict.code).toBe(1);
    expect(verdict.stderr).toMatch(/LS_FEEDBACK_INVALID.*"maybe" is neither "right" nor "wrong"/);
    const unknown = run(['--db', db, '--json', 'feedback', '00000000-0000-0000-0000-000000000000', 'right']);
    expect(unknown.code).toBe(1);
    expect(JSON.parse(unknown.stderr).error).toMatchObject({ code: 'LS_NOT_FOUND' });
    const write = run(['--db', db, '--json', 'feedback', asked.executionId, 'wrong', '--sql', 'DROP TABLE vessels']);
    expect(write.code).toBe(1);
    expect(JSON.parse(write.stderr).error).toMatchObject({ code: 'LS_QUERY_REFUSED', details: { rule: 'write-statement' } });
    expect(JSON.parse(run(['--db', db, '--json', 'sql', 'SELECT count(*) AS n FROM vessels']).stdout).rows[0][0]).toBeGreaterThan(0);
  }, 300_000);
});
