import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { LivingSchemaError } from '@living-schema/core';
import { contextStorage } from 'hono/context-storage';
import { createAuth } from './auth.js';
import { rejectCrossSite } from './cross-site.js';
import { hostCheck } from './host-check.js';
import { storeHealth } from './health.js';
import { securityHeaders } from './security-headers.js';
import { ServerMetrics } from './metrics.js';
import { problem, problemResponse, toProblem } from './problem.js';
import type { ResolvedServerOptions } from './server-options.js';
import { engineQueryService, type ServerServices } from './services.js';
import { receiveUpload, uploadWait } from './upload.js';
import { serverRedactor, sinkLocation } from './server-redaction.js';
import { registerFeedbackRoute } from './feedback-route.js';
import { registerExecutionLogRoute } from './execution-log-route.js';
import { registerUi } from './ui/routes.js';
import { registerRelationshipRoutes } from './relationship-routes.js';
import { registerSynonymRoutes } from './synonym-routes.js';
import { runAsCaller } from '@living-schema/sink-duckdb';
import type { Identity } from './sessions.js';

export interface AppContext {
  services: ServerServices;
  options: ResolvedServerOptions;
  metrics: ServerMetrics;
  /** Folder for uploads in flight (under the staging folder). */
  uploadDirectory: string;
  log: (entry: Record<string, unknown>) => void;
  /**
   * Removes secrets and server paths from text leaving the process (error bodies, ingest
   * failures, UI notices); default: `serverRedactor` over the options' tokens and the folders.
   */
  redact?: (text: string) => string;
}

const Problem = z.object({ type: z.string(), title: z.string(), status: z.number(), detail: z.string(), code: z.string().optional() }).openapi('Problem');
const problemResponses = {
  400: { description: 'Invalid input', content: { 'application/problem+json': { schema: Problem } } },
  401: { description: 'No or invalid token', content: { 'application/problem+json': { schema: Problem } } },
  403: { description: 'Token scope too small', content: { 'application/problem+json': { schema: Problem } } },
};
const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({ 200: { description, content: { 'application/json': { schema } } }, ...problemResponses });
const Anything = z.any();
const QueryBody = z
  .object({
    question: z.string().min(1).max(2000).optional().openapi({ example: 'How many vessels fly the flag of Liberia?' }),
    sql: z.string().min(1).max(20000).optional().openapi({ example: 'SELECT count(*) FROM vessels' }),
    mode: z.enum(['live', 'snapshot', 'time_travel']).default('live'),
    asOf: z.string().datetime({ offset: true }).optional().openapi({ description: 'ISO 8601 time for time_travel' }),
    reportId: z.string().optional(),
    maxRows: z.number().int().positive().optional().openapi({ description: "Rows to return at most, in place of the server's limit (admin tokens only)" }),
    timeoutMs: z.number().int().positive().optional().openapi({ description: "Interrupt the query after this many ms, in place of the server's timeout (admin tokens only)" }),
  })
  .strict()
  .refine((b) => Boolean(b.question) !== Boolean(b.sql), { message: 'send exactly one of `question` or `sql`', path: ['question'] })
  .refine((b) => b.mode !== 'time_travel' || Boolean(b.asOf), { message: '`asOf` is required when mode is time_travel', path: ['asOf'] })
  .openapi('QueryRequest');
const ReportBody = z
  .object({ name: z.string().min(1).max(200), question: z.string().min(1).max(2000).optional(), sql: z.string().min(1).max(20000).optional(), mode: z.enum(['live', 'snapshot']).default('live') })
  .strict()
  .refine((b) => Boolean(b.question) || Boolean(b.sql), { message: 'send `question` or `sql`', path: ['question'] })
  .openapi('SaveReportRequest');
const ResolveBody = z
  .object({ action: z.enum(['merge', 'keep_separate', 'rename']), newName: z.string().min(1).max(200).optional() })
  .strict()
  .refine((b) => b.action !== 'rename' || Boolean(b.newName), { message: '`newName` is required to rename', path: ['newName'] })
  .openapi('ResolveConflictRequest');

const IngestResult = z
  .object({ batches: z.array(z.record(z.string(), z.unknown())), failures: z.array(z.object({ input: z.string(), code: z.string(), message: z.string() })) })
  .openapi('IngestResult');

/**
 * The routes served by plain handlers (multipart streaming, text bodies), declared in the OpenAPI
 * document so that it lists every route the server answers (a test compares the two).
 */
function registerUndeclaredRoutes(app: OpenAPIHono): void {
  app.openAPIRegistry.registerPath({
    method: 'get',
    path: '/healthz',
    summary: 'The store answers a read now, and the schema version (no token needed)',
    security: [],
    responses: {
      200: { description: 'Healthy', content: { 'application/json': { schema: z.object({ status: z.literal('ok'), schemaVersion: z.number() }) } } },
      503: { description: 'The store does not answer', content: { 'application/json': { schema: z.object({ status: z.literal('unavailable'), code: z.string(), detail: z.string() }) } } },
    },
  });
  app.openAPIRegistry.registerPath({
    method: 'get',
    path: '/metrics',
    summary: 'Prometheus metrics',
    responses: { 200: { description: 'Metrics in the Prometheus text format', content: { 'text/plain': { schema: z.string() } } }, ...problemResponses },
  });
  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/api/ingest',
    summary: 'Upload files to ingest (admin): `file` parts, optional `dataset` and `source` fields',
    request: {
      body: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: z.object({ file: z.array(z.string().openapi({ format: 'binary' })), dataset: z.string().optional(), source: z.string().optional() }),
          },
        },
      },
    },
    responses: {
      ...json(IngestResult, 'Batches loaded, skipped or failed, and inputs refused'),
      413: { description: 'Upload over maxUploadBytes or maxUploadFiles', content: { 'application/problem+json': { schema: Problem } } },
      422: { description: 'No file could be loaded', content: { 'application/json': { schema: IngestResult } } },
    },
  });
  app.openAPIRegistry.registerPath({
    method: 'get',
    path: '/openapi.json',
    summary: 'This document',
    responses: json(Anything, 'OpenAPI 3.1 document'),
  });
}

/**
 * Builds the Hono app: API, OpenAPI document, metrics and web UI.
 *
 * @example
 * const app = createApp({ services: { engine }, options: serverOptionsSchema.parse({ auth: 'none' }), metrics: new ServerMetrics(), uploadDirectory: '/tmp/up', log: () => {} });
 */
export function createApp(context: AppContext) {
  const { services, options, metrics } = context;
  const engine = services.engine;
  const redact = context.redact ?? serverRedactor({ tokens: options.tokens, env: {}, stagingDirectory: engine.config.stagingDirectory, uploadDirectory: context.uploadDirectory, database: sinkLocation(engine.sink) });
  const query = services.query ?? engineQueryService(engine);
  const auth = createAuth(options);
  const { read, admin } = auth;

  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) {
        const errors = result.error.issues.map((issue) => ({ field: issue.path.join('.') || '(body)', message: issue.message }));
        return problemResponse(c, problem(400, `Invalid request: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`, { errors }));
      }
      return undefined;
    },
  });

  app.onError((error, c) => {
    const body = toProblem(error);
    body.detail = redact(body.detail);
    if (body.status >= 500 && !LivingSchemaError.isInstance(error) && !(error instanceof HTTPException)) {
      context.log({ level: 'error', msg: 'unhandled error', path: c.req.path, error: error instanceof Error ? error.message : String(error) });
    }
    return problemResponse(c, body);
  });
  app.notFound((c) => problemResponse(c, problem(404, `No route for ${c.req.method} ${c.req.path}.`)));

  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    const seconds = (performance.now() - started) / 1000;
    const route = c.req.routePath || 'unmatched';
    metrics.httpDuration.observe({ method: c.req.method, route, status: `${Math.floor(c.res.status / 100)}xx` }, seconds);
    if (options.logRequests) context.log({ level: 'info', method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(seconds * 1000) });
  });
  // Security before anything answers: headers on every response (refusals included), then the
  // Host check (DNS rebinding), then cross-site writes; the context store lets forms render
  // the session's CSRF token.
  app.use('*', securityHeaders());
  app.use('*', hostCheck(options.host, options.allowedHosts));
  app.use('*', rejectCrossSite(options.corsOrigins));
  app.use('*', contextStorage());
  app.use('*', async (c, next) => {
    c.set('redact' as never, redact as never);
    await next();
  });
  if (options.corsOrigins.length > 0) app.use('/api/*', cors({ origin: options.corsOrigins, allowHeaders: ['authorization', 'content-type'] }));
  const jsonLimit = bodyLimit({ maxSize: options.maxJsonBytes, onError: (c) => problemResponse(c, problem(413, `The JSON body exceeds ${options.maxJsonBytes} bytes.`)) });

  // --- open ---
  app.get('/healthz', async (c) => {
    // One small read of the store per probe (its real state); the version from the cached
    // catalog: a probe every second must not read the whole catalog every time.
    const health = await storeHealth(engine, async () => (await cached('current', () => engine.schema.current())).version);
    return c.json(health, health.status === 'ok' ? 200 : 503);
  });
  app.get('/metrics', read, async (c) => {
    await metrics.refresh(engine);
    return c.body(await metrics.registry.metrics(), 200, { 'content-type': metrics.registry.contentType });
  });

  // --- schema (cached; invalidated on schema.versioned) ---
  // Promises are cached, so concurrent requests after an invalidation share one load.
  const cache = new Map<string, Promise<unknown>>();
  engine.on('schema.versioned', () => cache.clear());
  const cached = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    const hit = cache.get(key);
    if (hit) return hit as Promise<T>;
    if (cache.size > 500) cache.clear();
    const value = load();
    cache.set(key, value);
    value.catch(() => {
      if (cache.get(key) === value) cache.delete(key);
    });
    return value;
  };
  app.use('/api/*', read);
  app.openapi(createRoute({ method: 'get', path: '/api/schema/current', summary: 'The catalog now', responses: json(Anything, 'Current schema snapshot') }), async (c) =>
    c.json(await cached('current', () => engine.schema.current()), 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/schema/at/{date}',
      summary: 'The catalog as it stood at a moment (ISO date/time) or a version number',
      request: { params: z.object({ date: z.string().min(1).openapi({ example: '2026-11-24T10:00:00Z' }) }) },
      responses: { ...json(Anything, 'Schema snapshot'), 404: { description: 'No version then', content: { 'application/problem+json': { schema: Problem } } } },
    }),
    async (c) => {
      const { date } = c.req.valid('param');
      const when = /^\d+$/.test(date) ? Number(date) : date;
      // A version number beyond any integer we store names no version (not a server error).
      if (typeof when === 'number' && !Number.isSafeInteger(when)) return problemResponse(c, problem(404, `No schema version ${date}.`)) as never;
      if (typeof when === 'string' && Number.isNaN(new Date(when).getTime())) {
        return problemResponse(c, problem(400, `"${date}" is neither an ISO 8601 date/time nor a version number.`, { errors: [{ field: 'date', message: 'expected an ISO 8601 date/time or a version number' }] })) as never;
      }
      const snapshot = await cached(`at:${date}`, () => engine.schema.at(when));
      if (!snapshot) return problemResponse(c, problem(404, `No schema version existed at ${date}.`)) as never;
      return c.json(snapshot, 200);
    },
  );
  app.openapi(createRoute({ method: 'get', path: '/api/schema/versions', summary: 'Every schema version', responses: json(Anything, 'Versions, oldest first') }), async (c) =>
    c.json(await cached('versions', () => engine.schema.versions()), 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/schema/diff/{from}/{to}',
      summary: 'Changes between two versions, each additive or breaking',
      request: { params: z.object({ from: z.coerce.number().int().positive(), to: z.coerce.number().int().positive() }) },
      responses: json(Anything, 'Diff entries'),
    }),
    async (c) => {
      const { from, to } = c.req.valid('param');
      return c.json({ from, to, changes: await cached(`diff:${from}:${to}`, () => engine.schema.diff(from, to)) }, 200);
    },
  );

  // --- conflicts ---
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/conflicts',
      summary: 'Conflicts (pending by default)',
      request: { query: z.object({ status: z.enum(['pending', 'resolved', 'all']).default('pending') }) },
      responses: json(Anything, 'Conflicts'),
    }),
    async (c) => {
      const { status } = c.req.valid('query');
      const where = status === 'all' ? '' : 'WHERE status = $1';
      const rows = await engine.sink.reader.all(`SELECT * FROM entity_conflicts ${where} ORDER BY detected_at DESC, id DESC`, status === 'all' ? [] : [status]);
      return c.json({ conflicts: rows }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/conflicts/{id}/resolve',
      summary: 'Resolve a conflict: merge as alias, keep separate, or rename',
      middleware: [admin, jsonLimit],
      request: { params: z.object({ id: z.coerce.number().int().positive() }), body: { content: { 'application/json': { schema: ResolveBody } }, required: true } },
      responses: json(Anything, 'The resolution'),
    }),
    async (c) => {
      if (!services.catalog) return problemResponse(c, problem(501, 'This server has no discovery service to resolve conflicts.')) as never;
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      return c.json({ resolved: await services.catalog.resolveConflict(id, body) }, 200);
    },
  );

  registerRelationshipRoutes(app, { services, admin, jsonLimit, json });
  registerSynonymRoutes(app, { services, admin, jsonLimit, json });

  // --- query ---
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/query',
      summary: 'Answer a question or run SQL (guarded, logged)',
      middleware: [jsonLimit],
      request: { body: { content: { 'application/json': { schema: QueryBody } }, required: true } },
      responses: json(Anything, 'The SQL and its result'),
    }),
    async (c) => {
      const body = c.req.valid('json');
      // Each token gets its own share of the store's query slots: one caller's slow queries
      // never hold up another's.
      const identity = c.get('identity' as never) as Identity | undefined;
      const caller = identity?.name ?? 'anonymous';
      // A read token keeps the server's limits: raising them is an operator's decision.
      const limits = { maxRows: body.maxRows, timeoutMs: body.timeoutMs };
      if ((limits.maxRows || limits.timeoutMs) && identity?.scope !== 'admin') {
        return problemResponse(c, problem(403, `maxRows and timeoutMs need an admin token; "${caller}" has scope ${identity?.scope ?? 'none'}.`)) as never;
      }
      const request = { question: body.question, sql: body.sql, mode: body.mode, asOf: body.asOf, reportId: body.reportId, askedBy: caller, ...limits };
      const result = await runAsCaller(caller, () => query.run(request));
      return c.json(result, 200);
    },
  );

  registerFeedbackRoute(app, services, { admin, jsonLimit });
  registerExecutionLogRoute(app, engine);

  // --- reports ---
  const reports = () => {
    if (!services.reports) throw new HTTPException(501, { message: 'This server has no query layer for saved reports.' });
    return services.reports;
  };
  app.openapi(createRoute({ method: 'get', path: '/api/reports', summary: 'Saved reports', responses: json(Anything, 'Reports') }), async (c) => c.json({ reports: await reports().list() }, 200));
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/reports',
      summary: 'Save a report',
      middleware: [admin, jsonLimit],
      request: { body: { content: { 'application/json': { schema: ReportBody } }, required: true } },
      responses: json(Anything, 'The saved report'),
    }),
    async (c) => c.json(await reports().save(c.req.valid('json')), 200),
  );
  const ReportId = z.object({ id: z.string().min(1) });
  app.openapi(
    createRoute({ method: 'delete', path: '/api/reports/{id}', summary: 'Delete a report', middleware: [admin], request: { params: ReportId }, responses: json(Anything, 'Deleted') }),
    async (c) => {
      const { id } = c.req.valid('param');
      if (!(await reports().remove(id))) return problemResponse(c, problem(404, `No report ${id}.`)) as never;
      return c.json({ deleted: id }, 200);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/reports/{id}/refresh', summary: 'Rerun a report and detect change', middleware: [admin], request: { params: ReportId }, responses: json(Anything, 'Check outcome') }),
    async (c) => {
      const check = await reports().refresh(c.req.valid('param').id);
      metrics.reportChecks.inc({ outcome: check.status });
      return c.json(check, 200);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/reports/{id}/diff', summary: 'Row-level diff of the last change', request: { params: ReportId }, responses: json(Anything, 'Diff') }),
    async (c) => c.json(await reports().diff(c.req.valid('param').id), 200),
  );

  // --- ingest (multipart upload, streamed to disk) ---
  app.post('/api/ingest', admin, async (c) => {
    const wait = uploadWait(c.req.query('wait'));
    if (!wait) return problemResponse(c, problem(400, `Invalid request: wait: "${c.req.query('wait')}" is not one of catalog, commit.`, { errors: [{ field: 'wait', message: 'expected catalog (the default) or commit' }] }));
    const uploadId = randomUUID();
    const directory = join(context.uploadDirectory, uploadId);
    try {
      const upload = await receiveUpload(c.req.raw, directory, { maxBytes: options.maxUploadBytes, maxFiles: options.maxUploadFiles });
      const dataset = upload.fields.dataset?.trim() || undefined;
      const source = upload.fields.source?.trim() || undefined;
      // Recorded by the name it was sent under (and the upload), never the staging copy's path.
      const inputs = upload.files.map((f) => ({ uri: f.path, displayUri: `upload://${uploadId}/${f.filename}` }));
      // Answered once the catalog shows the upload unless asked `commit`: then discovery and
      // versioning run in the writer's next quiet turn.
      const result = await engine.ingest(inputs, { dataset, source, settle: wait === 'catalog' ? 'wait' : 'background' });
      const rename = new Map(inputs.map((input, i) => [input.displayUri, upload.files[i]!.filename]));
      const named = (uri: string) => rename.get(uri) ?? uri;
      return c.json(
        {
          batches: result.batches.map((b) => ({ batchId: b.batchId, source: b.source, file: named(b.sourceUri), kind: b.kind, dataset: b.dataset, rowsIn: b.rowsIn, rowsLoaded: b.rowsLoaded, rowsQuarantined: b.rowsQuarantined, ...(b.rowsAlreadyPresent ? { rowsAlreadyPresent: b.rowsAlreadyPresent } : {}), status: b.status, ...(b.details ? { details: b.details } : {}), ...(b.error ? { error: redact(b.error.split(b.sourceUri).join(named(b.sourceUri))) } : {}) })),
          failures: result.failures.map((f) => ({ ...f, input: named(f.input), message: redact(f.message.split(f.input).join(named(f.input))) })),
          catalog: wait === 'catalog' || !result.batches.some((b) => b.status === 'loaded') ? 'current' : 'pending',
        },
        result.failures.length > 0 && result.batches.length === 0 ? 422 : 200,
      );
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  registerUndeclaredRoutes(app);
  // The document is behind the read scope like every route but /healthz (docs/reference-server.md).
  app.use('/openapi.json', read);
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Living Schema reference server', version: '0.1.0', description: 'Schema catalog, questions to guarded SQL, saved reports, ingest.' },
    security: [{ bearer: [] }],
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  registerUi(app, context, { read, admin, query, auth });
  return app;
}
