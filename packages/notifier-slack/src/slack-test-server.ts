import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedPost {
  path: string;
  at: number;
  body: { text?: string; blocks?: Array<Record<string, unknown>> };
}

/**
 * A local stand-in for Slack's incoming-webhook endpoint (test helper, not exported): answers like
 * Slack does, with a plain-text body. Paths: `/ok` 200 `ok`; `/invalid` 400 `invalid_payload`;
 * `/gone` 404 `channel_not_found`; `/archived` 410 `channel_is_archived`; `/busy` 429 with
 * `Retry-After: 1` on the first post, then 200; `/flaky` 500 `rollup_error` twice, then 200.
 * Any path refuses a payload that breaks Block Kit limits with 400 `invalid_payload`.
 */
export async function startSlackServer(): Promise<{ url: (path: string) => string; posts: ReceivedPost[]; close: () => Promise<void>; server: Server }> {
  const posts: ReceivedPost[] = [];
  const hits = new Map<string, number>();
  const server = createServer(async (request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const path = (request.url ?? '/').split('?')[0]!;
    const count = (hits.get(path) ?? 0) + 1;
    hits.set(path, count);
    const reply = (status: number, body: string, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'text/html', ...headers });
      response.end(body);
    };
    let body: ReceivedPost['body'];
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return reply(400, 'invalid_payload');
    }
    const blocks = body.blocks ?? [];
    const tooLong = blocks.some((b) => {
      const text = (b.text as { text?: string } | undefined)?.text ?? '';
      const fields = (b.fields as Array<{ text: string }> | undefined) ?? [];
      return (b.type === 'section' && text.length > 3000) || (b.type === 'header' && text.length > 150) || fields.length > 10 || fields.some((f) => f.text.length > 2000);
    });
    if (request.method !== 'POST' || (!body.text && blocks.length === 0)) return reply(400, 'no_text');
    if (blocks.length > 50 || tooLong) return reply(400, 'invalid_payload');
    posts.push({ path, at: Date.now(), body });
    if (path === '/invalid') return reply(400, 'invalid_payload');
    if (path === '/gone') return reply(404, 'channel_not_found');
    if (path === '/archived') return reply(410, 'channel_is_archived');
    if (path === '/busy' && count === 1) return reply(429, 'rate_limited', { 'retry-after': '1' });
    if (path === '/flaky' && count <= 2) return reply(500, 'rollup_error');
    return reply(200, 'ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    posts,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
