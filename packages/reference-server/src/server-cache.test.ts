import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLivingSchema } from '@living-schema/core';
import { duckdb } from '@living-schema/sink-duckdb';
import { startServer, type StartedServer } from './server.js';

// Regression (load test, test/load): /healthz read the whole catalog on every probe (4x the cost
// of a cached schema read), and concurrent requests after an invalidation each loaded it again.

const TOKEN = 'cache-token-0123456789abcdef';
let server: StartedServer;
let ls: ReturnType<typeof createLivingSchema>;
let loads = 0;

beforeAll(async () => {
  const directory = mkdtempSync(join(tmpdir(), 'ls-server-cache-'));
  ls = createLivingSchema({ sink: duckdb({ path: join(directory, 'db.duckdb') }), stagingDirectory: join(directory, 'staging'), sources: [], notifiers: [] });
  const current = ls.schema.current.bind(ls.schema);
  ls.schema.current = () => {
    loads += 1;
    return current();
  };
  server = await startServer({ services: { engine: ls }, options: { port: 0, tokens: [{ token: TOKEN, scope: 'read', name: 'probe' }], logRequests: false }, env: {}, log: () => undefined });
});
afterAll(() => server.close());

describe('schema cache', () => {
  it('health probes and schema reads share one cached catalog load, also when they arrive together', async () => {
    await ls.start();
    loads = 0;
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, i) => fetch(`${server.url}${i % 2 ? '/healthz' : '/api/schema/current'}`, { headers: { authorization: `Bearer ${TOKEN}` } }).then((r) => r.json())),
    );
    expect(new Set(responses.map((r) => r.schemaVersion ?? r.version))).toEqual(new Set([1]));
    expect(loads).toBe(1);

    // A new version drops the cache: the probes that follow load it once and see the new version.
    await ls.sink.writer.run(
      `INSERT INTO entity_types (id, name, normalized_name, original_name, status, occurrence_count, created_at, updated_at) VALUES (nextval('catalog_id_seq'), 'CALL_SIGN', 'call sign', 'CALL_SIGN', 'active', 1, now(), now())`,
    );
    await ls.schema.commit({ kind: 'manual', note: 'test' });
    loads = 0;
    const after = await Promise.all(Array.from({ length: 20 }, () => fetch(`${server.url}/healthz`).then((r) => r.json())));
    expect(new Set(after.map((r) => r.schemaVersion))).toEqual(new Set([2]));
    expect(loads).toBe(1);
  });
});
