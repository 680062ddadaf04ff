import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LivingSchemaError } from '@living-schema/core';
import { describeLlmProviderContract } from '@living-schema/core/testing';
import { duckdb } from '@living-schema/sink-duckdb';
import { createLlmProvider, resolveLlmSelection, unusedVendorKeys } from './llm-provider-factory.js';
import { createQueryLayer } from './query-layer.js';

const ANTHROPIC_KEY = 'sk-ant-test-0123456789-secret';
const OPENAI_KEY = 'sk-proj-test-0123456789-secret';

interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  delayMs?: number;
}

interface Seen {
  path: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

/** A local server speaking the Anthropic Messages and OpenAI Chat Completions wire formats; replies are queued per test. */
async function fakeLlmServer() {
  const queue: Reply[] = [];
  const seen: Seen[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let raw = '';
    request.on('data', (chunk) => (raw += chunk));
    request.on('end', () => {
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      seen.push({ path: request.url ?? '', headers: request.headers, body });
      const reply = queue.shift() ?? (request.url === '/v1/messages' ? anthropicOk('SELECT 1') : openAiOk('SELECT 1'));
      const send = () => {
        response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
        response.end(JSON.stringify(reply.body));
      };
      if (reply.delayMs) setTimeout(send, reply.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { queue, seen, origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const anthropicOk = (text: string): Reply => ({
  status: 200,
  headers: { 'request-id': 'req_test' },
  body: {
    id: 'msg_01Test',
    type: 'message',
    role: 'assistant',
    model: 'claude-test',
    content: [{ type: 'text', text }],
    stop_reason: 'end_turn',
    stop_sequence: null,
    usage: { input_tokens: 42, output_tokens: 7 },
  },
});
const anthropicError = (status: number, type: string, message: string, headers: Record<string, string> = {}): Reply => ({
  status,
  headers,
  body: { type: 'error', error: { type, message }, request_id: 'req_err' },
});
const openAiOk = (text: string): Reply => ({
  status: 200,
  body: {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1_760_000_000,
    model: 'gpt-test',
    choices: [{ index: 0, message: { role: 'assistant', content: text, refusal: null }, logprobs: null, finish_reason: 'stop' }],
    usage: { prompt_tokens: 40, completion_tokens: 6, total_tokens: 46 },
  },
});
const openAiError = (status: number, type: string, code: string | null, message: string, headers: Record<string, string> = {}): Reply => ({
  status,
  headers,
  body: { error: { message, type, param: null, code } },
});

const server = await fakeLlmServer();
afterAll(() => server.close());

const anthropic = (extra: Record<string, unknown> = {}) =>
  createLlmProvider({ provider: 'anthropic', model: 'claude-test', baseURL: server.origin, env: { ANTHROPIC_API_KEY: ANTHROPIC_KEY }, maxRetries: 2, timeoutMs: 5_000, ...extra });
const openai = (extra: Record<string, unknown> = {}) =>
  createLlmProvider({ provider: 'openai', model: 'gpt-test', baseURL: `${server.origin}/v1`, env: { OPENAI_API_KEY: OPENAI_KEY }, maxRetries: 2, timeoutMs: 5_000, ...extra });

await describeLlmProviderContract('anthropic (local Messages API)', { create: () => anthropic() });
await describeLlmProviderContract('openai (local Chat Completions)', { create: () => openai() });
await describeLlmProviderContract('openai-compatible (local, no key)', {
  create: () => createLlmProvider({ provider: 'openai-compatible', model: 'llama-test', baseURL: `${server.origin}/v1`, env: {} }),
});
await describeLlmProviderContract('offline', { create: () => createLlmProvider({ env: {} }) });

async function failure(promise: Promise<unknown>): Promise<LivingSchemaError> {
  try {
    await promise;
  } catch (error) {
    if (LivingSchemaError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('LLM providers over their real wire formats', () => {
  it('anthropic: system prompt, key and version headers, text and usage', async () => {
    server.queue.push(anthropicOk('{"sql":"SELECT 1","reasoning":"r"}'));
    const completion = await anthropic().complete({ messages: [{ role: 'system', content: 'rules' }, { role: 'user', content: 'q' }], maxTokens: 99, temperature: 0 });
    expect(completion).toEqual({ text: '{"sql":"SELECT 1","reasoning":"r"}', model: 'claude-test', usage: { inputTokens: 42, outputTokens: 7 }, finishReason: 'end_turn' });
    const request = server.seen[server.seen.length - 1]!;
    expect(request.path).toBe('/v1/messages');
    // The SDK sends the key as x-api-key or as a bearer token, depending on its version.
    expect([request.headers['x-api-key'], request.headers.authorization]).toContain(request.headers['x-api-key'] ? ANTHROPIC_KEY : `Bearer ${ANTHROPIC_KEY}`);
    expect(request.headers['anthropic-version']).toBeTruthy();
    expect(request.body).toMatchObject({ model: 'claude-test', max_tokens: 99, system: 'rules', messages: [{ role: 'user', content: 'q' }], temperature: 0 });
  });

  it('anthropic: 401 names the variable, never the key; 429 with retry-after and 529 overloaded are retried; 500 gives up after retries', async () => {
    server.queue.push(anthropicError(401, 'authentication_error', `invalid x-api-key ${ANTHROPIC_KEY}`));
    const auth = await failure(anthropic().complete({ messages: [{ role: 'user', content: 'q' }] }));
    expect(auth.code).toBe('LS_LLM_AUTH_FAILED');
    expect(auth.message).toContain('ANTHROPIC_API_KEY');
    expect(JSON.stringify({ message: auth.message, details: auth.details })).not.toContain(ANTHROPIC_KEY);

    const before = server.seen.length;
    server.queue.push(anthropicError(429, 'rate_limit_error', 'Rate limited', { 'retry-after': '1' }), anthropicError(529, 'overloaded_error', 'Overloaded'), anthropicOk('ok'));
    const started = Date.now();
    expect((await anthropic().complete({ messages: [{ role: 'user', content: 'q' }] })).text).toBe('ok');
    expect(server.seen.length - before).toBe(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);

    server.queue.push(...[1, 2, 3].map(() => anthropicError(500, 'api_error', 'Internal server error')));
    const down = await failure(anthropic().complete({ messages: [{ role: 'user', content: 'q' }] }));
    expect(down.code).toBe('LS_LLM_REQUEST_FAILED');
    expect(down.details).toMatchObject({ status: 500, type: 'api_error', provider: 'anthropic' });
  });

  it('openai: bearer key, json response format, usage; 401 with the key echoed is scrubbed; 429 retried; timeout reported', async () => {
    server.queue.push(openAiOk('{"sql":"SELECT 2"}'));
    const completion = await openai().complete({ messages: [{ role: 'system', content: 'rules' }, { role: 'user', content: 'q' }], responseFormat: 'json', maxTokens: 50 });
    expect(completion).toEqual({ text: '{"sql":"SELECT 2"}', model: 'gpt-test', usage: { inputTokens: 40, outputTokens: 6 }, finishReason: 'stop' });
    const request = server.seen[server.seen.length - 1]!;
    expect(request.path).toBe('/v1/chat/completions');
    expect(request.headers.authorization).toBe(`Bearer ${OPENAI_KEY}`);
    expect(request.body).toMatchObject({ model: 'gpt-test', response_format: { type: 'json_object' }, max_tokens: 50, messages: [{ role: 'system', content: 'rules' }, { role: 'user', content: 'q' }] });

    server.queue.push(openAiError(401, 'invalid_request_error', 'invalid_api_key', `Incorrect API key provided: ${OPENAI_KEY}.`));
    const auth = await failure(openai().complete({ messages: [{ role: 'user', content: 'q' }] }));
    expect(auth.code).toBe('LS_LLM_AUTH_FAILED');
    expect(auth.message).toContain('OPENAI_API_KEY');
    expect(auth.message).not.toContain(OPENAI_KEY);

    server.queue.push(openAiError(429, 'requests', 'rate_limit_exceeded', 'Rate limit reached', { 'retry-after': '0' }), openAiOk('after retry'));
    expect((await openai().complete({ messages: [{ role: 'user', content: 'q' }] })).text).toBe('after retry');

    server.queue.push({ ...openAiOk('late'), delayMs: 1_500 });
    const slow = await failure(openai({ timeoutMs: 300, maxRetries: 0 }).complete({ messages: [{ role: 'user', content: 'q' }] }));
    expect(slow.code).toBe('LS_LLM_REQUEST_FAILED');
    expect(slow.message).toMatch(/timeout|timed out/i);
  });

  it('is chosen by config alone; offline is the default without a key; a missing key is named', () => {
    expect(resolveLlmSelection({ env: {} })).toMatchObject({ provider: 'offline' });
    // A stray key does not send the schema to a vendor; naming the provider does.
    expect(resolveLlmSelection({ env: { ANTHROPIC_API_KEY: 'x' } })).toMatchObject({ provider: 'offline' });
    expect(unusedVendorKeys({ env: { ANTHROPIC_API_KEY: 'x', OPENAI_API_KEY: ' ' } })).toEqual(['ANTHROPIC_API_KEY']);
    expect(resolveLlmSelection({ env: { ANTHROPIC_API_KEY: 'x', LIVING_SCHEMA_LLM_PROVIDER: 'anthropic' } })).toMatchObject({ provider: 'anthropic', apiKeyEnv: 'ANTHROPIC_API_KEY' });
    expect(unusedVendorKeys({ env: { ANTHROPIC_API_KEY: 'x', LIVING_SCHEMA_LLM_PROVIDER: 'anthropic' } })).toEqual([]);
    expect(resolveLlmSelection({ env: { OPENAI_API_KEY: 'x', LIVING_SCHEMA_LLM_PROVIDER: 'openai', LIVING_SCHEMA_LLM_MODEL: 'gpt-x' } })).toMatchObject({ provider: 'openai', model: 'gpt-x' });
    expect(() => createLlmProvider({ provider: 'anthropic', env: {} })).toThrow(/set ANTHROPIC_API_KEY/);
    expect(() => createLlmProvider({ provider: 'openai-compatible', env: {} })).toThrow(/baseURL/);
    expect(createLlmProvider({ provider: 'openai', apiKeyEnv: 'MY_KEY', env: { MY_KEY: 'k' } }).name).toBe('openai');
  });

  it('generateSQL sends a binding error back for one repair round', async () => {
    const sink = duckdb({ path: join(mkdtempSync(join(tmpdir(), 'ls-repair-')), 'db.duckdb') });
    await sink.open();
    await sink.writer.run(`INSERT INTO datasets VALUES ('vessels', 'vessels', 'inline', now())`);
    await sink.writer.run(`CREATE TABLE vessels AS SELECT 'Aurora' AS vessel_name, 'Liberia' AS flag_state, now() AS _ingested_at`);
    const layer = createQueryLayer({ sink, provider: openai() });
    server.queue.push(openAiOk('{"sql":"SELECT count(*) FROM vessels WHERE flag = \'Liberia\'","reasoning":"first try"}'), openAiOk('```json\n{"sql":"SELECT count(*) AS n FROM vessels WHERE flag_state = \'Liberia\'","reasoning":"fixed"}\n```'));
    const generated = await layer.generateSQL('How many vessels fly the Liberian flag?');
    expect(generated).toMatchObject({ repaired: true, reasoning: 'fixed', provider: 'openai', usage: { inputTokens: 80, outputTokens: 12 } });
    const repair = server.seen[server.seen.length - 1]!.body.messages as Array<{ role: string; content: string }>;
    expect(repair[0]!.content).toContain('"table":"vessels"');
    expect(repair[repair.length - 1]!.content).toMatch(/That SQL failed: .*flag/);
    expect((await layer.executeQuery({ sql: generated.sql })).rows).toEqual([[1]]);
    layer.close();
    await sink.close();
  });
});
