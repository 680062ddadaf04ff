import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFromConfig, type ServedFromConfig } from './index.js';

const directory = mkdtempSync(join(tmpdir(), 'ls-executions-'));
const token = (name: string) => `${name}-token-0123456789abcdef`;
const env = {
  LIVING_SCHEMA_TOKENS: `alice:read:${token('alice')},bob:read:${token('bob')},ops:admin:${token('ops')}`,
  LIVING_SCHEMA_LLM_PROVIDER: 'offline',
  LIVING_SCHEMA_SLACK_WEBHOOK_URL: '',
};
let server: ServedFromConfig;

beforeAll(async () => {
  server = await serveFromConfig({ database: join(directory, 'log.duckdb'), env, overrides: { port: 0, logRequests: false } });
}, 120_000);
afterAll(async () => {
  await server?.close();
  rmSync(directory, { recursive: true, force: true });
});

const as = (name: string, path: string, init: RequestInit = {}) =>
  fetch(`${server.url}${path}`, { ...init, headers: { authorization: `Bearer ${token(name)}`, 'content-type': 'application/json', ...(init.headers ?? {}) } });
const ask = async (name: string, sql: string) => (await as(name, '/api/query', { method: 'POST', body: JSON.stringify({ sql }) })).status;
type Listed = { executions: Array<{ askedBy: string | null; sql: string; status: string }> };
const listed = async (name: string) => ((await (await as(name, '/api/executions')).json()) as Listed).executions;

describe('the query log records who asked and shows each caller their own entries', () => {
  it('keeps the token name of every run, refused ones included', async () => {
    expect(await ask('alice', "SELECT 'alice secret' AS s")).toBe(200);
    expect(await ask('bob', "SELECT 'bob secret' AS s")).toBe(200);
    expect(await ask('bob', 'DELETE FROM raw_documents')).toBe(400);
    const all = await listed('ops');
    expect(all.map((e) => [e.askedBy, e.status])).toEqual(expect.arrayContaining([['alice', 'ok'], ['bob', 'ok'], ['bob', 'refused']]));
  });

  it("a read token sees only its own entries, never another user's SQL", async () => {
    const alice = await listed('alice');
    expect(alice.length).toBeGreaterThan(0);
    expect(alice.every((e) => e.askedBy === 'alice')).toBe(true);
    expect(JSON.stringify(alice)).not.toContain('bob secret');
    const bob = await listed('bob');
    expect(bob.map((e) => e.status).sort()).toEqual(['ok', 'refused']);
    expect(JSON.stringify(bob)).not.toContain('alice secret');
  });

  it('an admin token sees every entry; the query log stays refused to SQL', async () => {
    const all = await listed('ops');
    expect(new Set(all.map((e) => e.askedBy))).toEqual(new Set(['alice', 'bob']));
    expect(await ask('alice', 'SELECT question, sql FROM query_executions')).toBe(400);
  });

  it('raising the row limit or the timeout needs an admin token', async () => {
    const body = JSON.stringify({ sql: 'SELECT 1 AS one', maxRows: 5 });
    expect((await as('alice', '/api/query', { method: 'POST', body })).status).toBe(403);
    const admin = await as('ops', '/api/query', { method: 'POST', body });
    expect(admin.status).toBe(200);
    expect(await admin.json()).toMatchObject({ rows: [[1]], columnTypes: ['INTEGER'], asOf: null });
  });
});
