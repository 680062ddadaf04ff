import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createLivingSchema, findServerRuntime } from '@living-schema/core';
import { duckdb } from '@living-schema/sink-duckdb';
import { serveFromConfig } from './index.js';
import { startServer } from './server.js';

const sinkPackage = fileURLToPath(new URL('../../../packages/sink-duckdb/', import.meta.url));

const directory = mkdtempSync(join(tmpdir(), 'ls-runtime-server-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const READER = 'reader-token-0123456789abcdef';
const env = { LIVING_SCHEMA_TOKENS: `analyst:read:${READER}`, LIVING_SCHEMA_LLM_PROVIDER: 'offline', LIVING_SCHEMA_SLACK_WEBHOOK_URL: '' };

describe('the runtime file of a served database', () => {
  it('is written beside the database (mode 0600) with an admin token, and removed on close', async () => {
    const database = join(directory, 'served.duckdb');
    const server = await serveFromConfig({ database, env, overrides: { port: 0, logRequests: false } });
    try {
      expect(server.runtimeFile).toBe(`${database}.server.json`);
      expect(statSync(server.runtimeFile!).mode & 0o777).toBe(0o600);
      const found = await findServerRuntime(database);
      expect(found).toMatchObject({ kind: 'live', runtime: { url: server.url, pid: process.pid, database } });
      const { token } = (found as { runtime: { token: string } }).runtime;
      // The file's token is an admin one: it may ingest, which the configured read token may not.
      const form = new FormData();
      form.append('file', new Blob(['imo_number,vessel_name\n1,Aurora\n']), 'vessels.csv');
      const as = (t: string) => ({ method: 'POST', headers: { authorization: `Bearer ${t}` }, body: form });
      expect((await fetch(`${server.url}/api/ingest`, as(READER))).status).toBe(403);
      expect((await fetch(`${server.url}/api/ingest`, as(token))).status).toBe(200);
      // ...and it is never among the names a person is told to sign in with.
      expect(JSON.stringify(server.signIn)).not.toContain(token);
    } finally {
      await server.close();
    }
    expect(existsSync(`${database}.server.json`)).toBe(false);
  }, 120_000);

  it('is not written for a :memory: store', async () => {
    const server = await serveFromConfig({ database: ':memory:', env, overrides: { port: 0, logRequests: false } });
    try {
      expect(server.runtimeFile).toBeNull();
    } finally {
      await server.close();
    }
  }, 120_000);

  it('does not let a server start that has no token of its own', async () => {
    const database = join(directory, 'no-tokens.duckdb');
    const start = serveFromConfig({ database, env: { LIVING_SCHEMA_LLM_PROVIDER: 'offline' }, overrides: { port: 0, logRequests: false } });
    await expect(start).rejects.toMatchObject({ code: 'LS_CONFIG_INVALID' });
    expect(existsSync(`${database}.server.json`)).toBe(false);
  }, 120_000);
});

/** Another process that opens `path` read-write and holds its lock until killed. */
async function holdLock(path: string): Promise<ChildProcess> {
  const script = `import { DuckDBInstance } from '@duckdb/node-api';
    await DuckDBInstance.create(${JSON.stringify(path)});
    process.stderr.write('held\\n');
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: sinkPackage, stdio: ['ignore', 'ignore', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    child.stderr!.on('data', (chunk) => String(chunk).includes('held') && resolve());
    child.once('exit', (code) => reject(new Error(`the lock holder exited ${code}`)));
  });
  return child;
}

describe('/healthz', () => {
  it("reports the store's real state: 200 while it answers, 503 while it cannot be read", async () => {
    const path = join(directory, 'health.duckdb');
    const engine = createLivingSchema({ sink: duckdb({ path, busyTimeoutMs: 200 }), stagingDirectory: join(directory, 'staging') });
    const server = await startServer({ services: { engine }, options: { port: 0, auth: 'none', logRequests: false, schedules: { reconciliation: false, reportChecks: false } } });
    let holder: ChildProcess | undefined;
    try {
      const healthy = await fetch(`${server.url}/healthz`);
      expect(healthy.status).toBe(200);
      expect(await healthy.json()).toMatchObject({ status: 'ok', schemaVersion: expect.any(Number) });
      // The store lets go of its file and another process takes it: the schema version is still
      // cached, but a read of the store fails, and the probe must say so.
      await engine.sink.close();
      holder = await holdLock(path);
      const down = await fetch(`${server.url}/healthz`);
      expect(down.status).toBe(503);
      expect(await down.json()).toMatchObject({ status: 'unavailable', code: 'LS_DATABASE_BUSY' });
      holder.kill('SIGKILL');
      await new Promise((resolve) => holder!.once('exit', resolve));
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    } finally {
      holder?.kill('SIGKILL');
      await server.close();
      await engine.close();
    }
  }, 120_000);
});
