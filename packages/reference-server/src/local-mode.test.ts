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

// `server.auth: "none"` (a local single-user setup) attacked from web pages the user opens:
// a real server on 127.0.0.1 and a real DuckDB file.
let fixture: SecurityFixture;
let url: string;

beforeAll(async () => {
  fixture = await startSecurityFixture({ auth: 'none' });
  url = fixture.server.url;
}, 120_000);

afterAll(async () => {
  await fixture.close();
});

const BOUNDARY = 'ls-boundary';
function multipart(name: string, content: string): string {
  return [
    `--${BOUNDARY}`,
    `Content-Disposition: form-data; name="file"; filename="${name}"`,
    'Content-Type: text/csv',
    '',
    content,
    `--${BOUNDARY}--`,
    '',
  ].join('\r\n');
}
const upload = (name: string, headers: Record<string, string>) =>
  send(url, '/api/ingest', {
    method: 'POST',
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, ...headers },
    body: multipart(name, 'port,country\nRotterdam,NL\n'),
  });
const loadedFiles = async () =>
  (await fixture.services.engine.sink.reader.all('SELECT source_uri FROM ingest_batches')).map(
    (r) => String(r.source_uri)
  );

describe('local mode (auth none)', () => {
  it('is refused on an address other machines can reach, with what to do', async () => {
    const start = startSecurityFixture({ auth: 'none', host: '0.0.0.0' });
    await expect(start).rejects.toMatchObject({ code: 'LS_CONFIG_INVALID' });
    await expect(start).rejects.toThrow(
      /only allowed on a loopback address.*0\.0\.0\.0.*LIVING_SCHEMA_TOKENS/
    );
  }, 120_000);

  it('a cross-site multipart post (no preflight) loads nothing', async () => {
    const before = await loadedFiles();
    const forged = await upload('forged.csv', {
      origin: 'https://evil.example',
      'sec-fetch-site': 'cross-site',
    });
    expect(forged.status).toBe(403);
    expect(JSON.parse(forged.body).detail).toContain('https://evil.example');
    expect(await loadedFiles()).toEqual(before);
  });

  it('a DNS-rebinding page (its own Host) can neither load files nor read answers', async () => {
    const port = new URL(url).port;
    const rebound = { host: `rebind.evil.example:${port}` };
    expect((await upload('rebound.csv', rebound)).status).toBe(421);
    expect((await send(url, '/api/schema/current', { headers: rebound })).status).toBe(421);
    expect((await send(url, '/ui', { headers: rebound })).status).toBe(421);
  });

  it('a script on this machine (no Origin, as curl) still loads files', async () => {
    const reply = await upload('ports.csv', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body).batches[0].rowsLoaded).toBe(1);
  });

  it('the web UI gets a session whose CSRF token its forms must carry', async () => {
    const page = await send(url, '/ui/reports');
    const cookie = sessionCookie(page);
    const csrf = csrfTokenIn(page.body);
    const post = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
      send(url, '/ui/reports', {
        method: 'POST',
        headers: { 'content-type': FORM, ...headers },
        body: form({ sql: 'SELECT 1 AS one', ...fields }),
      });
    expect((await post({ name: 'no-session' })).status).toBe(403);
    expect((await post({ name: 'no-token' }, { cookie })).status).toBe(403);
    expect((await post({ name: 'ours', _csrf: csrf }, { cookie })).status).toBe(302);
    expect((await fixture.services.reports!.list()).map((r) => r.name)).toEqual(['ours']);
  });
});
