import { ErrorCodes, LivingSchemaError, describeError, parsePluginOptions, type Notification, type NotifierV1 } from '@living-schema/core';
import { buildSlackMessages, type SlackMessage } from './slack-blocks.js';
import { slackOptionsSchema, type SlackNotifierOptions } from './slack-options.js';

export interface SlackNotifier extends NotifierV1 {
  /** Messages posted successfully so far. */
  readonly delivered: number;
  /** Notifications dropped because the webhook was refused for good (404, 410, 403). */
  readonly dropped: number;
}

interface Queued {
  notification: Notification;
  resolve: () => void;
  reject: (error: Error) => void;
}

/** Webhook answers that mean the URL will never work again: later notifications are dropped, not sent. */
const PERMANENT = new Set([403, 404, 410]);

const ADVICE: Record<string, string> = {
  invalid_payload: 'Slack refused the message format; this is a bug in the notifier, please report it with the notification that caused it.',
  no_text: 'Slack refused a message without text; this is a bug in the notifier, please report it.',
  channel_not_found: "the webhook's channel was deleted or the app was removed from it: create a new incoming webhook and set LIVING_SCHEMA_SLACK_WEBHOOK_URL.",
  no_service: 'the webhook was revoked or disabled: create a new incoming webhook and set LIVING_SCHEMA_SLACK_WEBHOOK_URL.',
  no_active_hooks: 'the webhook was revoked or disabled: create a new incoming webhook and set LIVING_SCHEMA_SLACK_WEBHOOK_URL.',
  channel_is_archived: "the webhook's channel is archived: unarchive it or create a webhook for another channel.",
  action_prohibited: 'a workspace admin restricted posting to this channel: ask them, or use another channel.',
  posting_to_general_channel_denied: 'only admins may post to this channel: use another channel.',
  too_many_attachments: 'the message was too large; this is a bug in the notifier, please report it.',
};

const rank = (n: Notification) => (n.severity === 'needs_review' ? 0 : 1);

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Posts engine notifications to a Slack incoming webhook as Block Kit messages: new entity types
 * and fields, conflicts needing review with their candidates and scores, new schema versions,
 * changed reports. Notifications are queued and batched into one message per second at most;
 * `429` is waited out (`Retry-After`), `5xx` and network errors are retried with exponential
 * backoff and jitter, other `4xx` answers are never retried and are reported once.
 *
 * @param options.webhookUrl the incoming-webhook URL, default env `LIVING_SCHEMA_SLACK_WEBHOOK_URL`
 * @param options.minIntervalMs least time between posts, default 1,000 ms
 * @param options.fetch the fetch used to post, default the global fetch
 * @example
 * createLivingSchema({ sink, notifiers: [consoleNotifier(), slack({ webhookUrl: process.env.SLACK_WEBHOOK })] });
 * @see https://docs.slack.dev/messaging/sending-messages-using-incoming-webhooks
 */
export function slack(options: SlackNotifierOptions = {}): SlackNotifier {
  const parsed = parsePluginOptions('slack', slackOptionsSchema, options);
  const env = parsed.env ?? process.env;
  const webhookUrl = parsed.webhookUrl ?? env.LIVING_SCHEMA_SLACK_WEBHOOK_URL;
  if (!webhookUrl) {
    throw new LivingSchemaError({
      code: ErrorCodes.PLUGIN_OPTIONS_INVALID,
      message: 'Invalid options for plugin "slack": option `webhookUrl` is required (or set LIVING_SCHEMA_SLACK_WEBHOOK_URL).',
      details: { plugin: 'slack', paths: ['webhookUrl'] },
    });
  }
  let host: string;
  try {
    host = new URL(webhookUrl).host;
  } catch (error) {
    throw new LivingSchemaError({ code: ErrorCodes.PLUGIN_OPTIONS_INVALID, message: 'Invalid options for plugin "slack": `webhookUrl` is not a URL.', details: { plugin: 'slack', paths: ['webhookUrl'] }, cause: error });
  }
  const doFetch = parsed.fetch ?? globalThis.fetch;
  const wanted = parsed.events ? new Set(parsed.events) : null;

  const queue: Queued[] = [];
  let running: Promise<void> | null = null;
  let lastPostAt = Number.NEGATIVE_INFINITY;
  let firstQueuedAt = 0;
  let disabledBy: LivingSchemaError | null = null;
  let closed = false;
  let delivered = 0;
  let dropped = 0;

  function failure(message: string, details: Record<string, unknown>, cause?: unknown): LivingSchemaError {
    // The webhook URL is a secret: only its host goes into errors.
    return new LivingSchemaError({ code: ErrorCodes.NOTIFY_FAILED, message, details: { notifier: parsed.name, host, ...details }, cause });
  }

  async function post(message: SlackMessage): Promise<void> {
    let attempt = 0;
    for (;;) {
      // Spaced from the end of the previous request (Slack had it by then), so the interval holds
      // where Slack measures it, however long a request spends in transit.
      for (let wait = lastPostAt + parsed.minIntervalMs - Date.now(); wait > 0; wait = lastPostAt + parsed.minIntervalMs - Date.now()) await sleep(wait);
      let status: number;
      let body = '';
      let retryAfter: string | null = null;
      try {
        const response = await doFetch(webhookUrl!, {
          method: 'POST',
          headers: { 'content-type': 'application/json; charset=utf-8' },
          body: JSON.stringify(message),
          signal: AbortSignal.timeout(parsed.timeoutMs),
        });
        status = response.status;
        retryAfter = response.headers.get('retry-after');
        body = (await response.text().catch(() => '')).trim();
        lastPostAt = Date.now();
      } catch (error) {
        lastPostAt = Date.now();
        if (attempt >= parsed.maxRetries) throw failure(`Slack webhook at ${host} could not be reached after ${attempt + 1} attempt(s): ${describeError(error)}.`, { attempts: attempt + 1 }, error);
        await sleep(backoff(attempt));
        attempt += 1;
        continue;
      }
      if (status >= 200 && status < 300) return;
      if (status === 429) {
        const seconds = Number(retryAfter);
        const waitMs = Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 1000;
        if (attempt >= parsed.maxRetries || waitMs > parsed.maxRetryAfterMs) {
          throw failure(`Slack webhook at ${host} is rate limited (429, Retry-After ${retryAfter ?? 'missing'}); gave up after ${attempt + 1} attempt(s).`, { status, attempts: attempt + 1 });
        }
        await sleep(waitMs);
        attempt += 1;
        continue;
      }
      if (status >= 500) {
        if (attempt >= parsed.maxRetries) throw failure(`Slack webhook at ${host} failed with ${status} ${body} after ${attempt + 1} attempt(s).`, { status, body, attempts: attempt + 1 });
        await sleep(backoff(attempt));
        attempt += 1;
        continue;
      }
      const advice = ADVICE[body] ?? 'check the webhook URL and the channel.';
      const error = failure(`Slack webhook at ${host} refused the message with ${status} ${body || '(no body)'}: ${advice}`, { status, body });
      if (PERMANENT.has(status)) disabledBy = error;
      throw error;
    }
  }

  function backoff(attempt: number): number {
    const base = parsed.retryBaseMs * 2 ** attempt;
    return base + Math.random() * base;
  }

  async function drain(): Promise<void> {
    while (queue.length > 0) {
      const wait = Math.max(firstQueuedAt + parsed.batchWindowMs, lastPostAt + parsed.minIntervalMs) - Date.now();
      if (wait > 0) await sleep(wait);
      // Needs-review first, as the message shows them, so each message's sections map to its items.
      const batch = queue.splice(0, queue.length).sort((a, b) => rank(a.notification) - rank(b.notification));
      firstQueuedAt = Date.now();
      const messages = buildSlackMessages(batch.map((q) => q.notification), parsed.appName);
      let offset = 0;
      for (const message of messages) {
        const items = batch.slice(offset, offset + message.blocks.length - 2);
        offset += items.length;
        if (disabledBy) {
          dropped += items.length;
          for (const item of items) item.resolve();
          continue;
        }
        try {
          await post(message);
          delivered += 1;
          for (const item of items) item.resolve();
        } catch (error) {
          const err = error instanceof Error ? error : new Error(String(error));
          parsed.onError?.(err);
          // Reported once per message: the first notification's promise carries the error.
          items[0]?.reject(err);
          for (const item of items.slice(1)) item.resolve();
        }
      }
    }
  }

  function kick(): void {
    running ??= drain().finally(() => {
      running = null;
      if (queue.length > 0) kick();
    });
  }

  return {
    specificationVersion: 'v1',
    name: parsed.name,
    get delivered() {
      return delivered;
    },
    get dropped() {
      return dropped;
    },
    notify(notification) {
      if (wanted && !wanted.has(notification.event)) return Promise.resolve();
      if (closed) return Promise.reject(new LivingSchemaError({ code: ErrorCodes.ENGINE_CLOSED, message: `Slack notifier "${parsed.name}" was closed.` }));
      if (disabledBy) {
        dropped += 1;
        return Promise.resolve();
      }
      return new Promise<void>((resolve, reject) => {
        if (queue.length === 0 && !running) firstQueuedAt = Date.now();
        queue.push({ notification, resolve, reject });
        kick();
      });
    },
    async flush() {
      while (running) await running;
    },
    async close() {
      while (running) await running;
      closed = true;
    },
  };
}

/** Same as {@link slack}. */
export const createSlackNotifier = slack;
