/**
 * Results bounded in bytes, through the real server on 127.0.0.1 with a `read` token: queries
 * whose results are too large in bytes (many rows, or one huge value) get a 422 problem with
 * `LS_RESULT_TOO_LARGE`, never a 500 or a crash, and the server answers normally afterwards.
 * The cap is set to 1 MiB so that each case stays light; test/load runs the full-size byte bomb
 * against a server in its own process and measures its peak memory.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLivingSchema, type LivingSchema } from '@living-schema/core';
import { offlineProvider, queryLayer, type QueryLayer } from '@living-schema/query-llm';
import { duckdb, type DuckDbSinkOptions } from '@living-schema/sink-duckdb';
import { queryService } from './compose.js';
import { startServer, type StartedServer } from './server.js';

const READER = 'read-token-0123456789abcdef';
const MiB = 1024 * 1024;

interface Running {
  server: StartedServer;
  engine: LivingSchema;
  layer: QueryLayer;
}

/** A server composed like `living-schema serve`: the query layer over a DuckDB file. */
async function serve(sinkOptions: DuckDbSinkOptions, layerOptions: { maxRows?: number; timeoutMs?: number } = {}): Promise<Running> {
  const directory = mkdtempSync(join(tmpdir(), 'ls-result-bytes-'));
  const engine = createLivingSchema({ sink: duckdb({ path: join(directory, 'db.duckdb'), ...sinkOptions }), stagingDirectory: join(directory, 'staging'), notifiers: [] });
  await engine.start();
  const layer = queryLayer(engine, { provider: offlineProvider(), ...layerOptions });
  const server = await startServer({
    services: { engine, query: queryService(layer) },
    options: { port: 0, tokens: [{ token: READER, scope: 'read', name: 'analyst' }], logRequests: false },
    env: {},
    log: () => undefined,
  });
  return { server, engine, layer };
}

async function stop(running: Running | undefined): Promise<void> {
  if (!running) return;
  await running.server.close();
  running.layer.close();
  await running.engine.close();
}

function query(running: Running, sql: string): Promise<Response> {
  return fetch(`${running.server.url}/api/query`, {
    method: 'POST',
    headers: { authorization: `Bearer ${READER}`, 'content-type': 'application/json' },
    body: JSON.stringify({ sql }),
  });
}

/** Asserts the answer is the result-too-large problem, naming the cap and the way out. */
async function expectTooLarge(response: Response, sql: string): Promise<void> {
  const text = await response.text();
  expect(response.status, `${sql}: ${text.slice(0, 300)}`).toBe(422);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  const body = JSON.parse(text);
  expect(body).toMatchObject({ status: 422, code: 'LS_RESULT_TOO_LARGE', type: 'urn:living-schema:error:LS_RESULT_TOO_LARGE' });
  expect(body.detail).toContain('1 MiB');
  expect(body.detail).toContain('maxResultBytes');
  expect(body.detail).toContain('LIMIT');
}

async function expectServing(running: Running): Promise<void> {
  expect((await fetch(`${running.server.url}/healthz`)).status).toBe(200);
  const normal = await query(running, 'SELECT 40 + 2 AS answer');
  expect(normal.status).toBe(200);
  expect((await normal.json()).rows).toEqual([[42]]);
}

describe('query results bounded in bytes (cap 1 MiB)', () => {
  let running: Running;
  beforeAll(async () => {
    running = await serve({ maxResultBytes: MiB });
  });
  afterAll(() => stop(running));

  it('a byte bomb (5 rows of 1 MB) is a 422 LS_RESULT_TOO_LARGE, and the server answers on', async () => {
    const sql = "SELECT repeat('x', 1000000) AS big FROM range(5)";
    await expectTooLarge(await query(running, sql), sql);
    await expectServing(running);
  });

  it('a single value larger than the cap is stopped as it is read', async () => {
    const sql = "SELECT repeat('x', 2 * 1048576) AS big";
    await expectTooLarge(await query(running, sql), sql);
    await expectServing(running);
  });

  it('1,000 rows of 2 KiB are over the cap; 1,000 rows of 512 bytes are answered in full', async () => {
    const sql = "SELECT i, repeat('y', 2048) AS filler FROM range(1000) t(i)";
    await expectTooLarge(await query(running, sql), sql);
    const small = await query(running, "SELECT i, repeat('y', 512) AS filler FROM range(1000) t(i) ORDER BY i");
    expect(small.status).toBe(200);
    const body = await small.json();
    expect(body.rowCount).toBe(1000);
    expect(body.truncated).toBe(false);
    expect(body.rows[999]).toEqual([999, 'y'.repeat(512)]);
  });

  it('three parallel requests over the cap each get the 422 problem; the server answers on', async () => {
    const sql = "SELECT i, repeat('z', 4096) AS filler FROM range(450) t(i)";
    const responses = await Promise.all([query(running, sql), query(running, sql), query(running, sql)]);
    for (const response of responses) await expectTooLarge(response, sql);
    await expectServing(running);
  });

  it('the row cap still truncates: the row past maxRows is neither returned nor counted', async () => {
    const capped = await serve({ maxResultBytes: MiB }, { maxRows: 3 });
    try {
      // Three rows of 0.3 MiB fit; the fourth (which would pass the cap) only marks truncation.
      const response = await query(capped, "SELECT repeat('w', 314573) AS part FROM range(4)");
      expect(response.status).toBe(200);
      const body = await response.json();
      expect(body.rowCount).toBe(3);
      expect(body.truncated).toBe(true);
    } finally {
      await stop(capped);
    }
  });
});

describe('concurrent sandboxed queries are bounded', () => {
  let running: Running;
  beforeAll(async () => {
    // The slow query holds its slot until a 30 s timeout: a window far wider than the moment a
    // busy machine needs to start it (under a second alone), so the test cannot miss it.
    running = await serve({ maxConcurrentQueries: 1, maxQueuedQueries: 0 }, { timeoutMs: 30_000 });
  });
  afterAll(() => stop(running));

  it('with every slot busy and no room to queue, a query gets 503 with Retry-After; once free, queries run', async () => {
    // Runs until its timeout, holding the only slot: 10^13 row pairs, each one computed (a plain
    // count of a cross join is answered from the sizes).
    const SLOW = 'SELECT count(*) FROM range(100000000) a, range(100000) b WHERE (a.range * b.range) % 7 = 3';
    // The slow query and the first probe race for the one slot; when a probe wins, the slow
    // query is the one refused, and it is sent again until it holds the slot.
    const start = () => {
      const sent = { done: false, response: query(running, SLOW) };
      void sent.response.then(() => (sent.done = true));
      return sent;
    };
    let slow = start();
    let busy: Response | undefined;
    const deadline = Date.now() + 25_000;
    while (!busy && Date.now() < deadline) {
      if (slow.done && (await slow.response).status === 503) slow = start();
      const response = await query(running, 'SELECT 1 AS one');
      if (response.status === 503) busy = response;
      else {
        expect(response.status).toBe(200);
        await response.body?.cancel();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    expect(busy, 'no 503 while the only query slot was taken').toBeDefined();
    expect(busy!.headers.get('retry-after')).toBe('1');
    const problem = await busy!.json();
    expect(problem).toMatchObject({ status: 503, code: 'LS_QUERY_QUEUE_FULL' });
    expect(problem.detail).toContain('maxConcurrentQueries');
    const slowResponse = await slow.response;
    expect(slowResponse.status).toBe(400);
    expect((await slowResponse.json()).detail).toMatch(/timeout/);
    await expectServing(running);
  }, 120_000);
});
