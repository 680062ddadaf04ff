import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeServices, type ComposedServices } from './compose.js';
import { serverConfigSchema } from './server-config.js';
import { startServer, type StartedServer } from './server.js';

// Refusals answer with their 4xx and problem details, never 500; the OpenAPI document lists
// every route the server answers. A real server on 127.0.0.1 over a real DuckDB file.
const ADMIN = 'errors-admin-token-0123456789';
const READER = 'errors-read-token-0123456789';

let directory: string;
let services: ComposedServices;
let server: StartedServer;

async function call(path: string, init: RequestInit & { token?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('authorization', `Bearer ${init.token}`);
  return fetch(`${server.url}${path}`, { ...init, headers });
}
const postJson = (path: string, payload: unknown, token = READER) =>
  call(path, { method: 'POST', token, headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'ls-server-errors-'));
  writeFileSync(join(directory, 'vessels.csv'), 'vessel_name,flag_state,callsign\nAurora,Liberia,A1\nBorealis,Panama,B2\n');
  writeFileSync(join(directory, 'vessels_2025-06.csv'), 'vessel_name,flag_state,call_sign\nCeto,Malta,C3\n');
  const config = serverConfigSchema.parse({ database: join(directory, 'fleet.duckdb'), llm: { provider: 'offline' } });
  services = await composeServices(config, { env: {}, engine: { notifiers: [] } });
  await services.engine.ingest([join(directory, 'vessels.csv'), join(directory, 'vessels_2025-06.csv')]);
  server = await startServer({
    services,
    options: { port: 0, tokens: [{ token: ADMIN, scope: 'admin', name: 'ops' }, { token: READER, scope: 'read', name: 'analyst' }], logRequests: false },
    env: {},
    log: () => undefined,
  });
}, 120_000);

afterAll(async () => {
  await server?.close();
  await services?.close();
});

describe('refusals are 4xx problem details', () => {
  it('a question the offline reader cannot place is 422 naming the words', async () => {
    const response = await postJson('/api/query', { question: 'how many vessels were blessed by the bishop?' });
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const body = await response.json();
    expect(body.code).toBe('LS_QUESTION_NOT_UNDERSTOOD');
    expect(body.unplaced).toEqual(expect.arrayContaining(['blessed', 'bishop']));
    expect(body.detail).toContain('"bishop"');
  });

  it('snapshot mode without a report is 400', async () => {
    const response = await postJson('/api/query', { sql: 'SELECT 1', mode: 'snapshot' });
    expect(response.status).toBe(400);
    expect((await response.json()).code).toBe('LS_CONFIG_INVALID');
  });

  it('a version number past any integer is 404, not a server error', async () => {
    const response = await call('/api/schema/at/99999999999999999999', { token: READER });
    expect(response.status).toBe(404);
    expect((await response.json()).detail).toContain('99999999999999999999');
  });

  it('resolving a conflict twice is 409', async () => {
    const conflicts = (await (await call('/api/conflicts', { token: READER })).json()).conflicts as Array<{ id: number; candidate_name: string }>;
    const conflict = conflicts.find((c) => c.candidate_name === 'call_sign');
    expect(conflict, JSON.stringify(conflicts)).toBeDefined();
    expect((await postJson(`/api/conflicts/${conflict!.id}/resolve`, { action: 'keep_separate' }, ADMIN)).status).toBe(200);
    const again = await postJson(`/api/conflicts/${conflict!.id}/resolve`, { action: 'keep_separate' }, ADMIN);
    expect(again.status).toBe(409);
    expect((await again.json()).code).toBe('LS_CONFLICT_ALREADY_RESOLVED');
  });
});

describe('the OpenAPI document', () => {
  it('needs a token like every route but /healthz', async () => {
    expect((await call('/openapi.json')).status).toBe(401);
    expect((await call('/openapi.json', { token: READER })).status).toBe(200);
  });

  it('lists exactly the API routes the server serves, ingest included', async () => {
    const document = (await (await call('/openapi.json', { token: READER })).json()) as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));
    const served = server.app.routes
      .filter((route) => route.method !== 'ALL' && !route.path.startsWith('/ui') && route.path !== '/' && route.path !== '/*')
      .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`);
    expect(new Set(documented)).toEqual(new Set(served));
    expect(documented).toContain('POST /api/ingest');
  });
});
