import { describe, expect, it } from 'vitest';
import { redact, redactPaths, redactSecrets } from './redaction.js';

// The echoes below follow real wire formats: OpenAI's 401 shows the key's first characters and
// its last four around asterisks; proxies echo a URL-encoded query or a base64 Basic header.
const KEY = 'sk-proj-Zq81vX3mLk0PnB7tYw2RcD/4+Hs9';

describe('redactSecrets', () => {
  it('removes a key echoed whole', () => {
    expect(redactSecrets(`bad key ${KEY}.`, [KEY])).toBe('bad key ***.');
  });

  it('removes the pieces of a key an upstream echoes cut around a mask', () => {
    const echo = `Incorrect API key provided: sk-proj-Zq81****************************Hs9. You can find yours at the dashboard.`;
    const out = redactSecrets(echo, [KEY]);
    expect(out).not.toContain('Zq81');
    expect(out).not.toContain('sk-proj-Zq');
    expect(out).toContain('Incorrect API key provided:');
    expect(out).toContain('You can find yours at the dashboard.');
  });

  it('removes a key truncated without a mask, URL-encoded or in base64', () => {
    const encoded = encodeURIComponent(KEY);
    const base64 = Buffer.from(KEY).toString('base64');
    const out = redactSecrets(`got "${KEY.slice(0, 14)}" then ?key=${encoded} then Basic ${base64.slice(0, 30)}`, [KEY]);
    for (const leak of [KEY.slice(0, 14), encoded, base64.slice(0, 30), KEY.slice(8, 16)]) expect(out).not.toContain(leak);
  });

  it('keeps the ordinary words a word-like token contains, but not the token', () => {
    const token = 'uploads-admin-token-0123456789';
    expect(redactSecrets(`removed upload leftovers for admin; token ${token}`, [token])).toBe('removed upload leftovers for admin; token ***');
  });

  it('keeps ordinary words and ignores empty or tiny secrets', () => {
    expect(redactSecrets('The model answered 401 Unauthorized.', [KEY, '', undefined, 'ab'])).toBe('The model answered 401 Unauthorized.');
  });

  it('removes bearer tokens nobody named', () => {
    expect(redactSecrets('authorization: Bearer abcdefgh12345678', [])).toBe('authorization: Bearer ***');
  });
});

describe('redactPaths and redact', () => {
  it('replaces the deepest path first, then secrets', () => {
    const text = 'open /srv/ls/staging/uploads/7/a.csv failed; staging /srv/ls/staging; key sk-live-9f8e7d6c5b4a';
    const out = redact(text, {
      secrets: ['sk-live-9f8e7d6c5b4a'],
      paths: [
        { path: '/srv/ls/staging', as: '<staging>' },
        { path: '/srv/ls/staging/uploads/7/a.csv', as: 'a.csv' },
      ],
    });
    expect(out).toBe('open a.csv failed; staging <staging>; key ***');
    expect(redactPaths('nothing here', [{ path: '/', as: 'x' }])).toBe('nothing here');
  });
});
