import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { hasBearer, isSafeMethod, ownOrigin, presentedCsrfToken, sameToken } from './csrf.js';
import { problem, problemResponse } from './problem.js';
import type { ResolvedServerOptions } from './server-options.js';
import { SessionStore, type Identity, type Session } from './sessions.js';
import { isPagePath, refuse } from './ui/refusal-page.js';

export type Scope = Identity['scope'];

/** The web UI's cookie: a random session id, never the bearer token. */
export const SESSION_COOKIE = 'ls_session';

const ANONYMOUS: Identity = { scope: 'admin', name: 'anonymous' };

/** Finds the scope of a presented token, or null. */
export function scopeOf(
  options: ResolvedServerOptions,
  presented: string | undefined
): Identity | null {
  if (options.auth === 'none') return ANONYMOUS;
  if (!presented) return null;
  for (const entry of options.tokens)
    if (sameToken(presented, entry.token)) return { scope: entry.scope, name: entry.name };
  return null;
}

type Authenticated =
  | { kind: 'ok'; identity: Identity; session?: Session }
  | { kind: 'refused'; reason: string }
  | { kind: 'missing'; presented: boolean };

/** The guards and session operations of one server. */
export interface Auth {
  sessions: SessionStore;
  /** Any valid token (or session); `admin` needs an admin one. */
  read: MiddlewareHandler;
  admin: MiddlewareHandler;
  /** For a GET that runs work (a CSV download): a browser must present its CSRF token. */
  csrfOnGet: MiddlewareHandler;
  /** The live session of this request's cookie, or null. */
  sessionOf(c: Context): Session | null;
  /** Starts a session (ending the one the cookie named) and sets its cookie. */
  signIn(c: Context, identity: Identity): Session;
  /** Ends the cookie's session on the server and clears the cookie. */
  signOut(c: Context): void;
  /** Whether the request carries the CSRF token of `session`. */
  csrfMatches(c: Context, session: Session): Promise<boolean>;
}

const CSRF_REASON =
  'The form is missing its security token or the token is out of date: open the page again and resend.';

/**
 * Authentication for the API and the web UI. `Authorization: Bearer <token>` works everywhere
 * and needs no CSRF token. A browser signs in once and then holds an HttpOnly, SameSite=Strict
 * session cookie (an opaque id, expiring idle and absolute); any state-changing request it makes
 * must also carry the session's CSRF token. 401 without credentials, 403 with too small a scope.
 *
 * @example
 * const auth = createAuth(options);
 * app.post('/api/ingest', auth.admin, handler);
 */
export function createAuth(options: ResolvedServerOptions): Auth {
  const { idleMinutes, maxHours, maxSessions } = options.sessions;
  const sessions = new SessionStore({
    idleMs: idleMinutes * 60_000,
    absoluteMs: maxHours * 3_600_000,
    maxSessions,
  });

  const sessionOf = (c: Context) => sessions.find(getCookie(c, SESSION_COOKIE));
  const csrfMatches = async (c: Context, session: Session) =>
    sameToken(await presentedCsrfToken(c), session.csrfToken);

  const signIn = (c: Context, identity: Identity) => {
    sessions.delete(getCookie(c, SESSION_COOKIE));
    const session = sessions.create(identity);
    const secure = options.secureCookies || ownOrigin(c).startsWith('https:');
    setCookie(c, SESSION_COOKIE, session.id, {
      httpOnly: true,
      sameSite: 'Strict',
      path: '/',
      secure,
      maxAge: Math.floor(maxHours * 3600),
    });
    c.set('session' as never, session as never);
    return session;
  };
  const signOut = (c: Context) => {
    sessions.delete(getCookie(c, SESSION_COOKIE));
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
  };

  // Local mode still gives a browser a session, so that its forms carry a CSRF token too.
  const anonymous = (c: Context): Authenticated => {
    if (!isPagePath(c.req.path)) return { kind: 'ok', identity: ANONYMOUS };
    if (!isSafeMethod(c.req.method)) return { kind: 'refused', reason: CSRF_REASON };
    return { kind: 'ok', identity: ANONYMOUS, session: signIn(c, ANONYMOUS) };
  };

  const authenticate = async (c: Context): Promise<Authenticated> => {
    if (hasBearer(c)) {
      const identity = scopeOf(options, c.req.header('authorization')!.slice(7).trim());
      return identity ? { kind: 'ok', identity } : { kind: 'missing', presented: true };
    }
    const session = sessionOf(c);
    if (session) {
      if (!isSafeMethod(c.req.method) && !(await csrfMatches(c, session)))
        return { kind: 'refused', reason: CSRF_REASON };
      return { kind: 'ok', identity: session.identity, session };
    }
    if (options.auth === 'none') return anonymous(c);
    return { kind: 'missing', presented: Boolean(getCookie(c, SESSION_COOKIE)) };
  };

  const requireScope =
    (needed: Scope): MiddlewareHandler =>
    async (c, next) => {
      const found = await authenticate(c);
      if (found.kind === 'refused') return refuse(c, 403, 'Security check failed', found.reason);
      if (found.kind === 'missing') {
        if (isPagePath(c.req.path)) return c.redirect('/ui/login');
        c.header('www-authenticate', 'Bearer realm="living-schema"');
        return problemResponse(
          c,
          problem(401, found.presented ? 'The token is not valid.' : 'A bearer token is required.')
        );
      }
      if (needed === 'admin' && found.identity.scope !== 'admin') {
        return problemResponse(
          c,
          problem(
            403,
            `This needs an admin token; "${found.identity.name}" has scope ${found.identity.scope}.`
          )
        );
      }
      c.set('identity' as never, found.identity as never);
      if (found.session) c.set('session' as never, found.session as never);
      await next();
    };

  const csrfOnGet: MiddlewareHandler = async (c, next) => {
    const session = c.get('session' as never) as Session | undefined;
    if (session && !(await csrfMatches(c, session)))
      return refuse(c, 403, 'Security check failed', CSRF_REASON);
    await next();
  };

  return {
    sessions,
    read: requireScope('read'),
    admin: requireScope('admin'),
    csrfOnGet,
    sessionOf,
    signIn,
    signOut,
    csrfMatches,
  };
}
