/**
 * One large document must not freeze the server (issue 14, finding 3: a 10,000-page text PDF took
 * 46-55 s to load and every route waited that long, even the static /ui/login). `living-schema
 * serve` runs in its own process on 127.0.0.1 (build first); while the PDF is uploaded and
 * ingested, three clients request GET /healthz, GET /ui/login and a small POST /api/query in
 * closed loops (50 ms apart). Asserts the upload loads all 10,000 pages, every route got at least
 * 20 answers during it, none failed, and each route's p99 stayed under 500 ms (the issue's own
 * bound) or, on a machine so busy that the route's p99 with no upload at all is over 250 ms, under
 * twice that idle p99, measured first on the same server in the same run. Before worker threads
 * the routes waited for the whole parse: p99 5-20 s against an idle 100-150 ms on a loaded box.
 * LS_LARGE_PDF_PAGES sets the page count (a smaller document for a busy machine; the bound
 * holds at any size).
 * LIVING_SCHEMA_SOURCE_WORKERS=0 in the environment reaches the server and reads on its own
 * thread: the case before worker threads, which fails here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module shared with bench/load (no type declarations)
import * as driver from './load-driver.mjs';
// @ts-expect-error plain ESM module shared with bench/server (no type declarations)
import * as during from './upload-latency-driver.mjs';

const root = new URL('../../', import.meta.url).pathname;
const cli = join(root, 'packages/cli/dist/bin.js');
const PAGES = Number(process.env.LS_LARGE_PDF_PAGES ?? 10_000);
const MIN_SAMPLES = 20;
const P99_BOUND_MS = 500;
const IDLE_SECONDS = 10;

const directory = mkdtempSync(join(tmpdir(), 'ls-large-document-'));
const db = join(directory, 'large.duckdb');
let server: { url: string; stop(): Promise<void> };

beforeAll(async () => {
  driver.seed(cli, db, directory);
  server = await driver.startServer(cli, db);
}, 120_000);
afterAll(async () => {
  await server?.stop();
  rmSync(directory, { recursive: true, force: true });
});

describe(`a ${PAGES.toLocaleString('en')}-page PDF upload during concurrent reads`, () => {
  it(
    'loads every page while /healthz, /ui/login and a small query keep answering (p99 < 500 ms each)',
    async () => {
      const idle = await during.routesDuring(server.url, IDLE_SECONDS);
      const pdf = during.bigTextPdf(PAGES);
      const uploading = during.upload(server.url, pdf, 'inspections.pdf');
      const result = await during.routesDuring(server.url, uploading);
      console.log(`${during.formatRoutes('routes with no upload (same server, same run)', idle)}\n${during.formatRoutes(`routes during a ${PAGES}-page PDF upload (${(pdf.length / 1e6).toFixed(1)} MB)`, result)}`);

      const { status, body } = result.outcome as { status: number; body: any };
      expect(status, JSON.stringify(body)).toBe(200);
      expect(body.batches).toMatchObject([{ status: 'loaded', kind: 'documents', rowsIn: PAGES, rowsLoaded: PAGES, rowsQuarantined: 0 }]);
      for (const [route, figures] of Object.entries(result.routes) as Array<[string, { requests: number; errors: number; p99Ms: number }]>) {
        expect(figures.requests, `${route}: answers during the upload`).toBeGreaterThanOrEqual(MIN_SAMPLES);
        expect(figures.errors, `${route}: failed requests`).toBe(0);
        const bound = Math.max(P99_BOUND_MS, 2 * idle.routes[route].p99Ms);
        expect(figures.p99Ms, `${route}: p99 during the upload (idle p99 ${idle.routes[route].p99Ms} ms)`).toBeLessThan(bound);
      }
    },
    // A guard against a hang only: the issue measured 46-55 s for this upload; with the writer's
    // balanced page tree it takes about 14 s on a quiet box, several times that on a crowded one.
    1_200_000,
  );
});
