import type { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { LivingSchemaError } from '@living-schema/core';
import { tryGetContext } from 'hono/context-storage';
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

/** The request's redaction (set by the app for every request), else none. */
function redactor(): (text: string) => string {
  const redact = tryGetContext()?.get('redact' as never) as ((text: string) => string) | undefined;
  return redact ?? ((text) => text);
}

/** An error as one line for a page: the code first when it is ours; no secret, no server path. */
export function message(error: unknown): string {
  const text = LivingSchemaError.isInstance(error)
    ? `${error.code}: ${error.message}`
    : error instanceof Error
      ? error.message
      : String(error);
  return redactor()(text);
}

/** A redirect target carrying a notice for the next page to show. */
export function withNotice(path: string, notice: string): string {
  return `${path}?notice=${encodeURIComponent(notice)}`;
}
