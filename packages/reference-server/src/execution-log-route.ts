import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { LivingSchema } from '@living-schema/core';
import type { Identity } from './sessions.js';

const ExecutionsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(50).openapi({ description: 'Newest entries returned at most (default 50)' }),
});

/** One entry of the query log as the API lists it. */
export interface LoggedQuery {
  executionId: string;
  askedBy: string | null;
  question: string | null;
  sql: string;
  mode: string;
  status: string;
  startedAt: string;
  durationMs: number | null;
  rowCount: number | null;
}

/**
 * The query log's entries a caller may see, newest first: their own (by token name), or every
 * entry for an admin. Other users' questions and SQL are theirs, so a read token never sees them.
 */
export async function visibleExecutions(engine: LivingSchema, identity: Identity, limit: number): Promise<LoggedQuery[]> {
  const mine = identity.scope !== 'admin';
  const rows = await engine.sink.reader.all<Record<string, unknown>>(
    `SELECT execution_id, asked_by, question, sql, mode, status, started_at, duration_ms, row_count
     FROM query_executions ${mine ? 'WHERE asked_by = $1' : ''}
     ORDER BY started_at DESC, execution_id LIMIT ${limit}`,
    mine ? [identity.name] : [],
  );
  return rows.map((row) => ({
    executionId: String(row.execution_id),
    askedBy: (row.asked_by as string | null) ?? null,
    question: (row.question as string | null) ?? null,
    sql: String(row.sql),
    mode: String(row.mode),
    status: String(row.status),
    startedAt: String(row.started_at),
    durationMs: row.duration_ms === null ? null : Number(row.duration_ms),
    rowCount: row.row_count === null ? null : Number(row.row_count),
  }));
}

/**
 * `GET /api/executions`: the query log, as {@link visibleExecutions} allows the caller.
 *
 * @example
 * curl -H 'authorization: Bearer $TOKEN' 'http://127.0.0.1:8787/api/executions?limit=20'
 */
export function registerExecutionLogRoute(app: OpenAPIHono, engine: LivingSchema): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/executions',
      summary: "The query log, newest first: the caller's own entries (every entry for an admin token)",
      request: { query: ExecutionsQuery },
      responses: { 200: { description: 'Logged runs', content: { 'application/json': { schema: z.any() } } } },
    }),
    async (c) => {
      const identity = c.get('identity' as never) as Identity;
      const { limit } = c.req.valid('query');
      return c.json({ executions: await visibleExecutions(engine, identity, limit) }, 200);
    },
  );
}
