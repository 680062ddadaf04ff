import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { waitForOutput } from '../../../test/support/wait-for-output.js';

// Starting `living-schema serve` as a newcomer does (the built binary): how to sign in is printed,
// and a port in use is a clear error, not a stack trace.
const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'living-schema.js');
const env = { ...process.env, LIVING_SCHEMA_TOKENS: '', LIVING_SCHEMA_SLACK_WEBHOOK_URL: '', LIVING_SCHEMA_DB: '' };

function occupiedPort(): Promise<{ port: number; server: Server }> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => resolve({ port: (server.address() as { port: number }).port, server }));
  });
}

describe('living-schema serve, started by hand', () => {
  it('with no token configured, mints one admin token for the run, prints it and how to sign in', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'ls-serve-start-'));
    const child = spawn(process.execPath, [bin, '--db', join(directory, 'fleet.duckdb'), 'serve', '--port', '0'], { cwd: directory, env, stdio: ['ignore', 'ignore', 'pipe'] });
    const printed = await waitForOutput(child, 'Ctrl-C stops the server.', 60_000);
    try {
      const url = /server on (http:\/\/\S+)/.exec(printed)![1]!;
      const token = /lasts until the server stops\):\n {2}([0-9a-f]{48})\n/.exec(printed)?.[1];
      expect(token, printed).toBeDefined();
      expect(printed).toContain(`Sign in at ${url}/ui/login`);
      const login = await fetch(`${url}/ui/login`, { method: 'POST', body: new URLSearchParams({ token: token! }), redirect: 'manual' });
      expect(login.status).toBe(302);
      expect(login.headers.get('location')).toBe('/ui');
      expect((await fetch(`${url}/api/schema/current`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
      expect((await fetch(`${url}/api/schema/current`)).status).toBe(401);
    } finally {
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      child.kill('SIGINT');
      expect(await exited).toBe(0);
    }
  }, 120_000);

  it('a port in use is LS_PORT_IN_USE naming the port and what to do, with no stack trace', async () => {
    const { port, server } = await occupiedPort();
    try {
      const directory = mkdtempSync(join(tmpdir(), 'ls-serve-busy-'));
      const result = spawnSync(process.execPath, [bin, '--db', join(directory, 'fleet.duckdb'), 'serve', '--port', String(port)], { cwd: directory, env, encoding: 'utf8', timeout: 60_000 });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`error [LS_PORT_IN_USE]: Port ${port} on 127.0.0.1 is already in use`);
      expect(result.stderr).toContain('--port');
      expect(result.stderr).not.toMatch(/^\s+at /m);
    } finally {
      server.close();
    }
  }, 120_000);
});
