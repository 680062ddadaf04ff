import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake server received: its path and parsed JSON body. */
export interface SeenRequest {
  path: string;
  body: { messages?: Array<{ role: string; content: string }>; [key: string]: unknown };
}

/** A Chat Completions reply carrying `text` as the assistant's message. */
export function chatCompletion(text: string) {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1_760_000_000,
    model: 'local-test',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: text, refusal: null },
        logprobs: null,
        finish_reason: 'stop',
      },
    ],
    usage: { prompt_tokens: 40, completion_tokens: 6, total_tokens: 46 },
  };
}

/**
 * An OpenAI-compatible server on 127.0.0.1 (the wire format of vLLM, Ollama and llama.cpp's
 * servers): it answers each request with the next queued text and keeps every request so a
 * test can assert on what the provider was sent.
 */
export async function openAiCompatibleServer() {
  const replies: string[] = [];
  const seen: SeenRequest[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let raw = '';
    request.on('data', (chunk) => (raw += chunk));
    request.on('end', () => {
      seen.push({
        path: request.url ?? '',
        body: raw ? (JSON.parse(raw) as SeenRequest['body']) : {},
      });
      const text =
        replies.shift() ??
        '{"reasoning": "no reply queued", "sql": null, "refusal": "no reply queued"}';
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(chatCompletion(text)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    replies,
    seen,
    baseURL: `http://127.0.0.1:${port}/v1`,
    /** The system and user messages of the `i`-th request (negative counts from the end). */
    messages(i = -1) {
      const request = seen[i < 0 ? seen.length + i : i];
      return request?.body.messages ?? [];
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
