import { tryGetContext } from 'hono/context-storage';
import { CSRF_FIELD } from '../csrf.js';
import type { Session } from '../sessions.js';

/** The CSRF token of the session the page is rendered for (read from the request context). */
export function pageCsrfToken(): string | undefined {
  const session = tryGetContext()?.get('session' as never) as Session | undefined;
  return session?.csrfToken;
}

/**
 * The hidden field every state-changing form carries: the server refuses a signed-in browser's
 * POST without it. Renders nothing for a page with no session (the sign-in page).
 *
 * @example <form method="post" action="/ui/reports"><CsrfField />…</form>
 */
export function CsrfField() {
  const token = pageCsrfToken();
  return token ? <input type="hidden" name={CSRF_FIELD} value={token} /> : null;
}

/** `path` with the session's CSRF token as a query parameter: for multipart forms and downloads. */
export function withCsrf(path: string): string {
  const token = pageCsrfToken();
  if (!token) return path;
  return `${path}${path.includes('?') ? '&' : '?'}${CSRF_FIELD}=${encodeURIComponent(token)}`;
}
