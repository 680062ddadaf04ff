import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCodes, LivingSchemaError, toNotification, type Notification } from '@living-schema/core';
import { describeNotifierContract, sampleNotifications } from '@living-schema/core/testing';
import { SLACK_LIMITS, buildSlackMessages } from './slack-blocks.js';
import { slack } from './slack-notifier.js';
import { startSlackServer } from './slack-test-server.js';

let server: Awaited<ReturnType<typeof startSlackServer>>;
beforeAll(async () => {
  server = await startSlackServer();
});
afterAll(async () => {
  await server.close();
});

const fast = { minIntervalMs: 20, batchWindowMs: 20, retryBaseMs: 20 };
const at = new Date('2026-11-24T10:00:00Z');
const conflict = toNotification('conflict.detected', { conflictId: 7, candidate: 'VesselName', existing: 'VESSEL_NAME', subject: 'entity_type', similarity: 1, reason: '"VESSEL_NAME" and "VesselName" are the same after normalising' }, at)!;
const entity = (name: string): Notification => toNotification('entity.discovered', { id: 1, name, status: 'active', occurrenceCount: 2, examples: ['3FAB4'], batchId: 'b_1' }, at)!;
const postsTo = (path: string) => server.posts.filter((p) => p.path === path);

describe('slack notifier', () => {
  it('batches notifications into one Block Kit message, conflicts first with candidates and score', async () => {
    const notifier = slack({ webhookUrl: server.url('/ok'), ...fast });
    await Promise.all([notifier.notify(entity('CALL_SIGN')), notifier.notify(entity('DEFICIENCY')), notifier.notify(conflict)]);
    await notifier.flush?.();
    const posts = postsTo('/ok');
    expect(posts).toHaveLength(1);
    const blocks = posts[0]!.body.blocks!;
    expect(blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text', text: 'Living Schema: 1 needs review, 2 updates' } });
    const first = (blocks[1]!.text as { text: string }).text;
    expect(first).toContain('Needs review: possible duplicate entity type');
    expect(first).toContain('New `VesselName` ~ existing `VESSEL_NAME` (similarity *1.00*)');
    expect(first).toContain('living-schema conflicts resolve 7 --merge');
    expect((blocks[2]!.text as { text: string }).text).toContain('New entity type `CALL_SIGN`');
    expect(posts[0]!.body.text).toContain('Possible duplicate: VesselName ~ VESSEL_NAME');
    expect(notifier.delivered).toBe(1);
  });

  it('keeps within 50 blocks and 3,000 characters per section, splitting into parts', async () => {
    const many = Array.from({ length: 120 }, (_, i) => ({ ...entity(`LABEL_${i}`), text: 'x'.repeat(5000) }));
    const messages = buildSlackMessages(many);
    expect(messages).toHaveLength(3);
    for (const message of messages) {
      expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
      for (const block of message.blocks) expect(((block.text as { text?: string } | undefined)?.text ?? '').length).toBeLessThanOrEqual(3000);
    }
    const notifier = slack({ webhookUrl: server.url('/parts'), ...fast });
    await Promise.all(many.map((n) => notifier.notify({ ...n, title: `${n.title} <&>`, text: `${'y'.repeat(4000)}` })));
    const posts = postsTo('/parts');
    expect(posts).toHaveLength(3);
    expect((posts[0]!.body.blocks![0]!.text as { text: string }).text).toMatch(/\(part 1\/3\)$/);
    expect(posts.reduce((n, p) => n + p.body.blocks!.length - 2, 0)).toBe(120);
  });

  it('posts at most one message per interval per webhook', async () => {
    const notifier = slack({ webhookUrl: server.url('/paced'), minIntervalMs: 300, batchWindowMs: 0 });
    await notifier.notify(entity('A'));
    await notifier.notify(entity('B'));
    await notifier.notify(entity('C'));
    const posts = postsTo('/paced');
    expect(posts).toHaveLength(3);
    // Measured where Slack measures it, on receipt: the interval runs from the previous response.
    for (let i = 1; i < posts.length; i += 1) expect(posts[i]!.at - posts[i - 1]!.at).toBeGreaterThanOrEqual(300);
  });

  it('waits out 429 Retry-After, then delivers', async () => {
    const notifier = slack({ webhookUrl: server.url('/busy'), ...fast });
    const started = Date.now();
    await notifier.notify(conflict);
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
    expect(postsTo('/busy')).toHaveLength(2);
  });

  it('retries 5xx with backoff, then delivers', async () => {
    const notifier = slack({ webhookUrl: server.url('/flaky'), ...fast });
    await notifier.notify(conflict);
    expect(postsTo('/flaky')).toHaveLength(3);
  });

  it.each([
    ['/invalid', 400, 'invalid_payload', false],
    ['/gone', 404, 'channel_not_found', true],
    ['/archived', 410, 'channel_is_archived', true],
  ])('never retries %s (%i %s) and reports it once', async (path, status, body, permanent) => {
    const errors: Error[] = [];
    const notifier = slack({ webhookUrl: server.url(path), ...fast, onError: (e) => errors.push(e) });
    const results = await Promise.allSettled([notifier.notify(conflict), notifier.notify(entity('X'))]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled']);
    const error = (results[0] as PromiseRejectedResult).reason;
    expect(LivingSchemaError.hasCode(error, ErrorCodes.NOTIFY_FAILED)).toBe(true);
    expect(error.message).toContain(`${status} ${body}`);
    expect(error.message).not.toContain(path);
    expect(error.details).toMatchObject({ status, body });
    expect(postsTo(path)).toHaveLength(1);
    expect(errors).toHaveLength(1);
    await notifier.notify(entity('Y')).catch(() => undefined);
    expect(postsTo(path)).toHaveLength(permanent ? 1 : 2);
    expect(notifier.dropped).toBe(permanent ? 1 : 0);
  });

  it('gives up on an unreachable webhook after its retries and reports it', async () => {
    const notifier = slack({ webhookUrl: 'http://127.0.0.1:9/', ...fast, maxRetries: 2, timeoutMs: 500 });
    await expect(notifier.notify(conflict)).rejects.toThrow(/could not be reached after 3 attempt/);
  });

  it('uses an injected fetch, reads the URL from the environment, and refuses bad options', async () => {
    const seen: string[] = [];
    const fakeFetch = (async (url: string | URL | Request) => {
      seen.push(String(url));
      return new Response('ok', { status: 200 });
    }) as typeof fetch;
    const notifier = slack({ fetch: fakeFetch, env: { LIVING_SCHEMA_SLACK_WEBHOOK_URL: 'https://hooks.example.test/services/T/B/x' }, ...fast });
    await notifier.notify(entity('A'));
    expect(seen).toEqual(['https://hooks.example.test/services/T/B/x']);
    expect(() => slack({ env: {} })).toThrow(/webhookUrl.*LIVING_SCHEMA_SLACK_WEBHOOK_URL/);
    expect(() => slack({ webhookUrl: 'not a url' })).toThrow(/LS_PLUGIN_OPTIONS_INVALID|webhookUrl/);
    const filtered = slack({ fetch: fakeFetch, webhookUrl: 'https://hooks.example.test/x', events: ['conflict.detected'], ...fast });
    await filtered.notify(entity('B'));
    expect(seen).toHaveLength(1);
  });
});

await describeNotifierContract('slack', {
  create: () => slack({ webhookUrl: server.url('/contract'), ...fast }),
  verifyDelivered(notifications) {
    const texts = postsTo('/contract').flatMap((p) => p.body.blocks!.map((b) => JSON.stringify(b)));
    expect(notifications).toHaveLength(sampleNotifications.length);
    expect(texts.join('\n')).toContain('VESSEL_NAME');
  },
});
