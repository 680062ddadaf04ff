import { mkdtempSync, readdirSync, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLivingSchema, sha256, type SourceV1 } from '@living-schema/core';
import { duckdb } from '@living-schema/sink-duckdb';
import { startServer, type StartedServer } from './server.js';

const ADMIN = 'admin-token-0123456789abcdef';
const READER = 'read-token-0123456789abcdef';

/** A tiny source for `.lines` files: one record per line. */
const linesSource: SourceV1 = {
  specificationVersion: 'v1',
  name: 'lines',
  kinds: ['records'],
  canRead: (input) => String(typeof input === 'string' ? input : input.uri).endsWith('.lines'),
  async *read(input) {
    const path = typeof input === 'string' ? input : input.uri;
    const text = await readFile(path, 'utf8');
    const rows = text.split('\n').filter(Boolean).map((line) => ({ value: line }));
    yield { kind: 'records', source: 'lines', sourceUri: path, dataset: basename(path, '.lines'), contentHash: sha256(text), payload: { format: 'rows', rows } };
  },
};

let server: StartedServer;
let directory: string;
let ls: ReturnType<typeof createLivingSchema>;
const engine = () => server.app;

async function call(path: string, init: RequestInit & { token?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('authorization', `Bearer ${init.token}`);
  return fetch(`${server.url}${path}`, { ...init, headers });
}

function upload(files: Array<[string, string]>, token = ADMIN) {
  const form = new FormData();
  for (const [name, content] of files) form.append('file', new Blob([content]), name);
  return call('/api/ingest', { method: 'POST', body: form, token });
}

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'ls-server-'));
  ls = createLivingSchema({ sink: duckdb({ path: join(directory, 'db.duckdb') }), stagingDirectory: join(directory, 'staging'), sources: [linesSource], notifiers: [] });
  server = await startServer({
    services: { engine: ls },
    options: { port: 0, tokens: [{ token: ADMIN, scope: 'admin', name: 'ops' }, { token: READER, scope: 'read', name: 'analyst' }], maxUploadBytes: 4096, logRequests: false },
    env: {},
    log: () => undefined,
  });
  void engine;
});

afterAll(async () => {
  await server.close();
});

describe('reference server API', () => {
  it('/healthz is open; the API needs a token (401) of the right scope (403)', async () => {
    expect((await call('/healthz')).status).toBe(200);
    const anonymous = await call('/api/schema/current');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toContain('application/problem+json');
    expect(await anonymous.json()).toMatchObject({ status: 401, title: 'Unauthorized', detail: 'A bearer token is required.' });
    expect((await call('/api/schema/current', { token: 'wrong-token-0123456789abcdef' })).status).toBe(401);
    expect((await call('/api/schema/current', { token: READER })).status).toBe(200);
    const forbidden = await upload([['ports.lines', 'Rotterdam\n']], READER);
    expect(forbidden.status).toBe(403);
    expect((await forbidden.json()).detail).toContain('admin');
  });

  it('serves the schema now, at a version, its versions and a diff', async () => {
    const current = await (await call('/api/schema/current', { token: READER })).json();
    expect(current.version).toBe(1);
    expect((await (await call('/api/schema/at/1', { token: READER })).json()).version).toBe(1);
    expect((await call('/api/schema/at/1999-01-01', { token: READER })).status).toBe(404);
    const bad = await call('/api/schema/at/yesterday', { token: READER });
    expect(bad.status).toBe(400);
    expect((await bad.json()).detail).toContain('"yesterday"');
    expect((await (await call('/api/schema/versions', { token: READER })).json())[0].version).toBe(1);
    expect(await (await call('/api/schema/diff/1/1', { token: READER })).json()).toEqual({ from: 1, to: 1, changes: [] });
  });

  it('ingests an upload and reports it per file', async () => {
    const response = await upload([['ports.lines', 'Rotterdam\nBusan\n']]);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.batches).toEqual([expect.objectContaining({ file: 'ports.lines', dataset: 'ports', rowsIn: 2, rowsLoaded: 2, status: 'loaded' })]);
    const again = await (await upload([['ports.lines', 'Rotterdam\nBusan\n']])).json();
    expect(again.batches[0].status).toBe('skipped');
    const rows = await (await call('/api/query', { method: 'POST', token: READER, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sql: 'SELECT value FROM ports ORDER BY _row' }) })).json();
    expect(rows.rows).toEqual([['Rotterdam'], ['Busan']]);
  });

  it('refuses an oversized upload with 413 and stores nothing', async () => {
    const before = (await server.app.request('/healthz')).status;
    expect(before).toBe(200);
    const response = await upload([['big.lines', 'x'.repeat(10_000)]]);
    expect(response.status).toBe(413);
    expect((await response.json()).detail).toBe('The upload is 10185 bytes; the limit is 4096 bytes.');
    // Without Content-Length (chunked), the limit is enforced while streaming.
    const boundary = 'ls-boundary';
    const parts = [`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.lines"\r\n\r\n`, 'y'.repeat(3000), 'y'.repeat(3000), `\r\n--${boundary}--\r\n`];
    const stream = new ReadableStream({
      pull(controller) {
        const next = parts.shift();
        if (next === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(next));
      },
    });
    const chunked = await fetch(`${server.url}/api/ingest`, { method: 'POST', body: stream, duplex: 'half', headers: { authorization: `Bearer ${ADMIN}`, 'content-type': `multipart/form-data; boundary=${boundary}` } } as RequestInit);
    expect(chunked.status).toBe(413);
    expect((await chunked.json()).detail).toMatch(/exceeds the limit of 4096 bytes/);
    // The batch ledger is internal (refused to API SQL): read it through the engine.
    expect((await ls.query("SELECT count(*) FROM ingest_batches WHERE source_uri LIKE '%big.lines'")).rows).toEqual([[0]]);
    const uploads = join(directory, 'staging', 'uploads');
    expect(existsSync(uploads) ? readdirSync(uploads) : []).toEqual([]);
  });

  it('names the bad field of a malformed body (400)', async () => {
    const response = await call('/api/query', { method: 'POST', token: READER, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sql: 'SELECT 1', mode: 'yesterday' }) });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors[0].field).toBe('mode');
    expect(body.detail).toContain('mode');
    const both = await (await call('/api/query', { method: 'POST', token: READER, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sql: 'SELECT 1', question: 'how many?' }) })).json();
    expect(both.detail).toContain('exactly one of `question` or `sql`');
  });

  it('refuses a write with a coded problem, without stack traces', async () => {
    const response = await call('/api/query', { method: 'POST', token: ADMIN, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sql: 'DROP TABLE ports' }) });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.code).toBe('LS_QUERY_REFUSED');
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('caches the schema API and drops the cache when the schema is versioned', async () => {
    const before = await (await call('/api/schema/current', { token: READER })).json();
    const engine = ls;
    await engine.sink.writer.run(
      `INSERT INTO entity_types (id, name, normalized_name, original_name, status, occurrence_count, created_at, updated_at) VALUES (nextval('catalog_id_seq'), 'CALL_SIGN', 'call sign', 'CALL_SIGN', 'active', 1, now(), now())`,
    );
    // Written but not versioned: the cached answer stands.
    expect((await (await call('/api/schema/current', { token: READER })).json()).version).toBe(before.version);
    await engine.schema.commit({ kind: 'manual', note: 'test' });
    const after = await (await call('/api/schema/current', { token: READER })).json();
    expect(after.version).toBe(before.version + 1);
    expect(after.catalog.entityTypes.map((e: { name: string }) => e.name)).toContain('CALL_SIGN');
    const versions = await (await call('/api/schema/versions', { token: READER })).json();
    expect(versions.at(-1).version).toBe(after.version);
  });

  it('publishes an OpenAPI document naming every API route', async () => {
    expect((await call('/openapi.json')).status).toBe(401);
    const document = await (await call('/openapi.json', { token: READER })).json();
    expect(document.openapi).toBe('3.1.0');
    for (const path of ['/api/schema/current', '/api/schema/at/{date}', '/api/schema/versions', '/api/schema/diff/{from}/{to}', '/api/conflicts', '/api/conflicts/{id}/resolve', '/api/query', '/api/reports', '/api/reports/{id}', '/api/reports/{id}/refresh', '/api/reports/{id}/diff']) {
      expect(Object.keys(document.paths)).toContain(path);
    }
  });

  it('exposes Prometheus metrics to a token holder', async () => {
    expect((await call('/metrics')).status).toBe(401);
    const text = await (await call('/metrics', { token: READER })).text();
    const { version } = await (await call('/api/schema/current', { token: READER })).json();
    expect(text).toMatch(new RegExp(`^living_schema_schema_version ${version}$`, 'm'));
    expect(text).toMatch(/^living_schema_ingest_rows_total\{outcome="loaded"\} 2$/m);
    expect(text).toMatch(/^living_schema_ingest_batches_total\{status="skipped"\} 1$/m);
    expect(text).toContain('living_schema_schedule_next_run_timestamp_seconds{schedule="reconciliation"}');
    // The engine's own accounting, by component: the loaded tables' blocks sit in its buffer pool.
    const engineBytes = [...text.matchAll(/^living_schema_engine_memory_bytes\{tag="([A-Z_]+)"\} (\d+)$/gm)];
    expect(engineBytes.map((m) => m[1])).toEqual(expect.arrayContaining(['BASE_TABLE', 'METADATA', 'HASH_TABLE']));
    expect(engineBytes.reduce((sum, m) => sum + Number(m[2]), 0)).toBeGreaterThan(0);
    expect(text).toMatch(/^living_schema_engine_temporary_storage_bytes\{tag="BASE_TABLE"\} \d+$/m);
  });
});
