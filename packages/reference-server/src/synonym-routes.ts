import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { listSynonyms } from '@living-schema/discovery';
import type { Identity } from './sessions.js';
import { problem, problemResponse } from './problem.js';
import type { RelationshipRouteContext } from './relationship-routes.js';

const Synonym = z
  .object({ dataset: z.string(), field: z.string(), word: z.string(), taughtBy: z.string().nullable(), taughtAt: z.string() })
  .openapi('FieldSynonym');

const TeachBody = z
  .object({
    target: z.string().min(1).openapi({ description: 'The field as `<dataset>.<column>`', example: 'claims.approved_amount_usd' }),
    words: z.array(z.string()).min(1).max(20).openapi({ description: 'Words or short phrases (1 to 4 words each)', example: ['payout', 'payouts'] }),
    forget: z.boolean().optional().openapi({ description: 'Forget these words for the field instead' }),
  })
  .strict()
  .openapi('TeachWordsRequest');

/**
 * `GET /api/catalog/words` (the words people taught for fields, optionally of one dataset) and
 * `POST /api/catalog/words` (admin: teach or forget words for one field; questions are read with
 * them from the next one on). See docs/querying.md, "Words your team uses".
 */
export function registerSynonymRoutes(app: OpenAPIHono, context: RelationshipRouteContext): void {
  const { services, admin, jsonLimit, json } = context;
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/catalog/words',
      summary: 'Words people taught for fields',
      request: { query: z.object({ dataset: z.string().optional() }) },
      responses: json(z.object({ words: z.array(Synonym) }), 'Taught words, by dataset, field and word'),
    }),
    async (c) => c.json({ words: await listSynonyms(services.engine.sink.reader, c.req.valid('query').dataset) }, 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/catalog/words',
      summary: 'Teach or forget words for a field',
      middleware: [admin, jsonLimit],
      request: { body: { content: { 'application/json': { schema: TeachBody } }, required: true } },
      responses: json(z.object({ words: z.array(Synonym), forgotten: z.number() }), "The field's taught words after the change"),
    }),
    async (c) => {
      const teach = services.catalog?.teachWords;
      if (!teach) return problemResponse(c, problem(501, 'This server has no query layer to read taught words with.')) as never;
      const body = c.req.valid('json');
      const identity = c.get('identity' as never) as Identity | undefined;
      return c.json(await teach(body.target, body.words, { forget: body.forget ?? false, by: identity?.name ?? null }), 200);
    },
  );
}
