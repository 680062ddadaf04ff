import type { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { AppContext } from '../app.js';
import type { Auth } from '../auth.js';
import type { QueryService } from '../services.js';
import { registerConflictsPage } from './conflicts-page.js';
import { registerFeedbackPage } from './feedback-form.js';
import { registerIngestPage } from './ingest-page.js';
import { registerQueryPage } from './query-page.js';
import { registerReportPage } from './report-page.js';
import { registerReportsPages } from './reports-pages.js';
import { registerSchemaPage } from './schema-page.js';
import { registerRelationshipReview } from './relationships-section.js';
import { registerSignInPages } from './sign-in-pages.js';

/**
 * Server-rendered pages: sign in/out, schema browser, ask, reports (list, page, diff, delete),
 * conflicts, ingest. Forms post back and redirect; every page fits an 800-px window.
 */
export function registerUi(
  app: OpenAPIHono,
  context: AppContext,
  guards: { read: MiddlewareHandler; admin: MiddlewareHandler; query: QueryService; auth: Auth },
): void {
  const routes = { app, context, ...guards };
  app.get('/', (c) => c.redirect('/ui'));
  registerSignInPages(routes);
  registerSchemaPage(routes);
  registerRelationshipReview(routes);
  registerQueryPage(routes);
  registerFeedbackPage(routes);
  registerReportsPages(routes);
  registerReportPage(routes);
  registerConflictsPage(routes);
  registerIngestPage(routes);
}
