import { z } from 'zod';

export const slackOptionsSchema = z
  .object({
    /** The incoming-webhook URL. Default: env `LIVING_SCHEMA_SLACK_WEBHOOK_URL`. Treated as a secret: never logged. */
    webhookUrl: z.string().url().optional(),
    /** Name of this notifier (to tell two Slack notifiers apart). Default `slack`. */
    name: z.string().min(1).default('slack'),
    /** Least time from the end of one post to the webhook to the start of the next, so Slack sees them at least this far apart (it allows about one message per second). Default 1,000 ms. */
    minIntervalMs: z.number().int().min(0).default(1_000),
    /** How long the first queued notification waits for others to join its message. Default 250 ms. */
    batchWindowMs: z.number().int().min(0).default(250),
    /** Retries of one message after 429, 5xx or a network error. Default 5. */
    maxRetries: z.number().int().min(0).max(20).default(5),
    /** First backoff after a 5xx or network error; doubles each retry, plus up to as much again of jitter. Default 500 ms. */
    retryBaseMs: z.number().int().min(0).default(500),
    /** Longest `Retry-After` waited out; longer asks fail the message. Default 60,000 ms. */
    maxRetryAfterMs: z.number().int().min(0).default(60_000),
    /** Time allowed for one HTTP request. Default 10,000 ms. */
    timeoutMs: z.number().int().positive().default(10_000),
    /** Only these events are posted (e.g. `['conflict.detected']`). Default: every event the engine notifies. */
    events: z.array(z.string()).optional(),
    /** Shown in the message footer. Default `Living Schema`. */
    appName: z.string().default('Living Schema'),
    /** The `fetch` used to post; tests and proxies pass their own. Default: global fetch. */
    fetch: z.custom<typeof fetch>((v) => typeof v === 'function', { message: 'expected a fetch function' }).optional(),
    /** Called once per message Slack refused or that could not be delivered. Default: nothing (the engine reports the rejection as an `error` event). */
    onError: z.custom<(error: Error) => void>((v) => typeof v === 'function', { message: 'expected a function' }).optional(),
    /** Environment to read the webhook URL from. Default `process.env`. */
    env: z.record(z.string(), z.string().optional()).optional(),
  })
  .strict();

export type SlackNotifierOptions = z.input<typeof slackOptionsSchema>;
