import type { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { LivingSchemaError } from '@living-schema/core';
import type { AppContext } from '../app.js';
import type { Auth } from '../auth.js';
import type { QueryService } from '../services.js';

/** What each group of pages registers its routes with. */
export interface UiRoutes {
  app: OpenAPIHono;
  context: AppContext;
  /** Route guards: any valid token, and admin tokens only. */
  read: MiddlewareHandler;
  admin: MiddlewareHandler;
  query: QueryService;
  /** Sessions and CSRF checks (sign-in pages, GETs that run work). */
  auth: Auth;
}

/** An error as one line for a page: the code first when it is ours. */
export function message(error: unknown): string {
  if (LivingSchemaError.isInstance(error)) return `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

/** A redirect target carrying a notice for the next page to show. */
export function withNotice(path: string, notice: string): string {
  return `${path}?notice=${encodeURIComponent(notice)}`;
}
