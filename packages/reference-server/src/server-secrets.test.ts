import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeServices, type ComposedServices } from './compose.js';
import { serverConfigSchema } from './server-config.js';
import { startServer, type StartedServer } from './server.js';

// Issue 14, finding 6: a truncated or encoded copy of the LLM key, echoed by the upstream,
// passed into the 500 body and query_executions.error. A fake OpenAI-compatible server on
// 127.0.0.1 answers as the real wire formats do: OpenAI's 401 shows the key cut around a mask;
// a proxy's 400 echoes it URL-encoded and in base64.
const KEY = 'sk-live-Qm7rT2vX9pL4nK8wZ3hJ6bF1';
const READER = 'secrets-read-token-0123456789';
const ADMIN = 'secrets-admin-token-0123456789';
const cut = `${KEY.slice(0, 12)}${'*'.repeat(20)}${KEY.slice(-4)}`;
const base64 = Buffer.from(`user:${KEY}`).toString('base64');
const LEAKS = [KEY, KEY.slice(0, 12), KEY.slice(8, 20), KEY.slice(-4), encodeURIComponent(KEY), base64, base64.slice(4, 24)];

let directory: string;
let upstream: Server;
let answer: 'auth' | 'echo' = 'auth';
let services: ComposedServices;
let server: StartedServer;
const logged: string[] = [];

function fakeLlm(): Promise<string> {
  upstream = createServer((request, response) => {
    request.resume();
    const [status, message] =
      answer === 'auth'
        ? [401, `Incorrect API key provided: ${cut}. You can find your API key in your account.`]
        : [400, `Bad request for /v1/chat/completions?api_key=${encodeURIComponent(KEY)} (Authorization: Basic ${base64})`];
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ error: { message, type: 'invalid_request_error', code: status === 401 ? 'invalid_api_key' : null } }));
  });
  return new Promise((resolve) => upstream.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(upstream.address() as AddressInfo).port}/v1`)));
}

async function ask(question: string) {
  const response = await fetch(`${server.url}/api/query`, {
    method: 'POST',
    headers: { authorization: `Bearer ${READER}`, 'content-type': 'application/json' },
    body: JSON.stringify({ question }),
  });
  return { status: response.status, text: await response.text() };
}

function expectNoLeak(text: string) {
  for (const leak of LEAKS) expect(text, `leaks "${leak}"`).not.toContain(leak);
  expect(text).not.toContain(directory);
}

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'ls-server-secrets-'));
  writeFileSync(join(directory, 'vessels.csv'), 'vessel_name,flag_state\nAurora,Liberia\n');
  const baseURL = await fakeLlm();
  const env = { FAKE_LLM_KEY: KEY };
  const config = serverConfigSchema.parse({
    database: join(directory, 'fleet.duckdb'),
    llm: { provider: 'openai-compatible', model: 'fake-model', baseURL, apiKeyEnv: 'FAKE_LLM_KEY' },
  });
  services = await composeServices(config, { env, engine: { notifiers: [] } });
  await services.engine.ingest([join(directory, 'vessels.csv')]);
  server = await startServer({
    services,
    options: { port: 0, tokens: [{ token: ADMIN, scope: 'admin', name: 'ops' }, { token: READER, scope: 'read', name: 'analyst' }], logRequests: true },
    env,
    log: (entry) => logged.push(JSON.stringify(entry)),
  });
}, 120_000);

afterAll(async () => {
  await server?.close();
  await services?.close();
  await new Promise((resolve) => upstream?.close(resolve));
});

describe('no secret fragment in a body, a log line or the query log', () => {
  it('a key the upstream echoes cut around a mask is a 502 without any piece of it', async () => {
    answer = 'auth';
    const { status, text } = await ask('how many vessels fly the flag of Liberia?');
    expect(status, text).toBe(502);
    expect(JSON.parse(text).code).toBe('LS_LLM_AUTH_FAILED');
    expect(text).toContain('FAKE_LLM_KEY');
    expectNoLeak(text);
  });

  it('a key echoed URL-encoded and in base64 is removed too', async () => {
    answer = 'echo';
    const { status, text } = await ask('how many vessels are there?');
    expect(status, text).toBe(502);
    expect(JSON.parse(text).code).toBe('LS_LLM_REQUEST_FAILED');
    expectNoLeak(text);
  });

  it('the query log and the server log hold no piece of the key either', async () => {
    const rows = await services.engine.sink.reader.all<{ error: string | null }>(`SELECT error FROM query_executions WHERE error IS NOT NULL`);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) expectNoLeak(row.error!);
    expectNoLeak(logged.join('\n'));
  });
});
