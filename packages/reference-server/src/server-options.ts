import { z } from 'zod';
import { ErrorCodes, LivingSchemaError } from '@living-schema/core';
import { isLoopbackHost } from './host-check.js';

const tokenSchema = z
  .object({
    /** The bearer token (at least 16 characters). */
    token: z.string().min(16, 'a token must be at least 16 characters'),
    /** `read`: schema, queries, reports (read); `admin`: also ingest, resolve conflicts, save/delete reports. */
    scope: z.enum(['read', 'admin']),
    /** A name for logs (never the token itself). */
    name: z.string().default('token'),
  })
  .strict();

export const serverOptionsSchema = z
  .object({
    /** Interface to listen on. Default `127.0.0.1`. */
    host: z.string().default('127.0.0.1'),
    /** Port; 0 picks a free one. Default 8787 (env `PORT`). */
    port: z.number().int().min(0).max(65535).default(8787),
    /**
     * `tokens` (default): every route but `/healthz` needs a bearer token (header or the UI's cookie).
     * `none`: no authentication, for a local single-user setup only: refused unless `host` is a
     * loopback address (127.0.0.0/8, `::1`, `localhost`).
     */
    auth: z.enum(['tokens', 'none']).default('tokens'),
    /** Bearer tokens with scopes; also from env `LIVING_SCHEMA_TOKENS` as `name:scope:token` entries separated by commas. */
    tokens: z.array(tokenSchema).default([]),
    /** Origins allowed by CORS. Default: none (CORS off). */
    corsOrigins: z.array(z.string()).default([]),
    /** Largest upload accepted by `POST /api/ingest`, in bytes. Default 100 MiB. */
    maxUploadBytes: z.number().int().positive().default(100 * 1024 * 1024),
    /** Largest JSON body accepted, in bytes. Default 1 MiB. */
    maxJsonBytes: z.number().int().positive().default(1024 * 1024),
    /** Files accepted in one upload. Default 50. */
    maxUploadFiles: z.number().int().positive().default(50),
    schedules: z
      .object({
        /** Cron for the full discovery reconciliation; `false` to disable. Default hourly. */
        reconciliation: z.union([z.string(), z.literal(false)]).default('0 * * * *'),
        /** Cron for saved-report change detection; `false` to disable. Default daily at 06:00. */
        reportChecks: z.union([z.string(), z.literal(false)]).default('0 6 * * *'),
      })
      .strict()
      .default({ reconciliation: '0 * * * *', reportChecks: '0 6 * * *' }),
    /**
     * Host names the server answers besides the defaults (the listen host, `localhost`,
     * `127.0.0.1`, `[::1]`, and the machine's own addresses and name when listening on `0.0.0.0`
     * or `::`). A request naming any other host gets 421: this is what stops DNS rebinding.
     */
    allowedHosts: z.array(z.string().min(1)).default([]),
    /**
     * Mark the session cookie `Secure` on every response. Default false; the cookie is `Secure`
     * anyway when the request came over TLS (`x-forwarded-proto: https` from a proxy).
     */
    secureCookies: z.boolean().default(false),
    /** Web UI sign-in sessions (server-side; the cookie holds only a random id). */
    sessions: z
      .object({
        /** A session unused this long ends. Default 30 minutes. */
        idleMinutes: z.number().positive().default(30),
        /** A session ends this long after sign-in, used or not. Default 12 hours. */
        maxHours: z.number().positive().default(12),
        /** Sessions kept at most; the oldest ends first. Default 10000. */
        maxSessions: z.number().int().positive().default(10_000),
      })
      .strict()
      .default({ idleMinutes: 30, maxHours: 12, maxSessions: 10_000 }),
    /** Failed web sign-ins allowed per client address in a window, then 429 until it passes. */
    loginRateLimit: z
      .object({
        /** Failures allowed in the window. Default 10. */
        failures: z.number().int().positive().default(10),
        /** The window, in seconds. Default 60. */
        windowSeconds: z.number().int().positive().default(60),
      })
      .strict()
      .default({ failures: 10, windowSeconds: 60 }),
    /** Write one JSON log line per request to stderr. Default true. */
    logRequests: z.boolean().default(true),
  })
  .strict();

export type ServerOptions = z.input<typeof serverOptionsSchema>;
export type ResolvedServerOptions = z.output<typeof serverOptionsSchema>;

/**
 * Parses `name:scope:token,name:scope:token` (env `LIVING_SCHEMA_TOKENS`). Each entry is held to
 * the same rules as `server.tokens` (a scope of read or admin, a token of 16 characters or more).
 */
export function tokensFromEnv(value: string | undefined): Array<{ token: string; scope: 'read' | 'admin'; name: string }> {
  if (!value) return [];
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [name, scope, ...rest] = entry.split(':');
      const parsed = tokenSchema.safeParse({ name: name || 'token', scope, token: rest.join(':') });
      if (!parsed.success) {
        throw new LivingSchemaError({
          code: ErrorCodes.CONFIG_INVALID,
          message: `LIVING_SCHEMA_TOKENS entry "${name ?? ''}:…" must be name:scope:token with scope read or admin and a token of at least 16 characters (${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}).`,
          details: { variable: 'LIVING_SCHEMA_TOKENS', entry: name ?? '' },
        });
      }
      return parsed.data;
    });
}

/**
 * Refuses `auth: "none"` on an address other machines can reach: anyone on the network (or any
 * web page a user opens) could then load files and read answers.
 *
 * @example
 * refuseOpenAccess({ ...options, host: '0.0.0.0', auth: 'none' }); // throws LS_CONFIG_INVALID
 */
export function refuseOpenAccess(options: Pick<ResolvedServerOptions, 'auth' | 'host'>): void {
  if (options.auth !== 'none' || isLoopbackHost(options.host)) return;
  throw new LivingSchemaError({
    code: ErrorCodes.CONFIG_INVALID,
    message:
      `server.auth = "none" is only allowed on a loopback address, but the host is ${options.host}. ` +
      `Listen on 127.0.0.1 (the default), or keep ${options.host} and set ` +
      'LIVING_SCHEMA_TOKENS=name:admin:<secret> with server.auth = "tokens".',
    details: { host: options.host, auth: options.auth },
  });
}
