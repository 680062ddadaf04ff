import { z } from 'zod';
import { ErrorCodes, LivingSchemaError } from '@living-schema/core';

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
     * `none`: no authentication, for a local single-user setup only.
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
