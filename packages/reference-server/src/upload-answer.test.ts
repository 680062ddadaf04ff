import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadedBatchInfo } from '@living-schema/core';
import { getDiscovery } from '@living-schema/discovery';
import { composeServices, type ComposedServices } from './compose.js';
import { serverConfigSchema } from './server-config.js';
import { startServer, type StartedServer } from './server.js';

// Issue 13: by default an upload is answered once the catalog shows it, so the next request can
// read the schema or ask about it; `?wait=commit` answers when its rows are committed, and
// discovery and versioning run in the writer's next turn, so the answer never waits for them.
const ADMIN = 'upload-answer-admin-token-0123456789';

let services: ComposedServices;
let server: StartedServer;

function upload(name: string, content: string, query = '') {
  const form = new FormData();
  form.append('file', new File([content], name, { type: 'text/csv' }));
  return fetch(`${server.url}/api/ingest${query}`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN}` }, body: form });
}

const get = async (path: string) => (await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${ADMIN}` } })).json();
const fieldsOf = async (dataset: string) =>
  ((await get('/api/schema/current')) as { catalog: { fields: Array<{ dataset: string; name: string }> } }).catalog.fields.filter((f) => f.dataset === dataset).map((f) => f.name).sort();
const sql = async (text: string) => {
  const response = await fetch(`${server.url}/api/query`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' }, body: JSON.stringify({ sql: text }) });
  return (await response.json()) as { rows: unknown[][] };
};

/** Holds discovery of every batch loaded from now on until the returned function is called. */
function holdDiscovery(): () => void {
  const service = getDiscovery(services.engine);
  const run = service.onBatchesLoaded.bind(service);
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  service.onBatchesLoaded = async (batches: ReadonlyArray<LoadedBatchInfo>) => {
    await gate;
    return run(batches);
  };
  return () => {
    service.onBatchesLoaded = run;
    open();
  };
}

beforeAll(async () => {
  const directory = mkdtempSync(join(tmpdir(), 'ls-upload-answer-'));
  const config = serverConfigSchema.parse({ database: join(directory, 'harbour.duckdb'), stagingDirectory: join(directory, 'staging') });
  services = await composeServices(config, { env: {}, engine: { notifiers: [] } });
  server = await startServer({ services, options: { port: 0, tokens: [{ token: ADMIN, scope: 'admin', name: 'ops' }], logRequests: false }, env: {}, log: () => undefined });
}, 120_000);

afterAll(async () => {
  await server?.close();
  await services?.close();
});

describe('POST /api/ingest answers', () => {
  it('at commit with ?wait=commit: the rows are queryable while discovery has not run, and the catalog follows', async () => {
    const release = holdDiscovery();
    const response = await upload('berths.csv', 'berth,length_m\nB1,120\nB2,95\nB3,210\n', '?wait=commit');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ catalog: 'pending', batches: [{ dataset: 'berths', status: 'loaded', rowsIn: 3, rowsLoaded: 3 }], failures: [] });
    // Discovery is still held: the answer did not wait for it, yet the rows are committed.
    expect((await sql('SELECT count(*) FROM berths')).rows).toEqual([[3]]);
    expect(await fieldsOf('berths')).toEqual([]);
    release();
    await services.engine.settled();
    expect(await fieldsOf('berths')).toEqual(['berth', 'length_m']);
  });

  it('once the catalog shows the upload by default', async () => {
    const response = await upload('anchorages.csv', 'anchorage,depth_m\nA1,14\nA2,22\n');
    expect(await response.json()).toMatchObject({ catalog: 'current', batches: [{ dataset: 'anchorages', status: 'loaded', rowsLoaded: 2 }] });
    expect(await fieldsOf('anchorages')).toEqual(['anchorage', 'depth_m']);
  });

  it('once the catalog shows the upload with ?wait=catalog', async () => {
    const response = await upload('pilots.csv', 'pilot,licence_year\nAda,2011\nLin,2019\n', '?wait=catalog');
    expect(await response.json()).toMatchObject({ catalog: 'current', batches: [{ dataset: 'pilots', status: 'loaded', rowsLoaded: 2 }] });
    expect(await fieldsOf('pilots')).toEqual(['licence_year', 'pilot']);
  });

  it('refuses an unknown wait with a 400 naming it, and loads nothing', async () => {
    const response = await upload('tugs.csv', 'tug,bollard_pull_t\nT1,60\n', '?wait=soon');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ status: 400, detail: 'Invalid request: wait: "soon" is not one of catalog, commit.', errors: [{ field: 'wait' }] });
    const ledger = await services.engine.sink.reader.all<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ingest_batches WHERE dataset = 'tugs'`);
    expect(ledger).toEqual([{ n: 0 }]);
  });
});
