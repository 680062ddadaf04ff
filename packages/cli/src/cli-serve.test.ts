import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `living-schema serve` (the built binary) on the demo database, every endpoint over real HTTP.
const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'bin.js');
const ADMIN = 'serve-admin-token-0123456789abcdef';
const READER = 'serve-read-token-0123456789abcdef';

let server: ChildProcess;
let url: string;
let directory: string;

const call = (path: string, init: RequestInit = {}, token = ADMIN) => fetch(`${url}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...(init.headers ?? {}) } });
// Response bodies of this API are JSON documents the assertions below pick apart.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const body = async (response: Promise<Response>): Promise<any> => (await response).json();
const json = (payload: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'ls-serve-'));
  const db = join(directory, 'demo.duckdb');
  const demo = spawnSync(process.execPath, [bin, '--db', db, '--json', 'demo'], { encoding: 'utf8', timeout: 120_000 });
  expect(demo.status, demo.stderr).toBe(0);
  server = spawn(process.execPath, [bin, '--db', db, 'serve', '--port', '0'], {
    cwd: directory,
    env: { ...process.env, LIVING_SCHEMA_TOKENS: `ops:admin:${ADMIN},analyst:read:${READER}`, LIVING_SCHEMA_SLACK_WEBHOOK_URL: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  url = await new Promise<string>((resolve, reject) => {
    let text = '';
    server.stderr!.on('data', (chunk) => {
      text += chunk;
      const match = /server on (http:\/\/\S+)/.exec(text);
      if (match) resolve(match[1]!);
    });
    server.on('exit', (code) => reject(new Error(`serve exited ${code}: ${text}`)));
  });
}, 180_000);

afterAll(() => {
  server?.kill('SIGTERM');
});

describe('living-schema serve on the demo database', () => {
  it('answers health, metrics and the OpenAPI document', async () => {
    expect(await body(fetch(`${url}/healthz`))).toMatchObject({ status: 'ok' });
    expect(await (await call('/metrics', {}, READER)).text()).toContain('living_schema_schema_version');
    expect((await fetch(`${url}/openapi.json`)).status).toBe(401);
    expect((await body(call('/openapi.json', {}, READER))).openapi).toBe('3.1.0');
  });

  it('answers the schema endpoints', async () => {
    const current = await body(call('/api/schema/current', {}, READER));
    expect(current.version).toBeGreaterThan(1);
    expect(current.catalog.entityTypes.map((e: { name: string }) => e.name)).toEqual(expect.arrayContaining(['VESSEL_NAME', 'FLAG', 'IMO', 'PORT']));
    expect((await body(call('/api/schema/at/1', {}, READER))).version).toBe(1);
    expect((await body(call(`/api/schema/at/${encodeURIComponent(new Date().toISOString())}`, {}, READER))).version).toBe(current.version);
    const versions = await body(call('/api/schema/versions', {}, READER));
    expect(versions.at(-1).version).toBe(current.version);
    const diff = await body(call(`/api/schema/diff/1/${current.version}`, {}, READER));
    expect(diff.changes.some((c: { change: string; impact: string }) => c.change === 'added' && c.impact === 'additive')).toBe(true);
  });

  it('answers conflicts and resolves one', async () => {
    const { conflicts } = await body(call('/api/conflicts', {}, READER));
    expect(conflicts.length).toBeGreaterThan(0);
    expect((await call(`/api/conflicts/${conflicts[0].id}/resolve`, json({ action: 'keep_separate' }), READER)).status).toBe(403);
    const resolved = await call(`/api/conflicts/${conflicts[0].id}/resolve`, json({ action: 'keep_separate' }));
    expect(resolved.status).toBe(200);
    const after = await body(call('/api/conflicts?status=all', {}, READER));
    expect(after.conflicts.find((c: { id: number }) => c.id === conflicts[0].id).status).not.toBe('pending');
  });

  it('answers questions and SQL, and saves, refreshes, diffs and deletes reports', async () => {
    const answer = await body(call('/api/query', json({ question: 'How many vessels are there?' }), READER));
    expect(answer.sql).toMatch(/count/i);
    expect(answer.rows).toEqual([[expect.any(Number)]]);
    const sql = await body(call('/api/query', json({ sql: 'SELECT count(*) AS n FROM vessels' }), READER));
    expect(sql.rows).toEqual(answer.rows);
    const saved = await body(call('/api/reports', json({ name: 'vessel count', sql: 'SELECT count(*) AS n FROM vessels' })));
    expect(saved.name).toBe('vessel count');
    expect((await body(call('/api/reports', {}, READER))).reports.some((r: { id: string }) => r.id === saved.id)).toBe(true);
    const check = await body(call(`/api/reports/${saved.id}/refresh`, { method: 'POST' }));
    expect(check.status).toBe('unchanged');
    expect((await call(`/api/reports/${saved.id}/diff`, {}, READER)).status).toBe(200);
    expect((await call(`/api/reports/${saved.id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await call(`/api/reports/${saved.id}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('ingests an upload', async () => {
    const form = new FormData();
    writeFileSync(join(directory, 'ports.csv'), 'port_name,country\nRotterdam,Netherlands\nBusan,South Korea\n');
    form.append('file', new Blob(['port_name,country\nRotterdam,Netherlands\nBusan,South Korea\n']), 'ports.csv');
    const ingested = await body(call('/api/ingest', { method: 'POST', body: form }));
    expect(ingested.batches).toEqual([expect.objectContaining({ file: 'ports.csv', dataset: 'ports', rowsLoaded: 2, status: 'loaded' })]);
    const current = await body(call('/api/schema/current', {}, READER));
    expect(current.catalog.datasets.map((d: { name: string }) => d.name)).toContain('ports');
  });
});
