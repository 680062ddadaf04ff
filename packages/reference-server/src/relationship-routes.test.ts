import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLivingSchema, sha256, type Batch, type LivingSchema, type SourceV1 } from '@living-schema/core';
import { discovery } from '@living-schema/discovery';
import { duckdb } from '@living-schema/sink-duckdb';
import { catalogService } from './compose.js';
import { startServer, type StartedServer } from './server.js';

const ADMIN = 'admin-token-0123456789abcdef';
const READER = 'read-token-0123456789abcdef';

function records(dataset: string, rows: Record<string, unknown>[]): Batch {
  return { kind: 'records', source: 'inline', sourceUri: `inline://${dataset}`, dataset, contentHash: sha256(JSON.stringify(rows)), payload: { format: 'rows', rows } };
}

// Stations and the trips that start and end at them.
const stations = Array.from({ length: 10 }, (_, i) => ({ station_id: 200 + i, station_name: `Dock ${i}` }));
const trips = Array.from({ length: 150 }, (_, i) => ({ trip_id: i, start_station_id: 200 + (i % 10), end_station_id: 200 + ((i * 3) % 10), minutes: 5 + (i % 30) }));
const source: SourceV1 = {
  specificationVersion: 'v1',
  name: 'inline',
  kinds: ['records'],
  canRead: () => true,
  async *read() {
    yield records('stations', stations);
    yield records('trips', trips);
  },
};

let server: StartedServer;
let ls: LivingSchema;

beforeAll(async () => {
  const directory = mkdtempSync(join(tmpdir(), 'ls-server-relationships-'));
  ls = createLivingSchema({ sink: duckdb({ path: join(directory, 'db.duckdb') }), stagingDirectory: join(directory, 'staging'), sources: [source], notifiers: [], plugins: [discovery()] });
  await ls.ingest('inline://bike-share');
  server = await startServer({
    services: { engine: ls, catalog: catalogService(ls) },
    options: { port: 0, tokens: [{ token: ADMIN, scope: 'admin', name: 'ops' }, { token: READER, scope: 'read', name: 'analyst' }], logRequests: false },
    env: {},
    log: () => undefined,
  });
});

afterAll(async () => {
  await server.close();
  await ls.close();
});

function call(path: string, token: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${token}`);
  return fetch(`${server.url}${path}`, { ...init, headers });
}
const review = (id: number, body: unknown, token = ADMIN) =>
  call(`/api/relationships/${id}/review`, token, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('relationships over HTTP', () => {
  it('lists the relationships discovery found; a reviewer (admin) confirms one, a reader may not', async () => {
    const listed = await (await call('/api/relationships', READER)).json();
    const names = listed.relationships.map((r: { from: { field: string }; to: { dataset: string; field: string } }) => `${r.from.field} -> ${r.to.dataset}.${r.to.field}`).sort();
    expect(names).toEqual(['end_station_id -> stations.station_id', 'start_station_id -> stations.station_id']);
    const [first] = listed.relationships;
    expect((await review(first.id, { decision: 'confirm' }, READER)).status).toBe(403);
    const confirmed = await review(first.id, { decision: 'confirm' });
    expect(confirmed.status).toBe(200);
    expect(await confirmed.json()).toMatchObject({ relationship: { id: first.id, status: 'confirmed' }, version: expect.any(Number) });
    const onlyConfirmed = await (await call('/api/relationships?status=confirmed', READER)).json();
    expect(onlyConfirmed.relationships.map((r: { id: number }) => r.id)).toEqual([first.id]);
    const current = await (await call('/api/schema/current', READER)).json();
    expect(current.diff).toEqual([expect.objectContaining({ subject: 'relationship', change: 'status_changed', to: 'confirmed' })]);
  });

  it('answers a bad decision with 400 and an unknown id with 404, and keeps serving', async () => {
    const bad = await review(1, { decision: 'maybe' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).detail).toMatch(/decision/);
    const unknown = await review(999, { decision: 'reject' });
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).detail).toMatch(/Relationship 999 does not exist/);
    expect((await call('/api/relationships?status=everything', READER)).status).toBe(400);
    expect((await call('/api/relationships', READER)).status).toBe(200);
  });

  it('the schema page shows them with review buttons; a rejection from the page sticks', async () => {
    const page = await (await call('/ui', ADMIN)).text();
    expect(page).toContain('id="relationships-table"');
    expect(page).toMatch(/trips\.start_station_id -&gt; stations\.station_id|trips\.start_station_id -> stations\.station_id/);
    const { relationships } = await (await call('/api/relationships?status=suggested', READER)).json();
    const target = relationships[0];
    const posted = await call(`/ui/relationships/${target.id}/review`, ADMIN, { method: 'POST', body: new URLSearchParams({ decision: 'reject' }), redirect: 'manual' });
    expect(posted.status).toBe(302);
    expect(decodeURIComponent(posted.headers.get('location') ?? '')).toMatch(/is rejected/);
    const after = await (await call('/api/relationships?status=rejected', READER)).json();
    expect(after.relationships.map((r: { id: number }) => r.id)).toEqual([target.id]);
    const pastPage = await (await call('/ui?at=1', ADMIN)).text();
    expect(pastPage).not.toContain('/ui/relationships/');
  });
});
