/**
 * The reference server under sustained mixed load (`living-schema serve` in its own process on
 * 127.0.0.1, build first: `npm test` does): schema reads, SQL queries, questions (offline
 * provider) and small CSV uploads from closed-loop workers for a bounded time (20 s; a soak with
 * LS_SOAK_SECONDS=600). Asserts no failed request of any kind, server memory that levels off
 * (the median RSS of the last third of the run within 1.5x the first third's, after warm-up),
 * and every upload's rows in the store. Prints throughput and p50/p95/p99 per kind, beside
 * GET /healthz on the same server as the baseline. Then the same server gets hostile HTTP:
 * path-traversal and control-character file names, oversized and malformed bodies, too many
 * files, and guarded SQL, each answered with a clear problem document and nothing stored.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
// @ts-expect-error plain ESM module shared with bench/load (no type declarations)
import * as driver from './load-driver.mjs';

const root = new URL('../../', import.meta.url).pathname;
const cli = join(root, 'packages/cli/dist/bin.js');
const SECONDS = Number(process.env.LS_SOAK_SECONDS ?? 20);
const CONCURRENCY = Number(process.env.LS_LOAD_CONCURRENCY ?? 8);
/** Largest last-third/first-third RSS ratio accepted. */
const MAX_RSS_RATIO = 1.5;
const WARMUP_SECONDS = Math.min(5, SECONDS / 4);

const directory = mkdtempSync(join(tmpdir(), 'ls-load-'));
const db = join(directory, 'load.duckdb');
let server: { url: string; pid: number; stop(): Promise<void> };
let stopped = false;
const stop = async () => {
  if (!stopped) await server?.stop();
  stopped = true;
};

beforeAll(async () => {
  driver.seed(cli, db, directory);
  server = await driver.startServer(cli, db);
}, 60_000);
afterAll(async () => {
  await stop();
  rmSync(directory, { recursive: true, force: true });
});

async function scalar(sql: string): Promise<number> {
  const instance = await DuckDBInstance.create(db, { access_mode: 'READ_ONLY' });
  const connection = await instance.connect();
  try {
    return Number((await connection.runAndReadAll(sql)).getRowsJS()[0]![0]);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

const auth = { authorization: `Bearer ${driver.TOKEN}` };

/**
 * POST with node:http, resolving with the response status: a server that answers 413 before the
 * body is all sent closes the connection, which fetch reports as a failure of its own.
 */
function postStatus(path: string, headers: Record<string, string>, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${server.url}${path}`, { method: 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', (error) => (/EPIPE|ECONNRESET/.test(String((error as NodeJS.ErrnoException).code)) ? undefined : reject(error)));
    request.end(body);
  });
}

describe('reference server under sustained mixed load', () => {
  it(
    `${SECONDS} s of schema reads, SQL, questions and uploads: no errors, memory levels off, every upload stored`,
    async () => {
      const rss = driver.sampleRss(server.pid, 500);
      let baseline;
      let result;
      try {
        baseline = await driver.runLoad(server.url, { seconds: 3, concurrency: CONCURRENCY, mix: [{ kind: 'health', weight: 1 }] });
        result = await driver.runLoad(server.url, { seconds: SECONDS, concurrency: CONCURRENCY });
      } finally {
        rss.stop();
      }
      // RSS samples from the start of the mixed load (the baseline ran first).
      const offset = 3;
      const samples = rss.samples.filter((s: { t: number }) => s.t >= offset).map((s: { t: number; rssMiB: number }) => ({ t: s.t - offset, rssMiB: s.rssMiB }));
      const trend = driver.rssTrend(samples, WARMUP_SECONDS);
      console.log(
        [
          `reference server under mixed load (${CONCURRENCY} workers, ${result.seconds} s, 127.0.0.1)`,
          driver.formatLoad(result),
          `baseline GET /healthz: ${baseline.overall.perSecond} req/s, p50 ${baseline.overall.p50Ms} ms, p99 ${baseline.overall.p99Ms} ms`,
          `server RSS: start ${trend.startMiB} MiB, first-third median ${trend.firstThirdMedianMiB} MiB, last-third median ${trend.lastThirdMedianMiB} MiB (x${trend.ratio}), peak ${trend.peakMiB} MiB, ${trend.samples} samples`,
          ...(result.errors.length ? [`errors: ${JSON.stringify(result.errors)}`] : []),
        ].join('\n'),
      );

      for (const kind of ['schema', 'sql', 'question', 'upload']) {
        expect(result.kinds[kind].requests, kind).toBeGreaterThan(0);
        expect(result.kinds[kind].errors, `${kind}: ${JSON.stringify(result.errors)}`).toBe(0);
      }
      expect(baseline.overall.errors).toBe(0);
      expect(trend.ratio, 'server memory keeps growing').toBeLessThan(MAX_RSS_RATIO);
      expect(trend.peakMiB).toBeLessThan(1_500);

      // Nothing lost under load: every upload that answered "loaded" is in the store, whole.
      await stop();
      expect(await scalar(`SELECT count(*) FROM load_uploads WHERE upload > 0`)).toBe(result.uploaded.length * driver.UPLOAD_ROWS);
      expect(await scalar(`SELECT count(DISTINCT upload) FROM load_uploads WHERE upload > 0`)).toBe(result.uploaded.length);
      expect(await scalar(`SELECT count(*) FROM ingest_batches WHERE status <> 'loaded' OR rows_in <> rows_loaded + rows_quarantined + coalesce(rows_already_present, 0)`)).toBe(0);
      // The hostile HTTP below runs on a fresh server process over the same store.
      server = await driver.startServer(cli, db);
      stopped = false;
    },
    (SECONDS + 90) * 1000,
  );
});

describe('hostile HTTP on the same server', () => {
  const upload = (files: Array<[string, string]>, fields: Record<string, string> = {}) => {
    const form = new FormData();
    for (const [name, content] of files) form.append('file', new Blob([content]), name);
    for (const [key, value] of Object.entries(fields)) form.append(key, value);
    return fetch(`${server.url}/api/ingest`, { method: 'POST', headers: auth, body: form });
  };

  it('a file name that climbs out of the upload folder is stored under its base name; a malformed part header is a 400, and the server lives on', async () => {
    const query = async (sql: string) => (await (await fetch(`${server.url}/api/query`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ sql }) })).json().then((v): any => v)).rows;
    // The batch ledger is internal (refused to API SQL): count datasets, which the upload adds one to.
    const before = (await query('SELECT count(*) FROM datasets'))[0][0];
    const climbing = await upload([['../../../../tmp/ls-load-escape.csv', 'id,name\n1,a\n']]);
    expect(climbing.status).toBe(200);
    const body = await climbing.json().then((v): any => v);
    expect(body.batches.map((b: { status: string; dataset: string; file: string }) => [b.status, b.dataset, b.file])).toEqual([['loaded', 'ls_load_escape', 'ls-load-escape.csv']]);
    expect(existsSync('/tmp/ls-load-escape.csv')).toBe(false);
    // A line break in a file name breaks the part header: this request fails, the server does not.
    const raw = ['--XB', 'Content-Disposition: form-data; name="file"; filename="evil', '\u0000name.csv"', '', 'id,name', '2,b', '--XB--', ''].join('\r\n');
    const broken = await fetch(`${server.url}/api/ingest`, { method: 'POST', headers: { ...auth, 'content-type': 'multipart/form-data; boundary=XB' }, body: raw });
    expect(broken.status).toBe(400);
    expect((await broken.json().then((v): any => v)).detail).toMatch(/multipart body could not be read/);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await query('SELECT count(*) FROM datasets'))[0][0]).toBe(before + 1);
  });

  it('a hostile file over HTTP gets 422 naming the file; oversized, malformed and too-many-file bodies get problem documents', async () => {
    const pdfAsCsv = await upload([['report.csv', '%PDF-1.4\n1 0 obj\n<< >>\nendobj\n%%EOF\n']]);
    expect(pdfAsCsv.status).toBe(422);
    const refused = await pdfAsCsv.json().then((v): any => v);
    expect(refused.batches).toEqual([]);
    expect(refused.failures).toMatchObject([{ code: 'LS_INPUT_UNREADABLE', input: 'report.csv', message: expect.stringMatching(/report\.csv was not loaded: it is a PDF document/) }]);

    expect(await postStatus('/api/query', { ...auth, 'content-type': 'application/json' }, JSON.stringify({ question: 'x'.repeat(2 * 1024 * 1024) }))).toBe(413);
    const malformed = await fetch(`${server.url}/api/query`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{"sql": "SELECT 1"' });
    expect(malformed.status).toBe(400);
    const wrongShape = await fetch(`${server.url}/api/query`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ sql: ['SELECT 1'], mode: 'sideways' }) });
    expect(wrongShape.status).toBe(400);
    const many = await upload(Array.from({ length: 60 }, (_, i) => [`many_${i}.csv`, `id\n${i}\n`] as [string, string]));
    expect(many.status).toBe(413);
    const notMultipart = await fetch(`${server.url}/api/ingest`, { method: 'POST', headers: { ...auth, 'content-type': 'text/csv' }, body: 'id\n1\n' });
    expect(notMultipart.status).toBe(415);
  });

  it('SQL that writes or reads files is refused with 400 and its rule; the tables are intact', async () => {
    for (const sql of ['DROP TABLE load_vessels', "SELECT * FROM read_text('/etc/passwd')", "COPY load_vessels TO '/tmp/ls-load-stolen.csv'", 'SELECT 1; DELETE FROM load_vessels']) {
      const response = await fetch(`${server.url}/api/query`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ sql }) });
      expect(response.status, sql).toBe(400);
      expect((await response.json().then((v): any => v)).code, sql).toBe('LS_QUERY_REFUSED');
    }
    const count = await (await fetch(`${server.url}/api/query`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ sql: 'SELECT count(*) FROM load_vessels' }) })).json().then((v): any => v);
    expect(count.rows).toEqual([[5_000]]);
    expect(existsSync('/tmp/ls-load-stolen.csv')).toBe(false);
  });
});
