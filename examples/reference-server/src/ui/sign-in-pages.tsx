import { deleteCookie, setCookie } from 'hono/cookie';
import { TOKEN_COOKIE, scopeOf } from '../auth.js';
import { Layout } from './layout.js';
import type { UiRoutes } from './ui-context.js';

/** Sign in (token -> HttpOnly cookie) and sign out (GET asks, POST clears the cookie). */
export function registerSignInPages({ app, context }: UiRoutes): void {
  app.get('/ui/login', (c) =>
    c.html(
      <Layout title="Sign in" signedOut>
        <h1>Sign in</h1>
        {c.req.query('error') ? <div class="error">That token is not valid.</div> : null}
        {c.req.query('signedOut') ? (
          <div class="notice" id="notice">
            You are signed out.
          </div>
        ) : null}
        <form method="post" action="/ui/login">
          <label for="token">Access token</label>
          <input id="token" name="token" type="password" size={48} autocomplete="off" />
          <button type="submit">Sign in</button>
        </form>
      </Layout>,
    ),
  );
  app.post('/ui/login', async (c) => {
    const form = await c.req.parseBody();
    const token = String(form.token ?? '');
    if (!scopeOf(context.options, token)) return c.redirect('/ui/login?error=1');
    setCookie(c, TOKEN_COOKIE, token, { httpOnly: true, sameSite: 'Strict', path: '/' });
    return c.redirect('/ui');
  });

  // A GET never signs out (link previews and prefetches follow links): it asks for the POST.
  app.get('/ui/logout', (c) =>
    c.html(
      <Layout title="Sign out" signedOut>
        <h1>Sign out?</h1>
        <p>This browser forgets its access token; you need it again to sign in.</p>
        <form method="post" action="/ui/logout">
          <button type="submit" id="confirm-sign-out">
            Sign out
          </button>
        </form>
      </Layout>,
    ),
  );
  app.post('/ui/logout', (c) => {
    deleteCookie(c, TOKEN_COOKIE, { path: '/' });
    return c.redirect('/ui/login?signedOut=1');
  });
}
