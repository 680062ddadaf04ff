// examples/plugin-kinds/src/ollama-chat-provider.test.ts
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createLivingSchema, sha256, type SourceV1 } from '@living-schema/core';
import { describeLlmProviderContract } from '@living-schema/core/testing';
import { queryLayer } from '@living-schema/query-llm';
import { duckdb } from '@living-schema/sink-duckdb';
import { ollamaChat } from './ollama-chat-provider.js';

// A server on 127.0.0.1 speaking Ollama's /api/chat: it answers with the next queued text and
// keeps each request body.
const replies: string[] = [];
const requests: Array<{ model: string; messages: Array<{ role: string; content: string }> }> = [];
const server = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    requests.push(JSON.parse(body));
    const content = replies.shift() ?? 'Two.';
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ model: 'llama3.1', created_at: '2026-12-01T00:00:00Z', message: { role: 'assistant', content }, done: true, done_reason: 'stop', prompt_eval_count: 31, eval_count: 4 }));
  });
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
afterAll(() => new Promise((resolve) => server.close(resolve)));

await describeLlmProviderContract('ollama-chat', { create: () => ollamaChat({ model: 'llama3.1', baseURL }) });

const vessels: SourceV1 = {
  specificationVersion: 'v1', name: 'vessels', kinds: ['records'], canRead: () => true,
  async *read() {
    const rows = [{ vessel_name: 'Ocean Wren', flag_state: 'Liberia' }, { vessel_name: 'North Tern', flag_state: 'Panama' }];
    yield { kind: 'records', source: 'vessels', sourceUri: 'mem://vessels', dataset: 'vessels', contentHash: sha256(JSON.stringify(rows)), payload: { format: 'rows', rows } };
  },
};

it('answers questions in the query layer: the question and the schema go to the server', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'ls-ollama-'));
  const ls = createLivingSchema({ sink: duckdb({ path: join(directory, 'db.duckdb') }), stagingDirectory: join(directory, 'staging'), sources: [vessels], notifiers: [] });
  await ls.ingest('mem://vessels');
  const layer = queryLayer(ls, { provider: ollamaChat({ model: 'llama3.1', baseURL }) });
  replies.push(JSON.stringify({ reasoning: 'rows of vessels in Liberia', sql: `SELECT count(*) AS n FROM vessels WHERE flag_state = 'Liberia'` }));
  const run = await layer.executeQuery({ question: 'How many vessels fly the Liberian flag?' });
  layer.close();
  await ls.close();
  expect(run.rows).toEqual([[1]]);
  const sent = requests.at(-1)!;
  expect(sent.model).toBe('llama3.1');
  expect(sent.messages.at(-1)).toEqual({ role: 'user', content: 'Question: How many vessels fly the Liberian flag?' });
  expect(sent.messages[0]!.content).toContain('"table":"vessels"');
});
