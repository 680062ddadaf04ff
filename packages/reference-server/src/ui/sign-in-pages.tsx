import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { scopeOf } from '../auth.js';
import { LoginRateLimiter } from '../login-rate-limit.js';
import { CsrfField } from './csrf-field.js';
import { Layout } from './layout.js';
import type { UiRoutes } from './ui-context.js';

/** The client's own address (not a header a client can set), for counting failed sign-ins. */
function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // A request handed to app.request() in-process has no socket.
    return 'in-process';
  }
}

function SignInPage(props: { error?: string; signedOut?: boolean }) {
  return (
    <Layout title="Sign in" signedOut>
      <h1>Sign in</h1>
      {props.error ? (
        <div class="error" id="sign-in-error">
          {props.error}
        </div>
      ) : null}
      {props.signedOut ? (
        <div class="notice" id="notice">
          You are signed out.
        </div>
      ) : null}
      <form method="post" action="/ui/login">
        <label for="token">Access token</label>
        <input id="token" name="token" type="password" size={48} autocomplete="off" />
        <button type="submit">Sign in</button>
      </form>
    </Layout>
  );
}

/**
 * Sign in (a valid token starts a server-side session; the cookie holds only its id) and sign
 * out (GET asks, POST ends the session). Failed sign-ins are limited per client address.
 */
export function registerSignInPages({ app, context, auth }: UiRoutes): void {
  const limiter = new LoginRateLimiter(context.options.loginRateLimit);
  app.get('/ui/login', (c) =>
    c.html(
      <SignInPage
        error={c.req.query('error') ? 'That token is not valid.' : undefined}
        signedOut={Boolean(c.req.query('signedOut'))}
      />
    )
  );
  app.post('/ui/login', async (c) => {
    const address = clientAddress(c);
    const wait = limiter.retryAfterSeconds(address);
    if (wait > 0) {
      c.header('retry-after', String(wait));
      const error = `Too many failed sign-ins from this address. Try again in ${wait} s.`;
      return c.html(<SignInPage error={error} />, 429);
    }
    const form = await c.req.parseBody();
    const identity = scopeOf(context.options, String(form.token ?? ''));
    if (!identity) {
      limiter.fail(address);
      return c.redirect('/ui/login?error=1');
    }
    auth.signIn(c, identity);
    return c.redirect('/ui');
  });

  // A GET never signs out (link previews and prefetches follow links): it asks for the POST.
  app.get('/ui/logout', (c) => {
    // The form needs the session's CSRF token, so the page looks the session up.
    const session = auth.sessionOf(c);
    if (session) c.set('session' as never, session as never);
    return c.html(
      <Layout title="Sign out" signedOut>
        <h1>Sign out?</h1>
        <p>This browser forgets its session; you need your access token again to sign in.</p>
        <form method="post" action="/ui/logout">
          <CsrfField />
          <button type="submit" id="confirm-sign-out">
            Sign out
          </button>
        </form>
      </Layout>
    );
  });
  app.post('/ui/logout', async (c) => {
    const session = auth.sessionOf(c);
    if (session && !(await auth.csrfMatches(c, session))) {
      return c.redirect('/ui/logout');
    }
    auth.signOut(c);
    return c.redirect('/ui/login?signedOut=1');
  });
}
