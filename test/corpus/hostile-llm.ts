/**
 * A stand-in for a model that obeys whatever instructions reach it: an OpenAI Chat Completions
 * server on 127.0.0.1 that answers every request with the next statement from its script (the
 * SQL a prompt injection asks for), and keeps every prompt it was sent.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostileLlm {
  baseURL: string;
  /** Statements to answer with, in order; when empty, `fallback`. */
  script: string[];
  fallback: string;
  /** Every prompt received (system and user messages joined). */
  prompts: string[];
  close(): Promise<void>;
}

export async function startHostileLlm(): Promise<HostileLlm> {
  const llm = { script: [] as string[], fallback: 'SELECT 1', prompts: [] as string[] };
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let raw = '';
    request.on('data', (chunk) => (raw += chunk));
    request.on('end', () => {
      const body = raw ? (JSON.parse(raw) as { messages?: Array<{ content: unknown }> }) : {};
      llm.prompts.push((body.messages ?? []).map((m) => (typeof m.content === 'string' ? m.content : JSON.stringify(m.content))).join('\n'));
      const sql = llm.script.shift() ?? llm.fallback;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          id: 'chatcmpl-hostile',
          object: 'chat.completion',
          created: 1_760_000_000,
          model: 'obedient-1',
          choices: [{ index: 0, message: { role: 'assistant', content: JSON.stringify({ sql, reasoning: 'As the document instructs.' }), refusal: null }, logprobs: null, finish_reason: 'stop' }],
          usage: { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(llm, {
    baseURL: `http://127.0.0.1:${port}/v1`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
