import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeServices, type ComposedServices } from './compose.js';
import { serverConfigSchema } from './server-config.js';
import { startServer, type StartedServer } from './server.js';

// Issue 14, finding 7 and 6: uploads through a real server on 127.0.0.1 over a real DuckDB file.
// UTF-8 file names were read as Latin-1; an upload was recorded under its staging path (in
// ingest_batches.source_uri, _source and error bodies); raw uploads of aborted requests stayed.
const ADMIN = 'uploads-admin-token-0123456789';

let directory: string;
let staging: string;
let uploads: string;
let services: ComposedServices;
let server: StartedServer;
const logged: string[] = [];

const start = () =>
  startServer({
    services,
    options: { port: 0, tokens: [{ token: ADMIN, scope: 'admin', name: 'ops' }], logRequests: true },
    env: {},
    log: (entry) => logged.push(JSON.stringify(entry)),
  });

function upload(name: string, content: string, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.append('file', new File([content], name, { type: 'text/csv' }));
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return fetch(`${server.url}/api/ingest`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN}` }, body: form });
}

/** Polls until `check` holds; the bound is only a guard against a hang. */
async function eventually(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300; i += 1) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`never: ${what}`);
}

const uploadFolderEntries = () => readdirSync(uploads);

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'ls-upload-edges-'));
  staging = join(directory, 'staging');
  uploads = join(staging, 'uploads');
  const config = serverConfigSchema.parse({ database: join(directory, 'fleet.duckdb'), stagingDirectory: staging, llm: { provider: 'offline' } });
  services = await composeServices(config, { env: {}, engine: { notifiers: [] } });
  server = await start();
}, 120_000);

afterAll(async () => {
  await server?.close();
  await services?.close();
});

describe('an upload is recorded by its real name, never its staging path', () => {
  it('a UTF-8 file name is kept: the dataset comes from it and it is shown as sent', async () => {
    const response = await upload('Schiffe_März_船.csv', 'name,flagge\nAurora,Liberia\nBorealis,Panama\n');
    const body = await response.json();
    expect(response.status, JSON.stringify(body)).toBe(200);
    expect(body.batches).toMatchObject([{ file: 'Schiffe_März_船.csv', dataset: 'schiffe_marz', rowsLoaded: 2, status: 'loaded' }]);
    const [ledger] = await services.engine.sink.reader.all<{ source_uri: string }>(`SELECT source_uri FROM ingest_batches WHERE dataset = 'schiffe_marz'`);
    expect(ledger!.source_uri).toMatch(/^upload:\/\/[0-9a-f-]{36}\/Schiffe_März_船\.csv$/);
    const sources = await services.engine.sink.reader.all<{ _source: string }>('SELECT DISTINCT _source FROM schiffe_marz');
    expect(sources).toEqual([{ _source: ledger!.source_uri }]);
  });

  it('the UI lists the upload under its name', async () => {
    const page = await (await fetch(`${server.url}/ui/ingest`, { headers: { authorization: `Bearer ${ADMIN}` } })).text();
    expect(page).toContain('Schiffe_März_船.csv');
    expect(page).not.toContain(staging);
  });

  it('a 10,000-character file name is refused without the server path', async () => {
    const response = await upload(`${'x'.repeat(10_000)}.csv`, 'id\n1\n');
    const text = await response.text();
    expect(response.status, text).toBeGreaterThanOrEqual(400);
    expect(response.status, text).toBeLessThan(500);
    expect(text).not.toContain(directory);
    expect(logged.join('\n')).not.toContain(directory);
  });

  it('a file the source cannot read is named by its upload name in the failure', async () => {
    const response = await upload('empty.csv', '');
    const body = await response.json();
    expect(response.status).toBe(422);
    expect(body.failures).toMatchObject([{ input: 'empty.csv', code: 'LS_INPUT_UNREADABLE' }]);
    expect(JSON.stringify(body)).not.toContain(directory);
  });
});

describe('upload leftovers', () => {
  it('an upload aborted mid-body leaves nothing in the upload folder', async () => {
    const boundary = 'ABORTBOUNDARY';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="half.csv"\r\nContent-Type: text/csv\r\n\r\nid,name\n`;
    const url = new URL(`${server.url}/api/ingest`);
    const sent = request({
      host: url.hostname,
      port: url.port,
      path: url.pathname,
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN}`, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(50_000_000) },
    });
    sent.on('error', () => undefined);
    sent.write(head);
    for (let i = 0; i < 200; i += 1) sent.write(`${i},${'y'.repeat(1000)}\n`);
    await eventually(() => uploadFolderEntries().length > 0, 'the upload reached the disk');
    sent.destroy();
    await eventually(() => uploadFolderEntries().length === 0, 'the aborted upload was removed');
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('uploads left by a killed server are removed when it starts again', async () => {
    const stale = join(uploads, 'killed-request-0000', '1');
    mkdirSync(stale, { recursive: true });
    writeFileSync(join(stale, 'half.csv'), 'id\n1\n');
    await server.close();
    server = await start();
    expect(uploadFolderEntries()).toEqual([]);
    expect(logged.some((line) => line.includes('removed upload leftovers'))).toBe(true);
  });
});
