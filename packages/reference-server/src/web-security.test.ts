import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FORM,
  csrfTokenIn,
  form,
  send,
  sessionCookie,
  startSecurityFixture,
  type SecurityFixture,
} from './web-security.fixture.js';

// The web surface under attack from a browser on another site, through a real server on
// 127.0.0.1 and a real DuckDB file. Another site's requests are sent with the headers a browser
// would give them (Origin, Sec-Fetch-Site, a rebinding page's Host).
const ADMIN = 'security-admin-token-0123456789';
let fixture: SecurityFixture;
let url: string;

beforeAll(async () => {
  // The default sign-in limit (10 failures a minute) is what the rate-limit test relies on.
  fixture = await startSecurityFixture({ tokens: [{ token: ADMIN, scope: 'admin', name: 'ops' }] });
  url = fixture.server.url;
}, 120_000);

afterAll(async () => {
  await fixture.close();
});

/** Signs in through the form, as a browser on our own page does; returns cookie and CSRF token. */
async function signIn(): Promise<{ cookie: string; csrf: string }> {
  const login = await send(url, '/ui/login', {
    method: 'POST',
    headers: { 'content-type': FORM, origin: url, 'sec-fetch-site': 'same-origin' },
    body: form({ token: ADMIN }),
  });
  expect(login.status).toBe(302);
  const cookie = sessionCookie(login);
  const page = await send(url, '/ui/reports', { headers: { cookie } });
  expect(page.status).toBe(200);
  return { cookie, csrf: csrfTokenIn(page.body) };
}

const reportNames = async () => (await fixture.services.reports!.list()).map((r) => r.name);
const executions = async () =>
  Number(
    (
      await fixture.services.engine.sink.reader.all('SELECT count(*) AS n FROM query_executions')
    )[0]!.n
  );

describe('security headers', () => {
  it('every response carries a CSP the page satisfies, frame-ancestors none, nosniff, same-origin referrers and no-store', async () => {
    const { cookie } = await signIn();
    const page = await send(url, '/ui', { headers: { cookie } });
    const api = await send(url, '/api/schema/current', {
      headers: { authorization: `Bearer ${ADMIN}` },
    });
    const missing = await send(url, '/nowhere');
    for (const reply of [page, api, missing]) {
      const csp = String(reply.headers['content-security-policy']);
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("form-action 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      expect(reply.headers['referrer-policy']).toBe('same-origin');
      expect(reply.headers['x-frame-options']).toBe('DENY');
      expect(reply.headers['cache-control']).toBe('no-store');
    }
    // The page's one inline stylesheet is allowed by its hash, and it has no script.
    const style = /<style>([\s\S]*?)<\/style>/.exec(page.body)![1]!;
    const hash = createHash('sha256').update(style).digest('base64');
    expect(String(page.headers['content-security-policy'])).toContain(`style-src 'sha256-${hash}'`);
    expect(page.body).not.toContain('<script');
  });
});

describe('the session cookie', () => {
  it('is an opaque id, not the bearer token: HttpOnly, SameSite=Strict, expiring', async () => {
    const login = await send(url, '/ui/login', {
      method: 'POST',
      headers: { 'content-type': FORM },
      body: form({ token: ADMIN }),
    });
    const header = ([] as string[]).concat(login.headers['set-cookie'] ?? []).join('\n');
    expect(header).not.toContain(ADMIN);
    expect(header).toMatch(/ls_session=[A-Za-z0-9_-]{43};/);
    expect(header).toContain('HttpOnly');
    expect(header).toContain('SameSite=Strict');
    expect(header).toContain(`Max-Age=${12 * 3600}`);
    expect(header).not.toContain('Secure');
    // The token itself in a cookie is not a credential any more.
    expect(
      (await send(url, '/ui', { headers: { cookie: `ls_session=${ADMIN}` } })).headers.location
    ).toBe('/ui/login');
  });

  it('is Secure when the request came over TLS through a proxy', async () => {
    const login = await send(url, '/ui/login', {
      method: 'POST',
      headers: { 'content-type': FORM, 'x-forwarded-proto': 'https' },
      body: form({ token: ADMIN }),
    });
    expect(String(login.headers['set-cookie'])).toContain('Secure');
  });

  it('sign-out ends the session on the server: the old cookie no longer works', async () => {
    const { cookie, csrf } = await signIn();
    const out = await send(url, '/ui/logout', {
      method: 'POST',
      headers: { cookie, 'content-type': FORM },
      body: form({ _csrf: csrf }),
    });
    expect(out.headers.location).toBe('/ui/login?signedOut=1');
    const replay = await send(url, '/ui/reports', { headers: { cookie } });
    expect(replay.status).toBe(302);
    expect(replay.headers.location).toBe('/ui/login');
  });
});

describe('cross-site request forgery', () => {
  const save = (
    cookie: string,
    fields: Record<string, string>,
    headers: Record<string, string> = {}
  ) =>
    send(url, '/ui/reports', {
      method: 'POST',
      headers: { cookie, 'content-type': FORM, ...headers },
      body: form({ sql: 'SELECT count(*) AS n FROM vessels', ...fields }),
    });

  it('a signed-in form post without the session CSRF token is refused (403, reason named), nothing saved', async () => {
    const { cookie } = await signIn();
    const forged = await save(cookie, { name: 'forged-no-token' });
    expect(forged.status).toBe(403);
    expect(forged.body).toContain('security token');
    const wrong = await save(cookie, { name: 'forged-wrong-token', _csrf: 'x'.repeat(43) });
    expect(wrong.status).toBe(403);
    expect(await reportNames()).not.toContain('forged-no-token');
    expect(await reportNames()).not.toContain('forged-wrong-token');
  });

  it('a post from another port on the same host is refused even with a token (Origin, Sec-Fetch-Site)', async () => {
    const { cookie, csrf } = await signIn();
    const otherPort = url.replace(/:\d+$/, ':1');
    const byOrigin = await save(
      cookie,
      { name: 'from-other-port', _csrf: csrf },
      { origin: otherPort }
    );
    expect(byOrigin.status).toBe(403);
    expect(byOrigin.body).toContain(`comes from ${otherPort}`);
    const byFetchSite = await save(
      cookie,
      { name: 'from-same-site', _csrf: csrf },
      { 'sec-fetch-site': 'same-site' }
    );
    expect(byFetchSite.status).toBe(403);
    expect(byFetchSite.body).toContain('Sec-Fetch-Site: same-site');
    expect(await reportNames()).not.toContain('from-other-port');
    const own = await save(
      cookie,
      { name: 'from-our-page', _csrf: csrf },
      { origin: url, 'sec-fetch-site': 'same-origin' }
    );
    expect(own.status).toBe(302);
    expect(await reportNames()).toContain('from-our-page');
  });

  it("login refuses another site's post but accepts one with no Origin (curl)", async () => {
    const forged = await send(url, '/ui/login', {
      method: 'POST',
      headers: {
        'content-type': FORM,
        origin: 'https://evil.example',
        'sec-fetch-site': 'cross-site',
      },
      body: form({ token: ADMIN }),
    });
    expect(forged.status).toBe(403);
    expect(forged.headers['set-cookie']).toBeUndefined();
    const curl = await send(url, '/ui/login', {
      method: 'POST',
      headers: { 'content-type': FORM },
      body: form({ token: ADMIN }),
    });
    expect(curl.status).toBe(302);
  });

  it('an API call with a bearer header needs no CSRF token', async () => {
    const reply = await send(url, '/api/reports', {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'by-api', sql: 'SELECT 1 AS one' }),
    });
    expect(reply.status).toBe(200);
  });

  it('a session cookie alone cannot write through the API', async () => {
    const { cookie } = await signIn();
    const reply = await send(url, '/api/reports', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'cookie-api', sql: 'SELECT 1 AS one' }),
    });
    expect(reply.status).toBe(403);
    expect(await reportNames()).not.toContain('cookie-api');
  });
});

describe('queries from links', () => {
  it('GET /ui/query?sql= fills the form in but runs and logs nothing; the form POST runs it', async () => {
    const { cookie, csrf } = await signIn();
    const before = await executions();
    const link = await send(
      url,
      `/ui/query?${new URLSearchParams({ sql: 'SELECT count(*) AS n FROM vessels' })}`,
      { headers: { cookie } }
    );
    expect(link.status).toBe(200);
    expect(link.body).toContain('SELECT count(*) AS n FROM vessels');
    expect(link.body).not.toContain('id="result"');
    expect(await executions()).toBe(before);
    const asked = await send(url, '/ui/query', {
      method: 'POST',
      headers: { cookie, 'content-type': FORM },
      body: form({ sql: 'SELECT count(*) AS n FROM vessels', _csrf: csrf }),
    });
    expect(asked.status).toBe(200);
    expect(asked.body).toContain('id="result"');
    expect(await executions()).toBe(before + 1);
  });

  it('the CSV download runs only with the session CSRF token in its link', async () => {
    const { cookie, csrf } = await signIn();
    const query = new URLSearchParams({ sql: 'SELECT vessel_name FROM vessels ORDER BY 1' });
    const before = await executions();
    expect((await send(url, `/ui/query/csv?${query}`, { headers: { cookie } })).status).toBe(403);
    expect(await executions()).toBe(before);
    const download = await send(url, `/ui/query/csv?${query}&_csrf=${csrf}`, {
      headers: { cookie },
    });
    expect(download.status).toBe(200);
    expect(download.body).toContain('Aurora');
    // A script with the bearer header is not a browser: no CSRF token needed.
    const scripted = await send(url, `/ui/query/csv?${query}`, {
      headers: { authorization: `Bearer ${ADMIN}` },
    });
    expect(scripted.status).toBe(200);
  });
});

describe('the Host header', () => {
  it('a request naming another host (DNS rebinding) gets 421; our own names are answered', async () => {
    const port = new URL(url).port;
    const rebound = await send(url, '/api/schema/current', {
      headers: { host: `rebind.evil.example:${port}`, authorization: `Bearer ${ADMIN}` },
    });
    expect(rebound.status).toBe(421);
    expect(JSON.parse(rebound.body).detail).toContain('rebind.evil.example');
    expect(JSON.parse(rebound.body).detail).toContain('server.allowedHosts');
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `LOCALHOST:${port}`]) {
      expect((await send(url, '/healthz', { headers: { host } })).status).toBe(200);
    }
  });
});

describe('sign-in rate limit', () => {
  it('after 10 failures a minute from one address, sign-in answers 429 with Retry-After, even for a right token', async () => {
    const attempt = (token: string) =>
      send(url, '/ui/login', {
        method: 'POST',
        headers: { 'content-type': FORM },
        body: form({ token }),
      });
    for (let i = 0; i < 10; i += 1)
      expect((await attempt(`wrong-token-${i}-0123456789`)).headers.location).toBe(
        '/ui/login?error=1'
      );
    const limited = await attempt('wrong-token-again-0123456789');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(limited.body).toContain('Too many failed sign-ins');
    expect((await attempt(ADMIN)).status).toBe(429);
  });
});
