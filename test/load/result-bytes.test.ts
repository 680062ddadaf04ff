/**
 * The byte bombs that crashed the reference server, sent to `living-schema serve` in its own
 * process on 127.0.0.1 (build first: `npm test` does) with its default 32 MiB result cap. Each is
 * answered with a 422 `LS_RESULT_TOO_LARGE` problem, the server then answers /healthz and a
 * normal query, and its peak resident memory (VmHWM) stays bounded. Before the byte cap,
 * `SELECT repeat('x', 10000000) FROM range(300)` grew the server to 7.1 GB and killed it
 * (JavaScript heap out of memory in JSON.stringify); the guard now refuses that one outright.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module shared with bench/load (no type declarations)
import * as driver from './load-driver.mjs';

const root = new URL('../../', import.meta.url).pathname;
const cli = join(root, 'packages/cli/dist/bin.js');
const directory = mkdtempSync(join(tmpdir(), 'ls-result-bytes-'));
const db = join(directory, 'bytes.duckdb');
let server: { url: string; pid: number; stop(): Promise<void> };

beforeAll(async () => {
  writeFileSync(join(directory, 'ports.csv'), 'port\nRotterdam\nBusan\n');
  const seeded = spawnSync(process.execPath, [cli, '--db', db, 'ingest', join(directory, 'ports.csv')], { encoding: 'utf8' });
  if (seeded.status !== 0) throw new Error(`seeding failed: ${seeded.stderr}`);
}, 60_000);
// A fresh server process per case: its peak memory is that case's alone.
beforeEach(async () => {
  server = await driver.startServer(cli, db);
}, 60_000);
afterEach(async () => {
  await server?.stop();
});
afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

/** The server's peak resident set size so far, in MiB (Linux). */
function peakRssMiB(): number {
  return Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))![1]) / 1024;
}

async function query(sql: string): Promise<{ status: number; body: any }> {
  const response = await fetch(`${server.url}/api/query`, {
    method: 'POST',
    headers: { authorization: `Bearer ${driver.TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ sql }),
  });
  return { status: response.status, body: await response.json() };
}

async function expectTooLarge(sql: string): Promise<void> {
  const { status, body } = await query(sql);
  expect(status, JSON.stringify(body).slice(0, 300)).toBe(422);
  expect(body.code).toBe('LS_RESULT_TOO_LARGE');
  expect(body.detail).toContain('32 MiB');
}

async function expectServing(): Promise<void> {
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  const normal = await query('SELECT port FROM ports ORDER BY port');
  expect(normal.status).toBe(200);
  expect(normal.body.rows).toEqual([['Busan'], ['Rotterdam']]);
}

describe('byte bombs against a server in its own process (32 MiB cap)', () => {
  // Each case in its own server: the file's rule, since glibc keeps what one case freed and
  // peaks would add up across cases (1,000 x 1 MB then three parallel requests measured 2.1 GiB
  // in one process on a loaded machine).
  it('1,000 rows of 1 MB: a 422, memory bounded', async () => {
    await expectTooLarge("SELECT repeat('x', 1000000) AS big FROM range(1000)");
    await expectServing();
    // Measured 1.15 GiB: DuckDB builds the query's chunk (1 GB) before any value reaches
    // JavaScript, which reads at most 32 MiB of it; before the cap this request crashed it.
    expect(peakRssMiB()).toBeLessThan(2_048);
  }, 300_000);

  it('three parallel requests of 450 rows of 1 MB: each a 422, memory bounded', async () => {
    const parallel = "SELECT repeat('x', 1000000) AS big FROM range(450)";
    await Promise.all([expectTooLarge(parallel), expectTooLarge(parallel), expectTooLarge(parallel)]);
    await expectServing();
    // At most maxConcurrentQueries (2) chunks of 450 MB at once; before the cap this crashed it.
    expect(peakRssMiB()).toBeLessThan(2_048);
  }, 300_000);

  it("SELECT repeat('x', 10000000) FROM range(300) is refused before it runs, and the server lives on", async () => {
    // The guard refuses a value built over 1M characters: DuckDB would build the 300-row chunk
    // (3,000 MB of text) in native memory whatever its memory_limit (measured 3.0 GiB peak when
    // the byte cap alone stopped it; before the cap it was 7.1 GB and a crash).
    const { status, body } = await query("SELECT repeat('x', 10000000) AS big FROM range(300)");
    expect(status).toBe(400);
    expect(body.code).toBe('LS_QUERY_REFUSED');
    expect(body.detail).toContain('1000000 characters');
    await expectServing();
    expect(peakRssMiB()).toBeLessThan(1_024);
  }, 300_000);
});
