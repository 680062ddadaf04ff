import { serve, type ServerType } from '@hono/node-server';
import { Cron } from 'croner';
import { join, resolve } from 'node:path';
import { ErrorCodes, LivingSchemaError, describeError } from '@living-schema/core';
import { createApp } from './app.js';
import { ServerMetrics } from './metrics.js';
import { isLoopbackHost } from './host-check.js';
import {
  refuseOpenAccess,
  serverOptionsSchema,
  tokensFromEnv,
  type ServerOptions,
} from './server-options.js';
import type { ServerServices } from './services.js';
import { removeUploadLeftovers } from './upload.js';
import { serverRedactor, sinkLocation } from './server-redaction.js';

export interface StartedServer {
  /** `http://host:port` */
  url: string;
  port: number;
  metrics: ServerMetrics;
  app: ReturnType<typeof createApp>;
  /** Runs a schedule's job now (for tests and operators), as the cron would. */
  runSchedule(name: 'reconciliation' | 'reportChecks'): Promise<void>;
  close(): Promise<void>;
}

export interface StartServerOptions {
  services: ServerServices;
  options?: ServerOptions;
  /** Folder for uploads in flight; default `<staging>/uploads`. */
  uploadDirectory?: string;
  /** Structured log sink; default one JSON line per entry on stderr. */
  log?: (entry: Record<string, unknown>) => void;
  env?: Record<string, string | undefined>;
  /**
   * Tokens for processes on this machine (the runtime file's, see `serveFromConfig`), added after
   * the check that a deployment names tokens of its own: they never make a server start that
   * would otherwise be refused.
   */
  localTokens?: Array<{ token: string; scope: 'read' | 'admin'; name: string }>;
}

/** Listens, turning a port in use (or refused) into an error that says what to do, not a stack trace. */
function listen(app: ReturnType<typeof createApp>, host: string, port: number): Promise<ServerType> {
  return new Promise((resolveServer, reject) => {
    const s = serve({ fetch: app.fetch, hostname: host, port }, () => {
      s.off('error', failed);
      resolveServer(s);
    });
    function failed(error: NodeJS.ErrnoException) {
      s.close();
      const where = `${host}:${port}`;
      if (error.code === 'EADDRINUSE') {
        reject(new LivingSchemaError({ code: ErrorCodes.PORT_IN_USE, message: `Port ${port} on ${host} is already in use (another living-schema serve?). Stop that process, or choose another port with --port <n> (0 picks a free one).`, details: { host, port } }));
      } else {
        reject(new LivingSchemaError({ code: ErrorCodes.CONFIG_INVALID, message: `The server cannot listen on ${where}: ${error.message}. Check --host and --port.`, details: { host, port }, cause: error }));
      }
    }
    s.once('error', failed);
  });
}

/**
 * Starts the reference server: API, web UI, `/metrics`, and the reconciliation and report-check
 * schedules.
 *
 * @example
 * const server = await startServer({ services: { engine }, options: { port: 8787, tokens: [{ token, scope: 'admin' }] } });
 * console.log(server.url);
 */
export async function startServer(start: StartServerOptions): Promise<StartedServer> {
  const env = start.env ?? process.env;
  const parsed = serverOptionsSchema.safeParse(start.options ?? {});
  if (!parsed.success) {
    throw new LivingSchemaError({ code: ErrorCodes.CONFIG_INVALID, message: `Invalid server options: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` });
  }
  const options = { ...parsed.data, tokens: [...parsed.data.tokens, ...tokensFromEnv(env.LIVING_SCHEMA_TOKENS)] };
  refuseOpenAccess(options);
  if (options.auth === 'tokens' && options.tokens.length === 0) {
    throw new LivingSchemaError({
      code: ErrorCodes.CONFIG_INVALID,
      message: 'The server needs at least one access token: set LIVING_SCHEMA_TOKENS=name:admin:<secret> (or server.tokens in the config), or server.auth = "none" for a local single-user setup.',
    });
  }
  options.tokens.push(...(start.localTokens ?? []));
  const { engine } = start.services;
  await engine.start();
  const metrics = new ServerMetrics();
  metrics.observe(engine);
  const uploadDirectory = start.uploadDirectory ?? join(resolve(engine.config.stagingDirectory), 'uploads');
  const redact = serverRedactor({ tokens: options.tokens, env, stagingDirectory: engine.config.stagingDirectory, uploadDirectory, database: sinkLocation(engine.sink) });
  const write = start.log ?? ((entry: Record<string, unknown>) => process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`));
  // Every log line passes the redaction: '***' and '(staging)' keep the JSON valid.
  const log = (entry: Record<string, unknown>) => write(JSON.parse(redact(JSON.stringify(entry))) as Record<string, unknown>);
  // Uploads in flight when a server was killed are never finished: they only fill the disk.
  const leftovers = await removeUploadLeftovers(uploadDirectory);
  if (leftovers > 0) log({ level: 'info', msg: 'removed upload leftovers', uploads: leftovers });
  const app = createApp({ services: start.services, options, metrics, uploadDirectory, log, redact });

  const jobs: Record<'reconciliation' | 'reportChecks', () => Promise<void>> = {
    reconciliation: async () => {
      if (!start.services.catalog) return;
      await start.services.catalog.reconcile();
      metrics.discoveryRuns.inc({ kind: 'full' });
    },
    reportChecks: async () => {
      if (!start.services.reports) return;
      for (const check of await start.services.reports.checkAll()) metrics.reportChecks.inc({ outcome: check.status });
    },
  };
  const runSchedule = async (name: keyof typeof jobs) => {
    try {
      await jobs[name]();
      metrics.scheduleRuns.inc({ schedule: name, status: 'ok' });
    } catch (error) {
      metrics.scheduleRuns.inc({ schedule: name, status: 'error' });
      log({ level: 'error', msg: `schedule ${name} failed`, error: describeError(error) });
    } finally {
      metrics.scheduleLastRun.set({ schedule: name }, Date.now() / 1000);
    }
  };
  const crons: Cron[] = [];
  for (const name of ['reconciliation', 'reportChecks'] as const) {
    const pattern = options.schedules[name];
    if (pattern === false) continue;
    const cron = new Cron(pattern, { protect: true }, () => runSchedule(name).finally(() => updateNext(name, cron)));
    crons.push(cron);
    updateNext(name, cron);
  }
  function updateNext(name: string, cron: Cron) {
    const next = cron.nextRun();
    if (next) metrics.scheduleNextRun.set({ schedule: name }, next.getTime() / 1000);
  }

  let server: ServerType;
  try {
    server = await listen(app, options.host, options.port);
  } catch (error) {
    for (const cron of crons) cron.stop();
    throw error;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`;
  log({ level: 'info', msg: 'listening', url, auth: options.auth, tokens: options.tokens.map((t) => `${t.name}:${t.scope}`) });
  if (!isLoopbackHost(options.host) && !options.secureCookies) {
    const msg =
      'listening beyond this machine over plain HTTP: put a TLS proxy in front ' +
      '(it sends x-forwarded-proto: https) or set server.secureCookies';
    log({ level: 'warn', msg, url });
  }
  return {
    url,
    port,
    metrics,
    app,
    runSchedule,
    async close() {
      for (const cron of crons) cron.stop();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
