import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeServices, type ComposedServices } from './compose.js';
import { serverConfigSchema } from './server-config.js';
import { startServer, type StartedServer } from './server.js';

const ADMIN = 'admin-token-0123456789abcdef';
const READER = 'read-token-0123456789abcdef';

let server: StartedServer;
let services: ComposedServices;

beforeAll(async () => {
  const directory = mkdtempSync(join(tmpdir(), 'ls-server-words-'));
  const rows = ['claim_id,approved_amount_usd,claim_type', ...Array.from({ length: 30 }, (_, i) => `C${i},${100 + i * 10},${i % 2 ? 'Auto' : 'Home'}`)];
  writeFileSync(join(directory, 'claims.csv'), `${rows.join('\n')}\n`);
  services = await composeServices(serverConfigSchema.parse({ database: join(directory, 'db.duckdb') }), { env: {} });
  await services.engine.ingest([join(directory, 'claims.csv')]);
  server = await startServer({
    services,
    options: { port: 0, tokens: [{ token: ADMIN, scope: 'admin', name: 'ops' }, { token: READER, scope: 'read', name: 'analyst' }], logRequests: false },
    env: {},
    log: () => undefined,
  });
});

afterAll(async () => {
  await server.close();
  await services.close();
});

function call(path: string, token: string, body?: unknown) {
  const init: RequestInit = body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  return fetch(`${server.url}${path}`, { ...init, headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` } });
}
const ask = (question: string) => call('/api/query', READER, { question, mode: 'live' });

describe('words taught through the API', () => {
  it('are read in the next question: a refusal on "payouts" becomes the sum of the field it was taught for', async () => {
    expect((await ask('total payouts for Auto claims')).status).toBe(422);

    const taught = await call('/api/catalog/words', ADMIN, { target: 'claims.approved_amount_usd', words: ['payout', 'payouts'] });
    expect(taught.status).toBe(200);
    expect(await taught.json()).toMatchObject({ words: [{ word: 'payout', taughtBy: 'ops' }, { word: 'payouts', taughtBy: 'ops' }], forgotten: 0 });

    const answered = await ask('total payouts for Auto claims');
    expect(answered.status).toBe(200);
    expect(await answered.json()).toMatchObject({ sql: `SELECT sum("approved_amount_usd") AS sum FROM "claims" WHERE "claim_type" = 'Auto'`, rows: [[3750]] });
    const listed = await (await call('/api/catalog/words?dataset=claims', READER)).json();
    expect(listed.words.map((w: { word: string }) => w.word)).toEqual(['payout', 'payouts']);
  });

  it('need an admin token to change, and a bad word is refused naming it', async () => {
    expect((await call('/api/catalog/words', READER, { target: 'claims.claim_type', words: ['kind'] })).status).toBe(403);
    const bad = await call('/api/catalog/words', ADMIN, { target: 'claims.claim_type', words: ['<b>'] });
    expect(bad.status).toBe(422);
    expect(JSON.stringify(await bad.json())).toMatch(/LS_SYNONYM_INVALID.*\\"<b>\\" is not a word to teach/);
    expect((await call('/api/catalog/words', ADMIN, { target: 'claims.nope', words: ['x'] })).status).toBe(404);
  });
});
