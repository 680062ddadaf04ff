import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeServices, type ComposedServices } from './compose.js';
import { serverConfigSchema } from './server-config.js';
import { startServer, type StartedServer } from './server.js';

const ADMIN = 'feedback-admin-token-0123456789';
const READER = 'feedback-reader-token-0123456789';

let services: ComposedServices;
let server: StartedServer;

beforeAll(async () => {
  const directory = mkdtempSync(join(tmpdir(), 'ls-feedback-api-'));
  services = await composeServices(serverConfigSchema.parse({ database: join(directory, 'fleet.duckdb'), llm: { provider: 'offline' } }), { env: {}, engine: { notifiers: [] } });
  writeFileSync(join(directory, 'vessels.csv'), 'vessel_name,flag_state,gross_tonnage\nAurora,Liberia,52000\nBorealis,Panama,31000\nDelphine,Liberia,12000\n');
  await services.engine.ingest([join(directory, 'vessels.csv')], { dataset: 'vessels' });
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

async function post(path: string, body: unknown, token = ADMIN) {
  const response = await fetch(`${server.url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

describe('POST /api/executions/{id}/feedback', () => {
  it('a right answer becomes a verified pair; a corrected SQL replaces it; a reader token may not teach', async () => {
    const asked = await post('/api/query', { question: 'How many vessels per flag state?' }, READER);
    expect(asked.status).toBe(200);
    const id = asked.body.executionId as string;

    expect((await post(`/api/executions/${id}/feedback`, { verdict: 'right' }, READER)).status).toBe(403);
    const right = await post(`/api/executions/${id}/feedback`, { verdict: 'right', kind: 'group-by' });
    expect(right.status, JSON.stringify(right.body)).toBe(200);
    expect(right.body).toMatchObject({ verdict: 'right', question: 'How many vessels per flag state?', verifiedPair: { sql: asked.body.sql, kind: 'group-by', source: 'right' } });

    const corrected = 'SELECT flag_state, count(*) AS vessels FROM vessels GROUP BY flag_state ORDER BY flag_state';
    const wrong = await post(`/api/executions/${id}/feedback`, { verdict: 'wrong', sql: corrected });
    expect(wrong.status, JSON.stringify(wrong.body)).toBe(200);
    expect(wrong.body).toMatchObject({ verifiedPair: { id: right.body.verifiedPair.id, sql: corrected, source: 'correction' }, correction: { rows: [['Liberia', 2], ['Panama', 1]] } });
    expect(await services.queryLayer.verifiedPairs.list()).toEqual([expect.objectContaining({ sql: corrected, kind: 'group-by' })]);
  });

  it('bad feedback is a 4xx problem naming the input; a corrected SQL that writes is refused and the data stays', async () => {
    const asked = await post('/api/query', { question: 'How many vessels per flag state?' }, READER);
    const id = asked.body.executionId as string;
    const verdict = await post(`/api/executions/${id}/feedback`, { verdict: 'maybe' });
    expect(verdict.status).toBe(400);
    expect(verdict.body.detail).toMatch(/verdict/);
    const rightWithSql = await post(`/api/executions/${id}/feedback`, { verdict: 'right', sql: 'SELECT 1' });
    expect(rightWithSql.status).toBe(400);
    expect(rightWithSql.body.detail).toMatch(/sql: a corrected `sql` goes with verdict "wrong"/);
    const unknown = await post('/api/executions/no-such-run/feedback', { verdict: 'right' });
    expect(unknown).toMatchObject({ status: 404, body: { code: 'LS_NOT_FOUND' } });
    const sqlRun = await post('/api/query', { sql: 'SELECT 1 AS one' }, READER);
    expect(await post(`/api/executions/${sqlRun.body.executionId}/feedback`, { verdict: 'right' })).toMatchObject({ status: 422, body: { code: 'LS_FEEDBACK_INVALID' } });
    const drop = await post(`/api/executions/${id}/feedback`, { verdict: 'wrong', sql: 'DROP TABLE vessels' });
    expect(drop).toMatchObject({ status: 400, body: { code: 'LS_QUERY_REFUSED' } });
    expect((await post('/api/query', { sql: 'SELECT count(*) AS n FROM vessels' }, READER)).body.rows).toEqual([[3]]);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
  });
});
