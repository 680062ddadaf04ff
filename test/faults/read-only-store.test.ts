import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeServices, serverConfigSchema, startServer } from '@living-schema/reference-server';

// Issue 14, finding 7: a read-only store (its file and folder on a read-only mount) could not be
// queried: `sql`, `ask` and `serve` failed with LS_LOAD_FAILED because reads write the query
// log. The real `living-schema` binary and a real server on 127.0.0.1. A read-only bind mount,
// not chmod: root (CI) writes through file modes.
const root = new URL('../../', import.meta.url).pathname;
const bin = join(root, 'packages/cli/dist/bin.js');
const directory = mkdtempSync(join(tmpdir(), 'ls-read-only-'));
const store = join(directory, 'store');
const database = join(store, 'fleet.duckdb');
const staging = join(directory, 'staging');
const mount = (args: string[]) => spawnSync('mount', args, { encoding: 'utf8' });

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [bin, '--db', database, '--staging', staging, '--json', ...args], {
    env: { ...process.env, LIVING_SCHEMA_SLACK_WEBHOOK_URL: '', ANTHROPIC_API_KEY: '', OPENAI_API_KEY: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

beforeAll(async () => {
  expect(process.getuid?.() === 0, 'this test bind-mounts a read-only folder and must run as root (CI does)').toBe(true);
  mkdirSync(store);
  const file = join(directory, 'vessels.csv');
  writeFileSync(file, 'vessel_name,flag_state\nAurora,Liberia\nBorealis,Panama\nCeto,Liberia\n');
  const ingest = await cli(['ingest', file, '--dataset', 'vessels']);
  expect(ingest.code, ingest.stderr).toBe(0);
  expect(mount(['--bind', store, store]).status).toBe(0);
  expect(mount(['-o', 'remount,bind,ro', store]).status).toBe(0);
}, 180_000);

afterAll(() => {
  spawnSync('umount', ['-l', store]);
});

describe('a store on a read-only mount', () => {
  it('answers `sql`, skipping the query log with one warning', async () => {
    const run = await cli(['sql', "SELECT count(*) AS n FROM vessels WHERE flag_state = 'Liberia'"]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).rows).toEqual([[2]]);
    const warnings = run.stderr.split('\n').filter((line) => /query log/i.test(line));
    expect(warnings, run.stderr).toHaveLength(1);
    expect(warnings[0]).toMatch(/read-only/);
  }, 120_000);

  it('answers `ask`', async () => {
    const run = await cli(['ask', 'how many vessels are there?']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).rows).toEqual([[3]]);
  }, 120_000);

  it('refuses a write with LS_STORE_READ_ONLY naming the database', async () => {
    const file = join(directory, 'more.csv');
    writeFileSync(file, 'vessel_name,flag_state\nDelphine,Malta\n');
    const run = await cli(['ingest', file, '--dataset', 'vessels']);
    expect(run.code).toBe(1);
    expect(`${run.stdout}\n${run.stderr}`).toContain('LS_STORE_READ_ONLY');
    expect(`${run.stdout}\n${run.stderr}`).toContain('fleet.duckdb');
  }, 120_000);

  it('serves reads over HTTP; a saved report is 409 and an upload names LS_STORE_READ_ONLY', async () => {
    const token = 'read-only-admin-token-0123456789';
    const config = serverConfigSchema.parse({ database, stagingDirectory: staging, llm: { provider: 'offline' } });
    const services = await composeServices(config, { env: {}, engine: { notifiers: [] } });
    const server = await startServer({ services, options: { port: 0, tokens: [{ token, scope: 'admin', name: 'ops' }], logRequests: false }, env: {}, log: () => undefined });
    try {
      const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
      const answer = await fetch(`${server.url}/api/query`, { method: 'POST', headers, body: JSON.stringify({ sql: 'SELECT count(*) AS n FROM vessels' }) });
      const body = await answer.text();
      expect(answer.status, body).toBe(200);
      expect(JSON.parse(body).rows).toEqual([[3]]);
      const save = await fetch(`${server.url}/api/reports`, { method: 'POST', headers, body: JSON.stringify({ name: 'fleet size', sql: 'SELECT count(*) AS n FROM vessels' }) });
      const saved = await save.text();
      expect(save.status, saved).toBe(409);
      expect(JSON.parse(saved).code).toBe('LS_STORE_READ_ONLY');
      const form = new FormData();
      form.append('file', new File(['vessel_name\nEos\n'], 'eos.csv', { type: 'text/csv' }));
      const write = await fetch(`${server.url}/api/ingest`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
      const refused = await write.json();
      expect(write.status).toBe(422);
      expect(refused.failures).toMatchObject([{ input: 'eos.csv', code: 'LS_STORE_READ_ONLY' }]);
    } finally {
      await server.close();
      await services.close();
    }
  }, 120_000);
});
