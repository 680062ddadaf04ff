import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { problem, problemResponse } from './problem.js';
import type { ResolvedServerOptions } from './server-options.js';

export type Scope = 'read' | 'admin';

export const TOKEN_COOKIE = 'ls_token';

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Finds the scope of a presented token, or null. */
export function scopeOf(options: ResolvedServerOptions, presented: string | undefined): { scope: Scope; name: string } | null {
  if (options.auth === 'none') return { scope: 'admin', name: 'anonymous' };
  if (!presented) return null;
  for (const entry of options.tokens) if (same(entry.token, presented)) return { scope: entry.scope, name: entry.name };
  return null;
}

/**
 * Bearer-token auth: `Authorization: Bearer <token>` or the web UI's HttpOnly cookie. `read`
 * routes accept both scopes; `admin` routes only admin tokens. 401 without a valid token, 403
 * with a token of too small a scope.
 *
 * @example app.post('/api/ingest', requireScope(options, 'admin'), handler)
 */
export function requireScope(options: ResolvedServerOptions, needed: Scope): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header('authorization');
    const bearer = header?.toLowerCase().startsWith('bearer ') ? header.slice(7).trim() : undefined;
    const presented = bearer ?? getCookie(c, TOKEN_COOKIE);
    const identity = scopeOf(options, presented);
    if (!identity) {
      if (c.req.path.startsWith('/ui') || c.req.path === '/') return c.redirect('/ui/login');
      c.header('www-authenticate', 'Bearer realm="living-schema"');
      return problemResponse(c, problem(401, presented ? 'The token is not valid.' : 'A bearer token is required.'));
    }
    if (needed === 'admin' && identity.scope !== 'admin') {
      return problemResponse(c, problem(403, `This needs an admin token; "${identity.name}" has scope ${identity.scope}.`));
    }
    c.set('identity' as never, identity as never);
    await next();
  };
}
