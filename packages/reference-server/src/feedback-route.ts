import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ServerServices } from './services.js';

const FeedbackBody = z
  .object({
    verdict: z.enum(['right', 'wrong']),
    sql: z.string().min(1).max(20000).optional().openapi({
      description:
        'With wrong: the SQL that answers the question (guarded, run once, then verified)',
    }),
    kind: z.string().min(1).max(50).optional().openapi({ example: 'join' }),
    note: z.string().max(2000).optional(),
  })
  .strict()
  .refine((b) => b.verdict === 'wrong' || b.sql === undefined, {
    message: 'a corrected `sql` goes with verdict "wrong"',
    path: ['sql'],
  })
  .openapi('FeedbackRequest');

const Problem = {
  description: 'Invalid feedback, or no such answer',
  content: { 'application/problem+json': { schema: z.any() } },
};

/**
 * `POST /api/executions/{id}/feedback`: marks a logged answer right or wrong. It teaches every
 * later question (a verified pair becomes an example), so it takes an admin token, like saving a
 * report.
 *
 * @example
 * curl -X POST -H 'authorization: Bearer $TOKEN' -H 'content-type: application/json' \
 *   -d '{"verdict":"wrong","sql":"SELECT count(*) FROM vessels WHERE flag_state = $$Liberia$$"}' \
 *   http://127.0.0.1:8787/api/executions/<execution-id>/feedback
 */
export function registerFeedbackRoute(
  app: OpenAPIHono,
  services: ServerServices,
  guards: { admin: MiddlewareHandler; jsonLimit: MiddlewareHandler },
): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/executions/{id}/feedback',
      summary:
        'Mark an answer right or wrong; a right answer or a corrected SQL becomes a verified question-SQL pair',
      middleware: [guards.admin, guards.jsonLimit],
      request: {
        params: z.object({ id: z.string().min(1).max(100) }),
        body: { content: { 'application/json': { schema: FeedbackBody } }, required: true },
      },
      responses: {
        200: {
          description: 'The feedback and the verified pair it left',
          content: { 'application/json': { schema: z.any() } },
        },
        400: Problem,
        404: Problem,
        422: Problem,
      },
    }),
    async (c) => {
      if (!services.feedback)
        throw new HTTPException(501, {
          message: 'This server has no query layer to take feedback.',
        });
      const { id } = c.req.valid('param');
      return c.json(
        await services.feedback.record({ executionId: id, ...c.req.valid('json') }),
        200,
      );
    },
  );
}
