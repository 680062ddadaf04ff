import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { LATEST_MIGRATION } from '@living-schema/sink-duckdb';
import { openAiCompatibleServer } from '../../query-llm/src/openai-wire.fixture.js';

// Runs the built binary, as a user would (`npm test` builds first); asynchronously, so that the
// fake provider server in this process can answer it.
const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'bin.js');
const quiet = { ANTHROPIC_API_KEY: '', OPENAI_API_KEY: '', LIVING_SCHEMA_LLM_PROVIDER: '', LIVING_SCHEMA_LLM_BASE_URL: '', LIVING_SCHEMA_DB: '' };

async function run(cwd: string, args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...quiet, ...env }, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

type Report = { ok: boolean; checks: Array<{ check: string; status: string; detail: string; data?: Record<string, unknown> }> };
const checkOf = (report: Report, name: string) => report.checks.find((c) => c.check === name)!;
const project = () => mkdtempSync(join(tmpdir(), 'ls-doctor-'));

const server = await openAiCompatibleServer();
afterAll(() => server.close());

describe('living-schema doctor', () => {
  it('passes on a fresh store, and names a vendor key that is set but chooses nothing', async () => {
    const cwd = project();
    expect((await run(cwd, ['--db', 'fleet.duckdb', 'init'])).code).toBe(0);
    const result = await run(cwd, ['--db', 'fleet.duckdb', '--json', 'doctor'], { ANTHROPIC_API_KEY: 'sk-ant-test' });
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.ok).toBe(true);
    expect(report.checks.map((c) => c.check)).toEqual(['node', 'store', 'staging', 'plugins', 'llm', 'optional-packages']);
    expect(checkOf(report, 'node')).toMatchObject({ status: 'ok', data: { running: process.versions.node, needed: '>=20.16' } });
    expect(checkOf(report, 'store')).toMatchObject({ status: 'ok', data: { migration: LATEST_MIGRATION, latest: LATEST_MIGRATION } });
    expect(checkOf(report, 'staging')).toMatchObject({ status: 'ok', data: { staging: join(cwd, '.living-schema', 'staging') } });
    expect(checkOf(report, 'plugins')).toMatchObject({ status: 'ok', detail: 'no config file: the first-party plugins only' });
    expect(checkOf(report, 'llm')).toMatchObject({ status: 'note', data: { provider: 'offline', unusedKeys: ['ANTHROPIC_API_KEY'] } });
    expect(checkOf(report, 'llm').detail).toBe('provider offline, model offline-catalog-v1: nothing leaves this machine; ANTHROPIC_API_KEY set but unused (a key alone never chooses a provider)');
    expect(JSON.stringify(report)).not.toContain('sk-ant-test');
  });

  it('exits 1 and says what to do for a missing store, a plugin that does not load and a provider without its key', async () => {
    const cwd = project();
    writeFileSync(join(cwd, 'living-schema.config.json'), JSON.stringify({ llm: { provider: 'anthropic' }, notifiers: ['ls-no-such-notifier'] }));
    const result = await run(cwd, ['--db', 'missing.duckdb', 'doctor']);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toContain(`PROBLEM  store             missing.duckdb does not exist: run \`living-schema init\` (or name the store with --db).`);
    expect(lines.find((line) => line.includes(' plugins '))).toMatch(/^PROBLEM  plugins .*living-schema\.config\.json: notifiers\[0\]: cannot load "ls-no-such-notifier"/);
    expect(lines).toContain('PROBLEM  llm               provider anthropic needs a key: set ANTHROPIC_API_KEY, or choose provider "offline".');
    expect(lines.at(-1)).toBe('3 problem(s) found.');
  });
});

describe('the LLM provider of `living-schema ask`', () => {
  const question = 'How many vessels are there?';
  const storeWithVessels = async () => {
    const cwd = project();
    writeFileSync(join(cwd, 'vessels.csv'), 'vessel_name,flag_state\nOcean Wren,Liberia\nNorth Tern,Panama\n');
    expect((await run(cwd, ['--db', 'fleet.duckdb', 'ingest', 'vessels.csv'])).code).toBe(0);
    return cwd;
  };

  it('is offline when only a key and a base URL are in the environment: the server hears nothing', async () => {
    const cwd = await storeWithVessels();
    const before = server.seen.length;
    const asked = await run(cwd, ['--db', 'fleet.duckdb', '--json', 'ask', question], { OPENAI_API_KEY: 'sk-test', LIVING_SCHEMA_LLM_BASE_URL: server.baseURL });
    expect(asked.code, asked.stderr).toBe(0);
    expect(JSON.parse(asked.stdout).rows).toEqual([[2]]);
    expect(server.seen.length).toBe(before);
  });

  it('is the one the config file names, which then receives the question', async () => {
    const cwd = await storeWithVessels();
    writeFileSync(join(cwd, 'living-schema.config.json'), JSON.stringify({ llm: { provider: 'openai-compatible', model: 'local-test', baseURL: server.baseURL } }));
    server.replies.push(JSON.stringify({ reasoning: 'count the rows', sql: 'SELECT count(*) AS vessels FROM vessels' }));
    const asked = await run(cwd, ['--db', 'fleet.duckdb', '--json', 'ask', question]);
    expect(asked.code, asked.stderr).toBe(0);
    expect(JSON.parse(asked.stdout).rows).toEqual([[2]]);
    expect(server.messages().at(-1)).toEqual({ role: 'user', content: `Question: ${question}` });
    const doctor = JSON.parse((await run(cwd, ['--db', 'fleet.duckdb', '--json', 'doctor'])).stdout) as Report;
    expect(checkOf(doctor, 'llm')).toMatchObject({ status: 'ok', data: { provider: 'openai-compatible', baseURL: server.baseURL } });
  });

  it('is a provider package the config file names with `use`, reported by doctor', async () => {
    const cwd = await storeWithVessels();
    // A provider with no dependencies, so that it loads from a bare folder: it answers every question alike.
    writeFileSync(join(cwd, 'canned.mjs'), `export default ({ sql }) => ({
  specificationVersion: 'v1', name: 'canned', model: 'canned-1',
  complete: async () => ({ text: JSON.stringify({ reasoning: 'always the same', sql }), model: 'canned-1', usage: { inputTokens: 0, outputTokens: 0 } }),
});\n`);
    writeFileSync(join(cwd, 'living-schema.config.json'), JSON.stringify({ llm: { use: './canned.mjs', options: { sql: 'SELECT 7 AS answer' } } }));
    const asked = await run(cwd, ['--db', 'fleet.duckdb', '--json', 'ask', question], { OPENAI_API_KEY: 'sk-test' });
    expect(asked.code, asked.stderr).toBe(0);
    expect(JSON.parse(asked.stdout).rows).toEqual([[7]]);
    const doctor = JSON.parse((await run(cwd, ['--db', 'fleet.duckdb', '--json', 'doctor'], { OPENAI_API_KEY: 'sk-test' })).stdout) as Report;
    expect(checkOf(doctor, 'llm')).toMatchObject({ status: 'note', data: { provider: 'canned', model: 'canned-1', plugin: true, unusedKeys: ['OPENAI_API_KEY'] } });
    expect(checkOf(doctor, 'plugins').detail).toMatch(/1 plugin\(s\) loaded \(llm: canned\)$/);
  });
});
