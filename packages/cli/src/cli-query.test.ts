import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { duckdb } from '@living-schema/sink-duckdb';

// Runs the built binary, as a user would (`npm test` builds first).
const here = dirname(fileURLToPath(import.meta.url));
const bin = join(here, '..', 'dist', 'bin.js');
const env = { ...process.env, ANTHROPIC_API_KEY: '', OPENAI_API_KEY: '', LIVING_SCHEMA_LLM_PROVIDER: '' };

function run(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('living-schema ask, sql modes, reports, eval', () => {
  it('answers a question offline, saves a report, notices new data, answers as of a moment, and logs every run', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'ls-cli-query-')), 'x.duckdb');
    expect(run(['--db', db, '--json', 'ingest', 'sample:reports']).code).toBe(0);

    const asked = run(['--db', db, '--json', 'ask', 'How many documents mention PORT Busan?']);
    expect(asked.code).toBe(0);
    expect(JSON.parse(asked.stdout)).toEqual({ executionId: expect.any(String), sql: expect.stringContaining('annotations'), columns: ['documents'], rows: [[expect.any(Number)]] });
    const before = JSON.parse(asked.stdout).rows[0][0] as number;

    const saved = run(['--db', db, '--json', 'reports', 'save', 'ports', '--sql', 'SELECT text AS port, count(*) AS mentions FROM annotations WHERE label = $$PORT$$ GROUP BY 1']);
    expect(saved.code, saved.stderr).toBe(0);
    const watermark = JSON.parse(saved.stdout).watermark as string;
    expect(run(['--db', db, '--json', 'ingest', 'sample:reports-round-2']).code).toBe(0);

    const checked = run(['--db', db, '--json', 'reports', 'check']);
    expect(checked.code, checked.stderr).toBe(0);
    const [check] = JSON.parse(checked.stdout);
    expect(check.status).toBe('data_changed');
    expect(check.diff.keyColumns).toEqual(['port']);
    expect(check.diff.added.length + check.diff.changed.length).toBeGreaterThan(0);
    expect(JSON.parse(run(['--db', db, '--json', 'reports', 'diff', 'ports']).stdout).diff.changed).toEqual(check.diff.changed);
    expect(JSON.parse(run(['--db', db, '--json', 'reports', 'list']).stdout)).toEqual([expect.objectContaining({ name: 'ports', status: 'data_changed' })]);

    const count = 'SELECT count(DISTINCT document_id) FROM annotations WHERE label = $$PORT$$ AND text = $$Busan$$';
    const live = JSON.parse(run(['--db', db, '--json', 'sql', count]).stdout);
    const past = JSON.parse(run(['--db', db, '--json', 'sql', count, '--mode', 'time_travel', '--as-of', watermark]).stdout);
    const snapshot = JSON.parse(run(['--db', db, '--json', 'sql', count, '--mode', 'snapshot', '--report', 'ports']).stdout);
    expect(past.rows).toEqual([[before]]);
    expect(snapshot.rows).toEqual([[before]]);
    expect(live.rows[0][0]).toBeGreaterThanOrEqual(before);
    expect(Object.keys(live)).toEqual(['columns', 'columnTypes', 'rows', 'truncated']);

    const bad = run(['--db', db, 'sql', 'SELECT 1', '--mode', 'time_travel', '--as-of', 'yesterday']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/not an ISO 8601 moment/);
    const refused = run(['--db', db, 'ask', 'How many documents mention unicorn stables over the rainbow?']);
    expect(refused.code).toBe(0);
    // The query log is internal: `sql` refuses it (untrusted SQL), so the test reads the file itself.
    expect(run(['--db', db, '--json', 'sql', 'SELECT count(*) FROM query_executions']).code).toBe(1);
    const sink = duckdb({ path: db });
    await sink.open();
    try {
      const log = await sink.reader.all<{ status: string; n: number }>('SELECT status, count(*)::INTEGER AS n FROM query_executions GROUP BY 1 ORDER BY 1');
      expect(log.find((r) => r.status === 'ok')!.n).toBeGreaterThanOrEqual(7);
    } finally {
      await sink.close();
    }
  }, 240_000); // about 14 CLI runs: a hang guard, not a budget (it passed in 40 s alone, 60+ s on a loaded box)

  it('eval prints accuracy, valid-SQL rate, refusals and latency for the shipped question set', () => {
    const db = join(mkdtempSync(join(tmpdir(), 'ls-cli-eval-')), 'x.duckdb');
    expect(run(['--db', db, '--json', 'ingest', 'sample:registry', 'sample:reports', 'sample:reports-round-2']).code).toBe(0);
    const result = run(['--db', db, '--json', 'eval', '--questions', join(here, '..', 'eval', 'sample-questions.json'), '--provider', 'offline', '--min-accuracy', '0.8']);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ provider: 'offline', questions: 66 });
    expect(report.executionAccuracy).toBeGreaterThanOrEqual(0.8);
    expect(report.validSqlRate).toBeGreaterThanOrEqual(0.8);
    expect(report.latencyMs.p95).toBeGreaterThan(0);
  });
});
