import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { problem, problemResponse } from './problem.js';
import type { ServerServices } from './services.js';

/** What the app lends the relationship routes: its services, guards and response helper. */
export interface RelationshipRouteContext {
  services: ServerServices;
  admin: MiddlewareHandler;
  jsonLimit: MiddlewareHandler;
  /** The app's 200 response with its problem responses (400, 401, 403). */
  json: <T extends z.ZodTypeAny>(schema: T, description: string) => { 200: { description: string; content: { 'application/json': { schema: T } } } };
}

const Relationship = z
  .object({
    id: z.number(),
    from: z.object({ dataset: z.string(), field: z.string() }),
    to: z.object({ dataset: z.string(), field: z.string() }),
    cardinality: z.enum(['many-to-one', 'one-to-one']),
    coverage: z.number(),
    toUnique: z.boolean(),
    status: z.enum(['suggested', 'confirmed', 'rejected']),
    evidence: z.array(z.string()),
    firstSeen: z.string().nullable(),
  })
  .openapi('Relationship');

const ReviewBody = z
  .object({ decision: z.enum(['confirm', 'reject']).openapi({ description: '`reject`: never suggested again' }) })
  .strict()
  .openapi('ReviewRelationshipRequest');

/**
 * `GET /api/relationships` (join keys discovery found, optionally of one review state) and
 * `POST /api/relationships/{id}/review` (admin: confirm or reject one, writing a schema version).
 */
export function registerRelationshipRoutes(app: OpenAPIHono, context: RelationshipRouteContext): void {
  const { services, admin, jsonLimit, json } = context;
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/relationships',
      summary: 'Relationships (join keys) between datasets',
      request: { query: z.object({ status: z.enum(['suggested', 'confirmed', 'rejected']).optional() }) },
      responses: json(z.object({ relationships: z.array(Relationship) }), 'Relationships, oldest first'),
    }),
    async (c) => {
      const { status } = c.req.valid('query');
      const all = (await services.engine.sink.catalog.read()).relationships;
      return c.json({ relationships: status ? all.filter((r) => r.status === status) : all }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/relationships/{id}/review',
      summary: 'Confirm or reject a relationship',
      middleware: [admin, jsonLimit],
      request: {
        params: z.object({ id: z.coerce.number().int().positive() }),
        body: { content: { 'application/json': { schema: ReviewBody } }, required: true },
      },
      responses: json(z.object({ relationship: Relationship, version: z.number().nullable() }), 'The reviewed relationship'),
    }),
    async (c) => {
      const review = services.catalog?.reviewRelationship;
      if (!review) return problemResponse(c, problem(501, 'This server has no discovery service to review relationships.')) as never;
      const { id } = c.req.valid('param');
      const { decision } = c.req.valid('json');
      return c.json(await review(id, decision), 200);
    },
  );
}
