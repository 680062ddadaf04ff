import { timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** The form field, query parameter and header a CSRF token may travel in. */
export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export function isSafeMethod(method: string): boolean {
  return SAFE_METHODS.has(method.toUpperCase());
}

/** A bearer header is set by a program, never by a cross-site form, so it needs no CSRF defence. */
export function hasBearer(c: Context): boolean {
  return Boolean(c.req.header('authorization')?.toLowerCase().startsWith('bearer '));
}

/** The origin the browser used to reach us: scheme (TLS or a proxy's word for it) and Host. */
export function ownOrigin(c: Context): string {
  const tls = c.req.header('x-forwarded-proto') === 'https' || c.req.url.startsWith('https:');
  return `${tls ? 'https' : 'http'}://${(c.req.header('host') ?? '').toLowerCase()}`;
}

/**
 * The CSRF token a request presents: the header, the query parameter (for multipart forms and
 * download links), or the field of a URL-encoded form. Multipart bodies are never read here:
 * they are streamed to disk by the handler.
 */
export async function presentedCsrfToken(c: Context): Promise<string | undefined> {
  const direct = c.req.header(CSRF_HEADER) ?? c.req.query(CSRF_FIELD);
  if (direct) return direct;
  if (!c.req.header('content-type')?.startsWith('application/x-www-form-urlencoded'))
    return undefined;
  // parseBody caches the parsed form, so the route handler reads it again for free.
  const value = (await c.req.parseBody())[CSRF_FIELD];
  return typeof value === 'string' ? value : undefined;
}

export function sameToken(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
