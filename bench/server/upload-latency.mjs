#!/usr/bin/env node
// bench/server/upload-latency: p50/p99 of GET /healthz, GET /ui/login and a small POST /api/query
// on the reference server (`living-schema serve`, its own process, 127.0.0.1) while a large text
// PDF (BENCH_UPLOAD_PAGES pages, default 10,000) is uploaded and ingested, beside two figures
// from the same run: the same routes with no upload (BENCH_UPLOAD_IDLE_SECONDS, default 10), and
// the same upload with the sources read on the server's own thread (LIVING_SCHEMA_SOURCE_WORKERS
// = 0, the behaviour before worker threads; skip it with BENCH_UPLOAD_IN_THREAD=0, it stalls
// every route for the whole upload). The test suite asserts the worker case:
// test/load/large-document-upload.test.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seed, startServer } from '../../test/load/load-driver.mjs';
import { bigTextPdf, formatRoutes, routesDuring, upload } from '../../test/load/upload-latency-driver.mjs';

const root = new URL('../../', import.meta.url).pathname;
const cli = join(root, 'packages/cli/dist/bin.js');
const PAGES = Number(process.env.BENCH_UPLOAD_PAGES ?? 10_000);
const IDLE_SECONDS = Number(process.env.BENCH_UPLOAD_IDLE_SECONDS ?? 10);
const IN_THREAD = process.env.BENCH_UPLOAD_IN_THREAD !== '0';
const directory = mkdtempSync(join(tmpdir(), 'ls-bench-upload-'));
const db = join(directory, 'bench.duckdb');

seed(cli, db, directory);
const title = (what, pdf) => `${what}, ${PAGES}-page PDF (${(pdf.length / 1e6).toFixed(1)} MB)`;

/** One server process with `env`, the upload of a new edition of the PDF, and the routes meanwhile. */
async function measureUpload(name, edition, env) {
  const pdf = bigTextPdf(PAGES, edition);
  const server = await startServer(cli, db, env);
  try {
    const started = performance.now();
    const result = await routesDuring(server.url, upload(server.url, pdf, name));
    const { status, body } = result.outcome;
    const loaded = body.batches?.[0]?.rowsLoaded ?? 0;
    console.log(formatRoutes(title(`${env.LIVING_SCHEMA_SOURCE_WORKERS === '0' ? 'on the server thread' : 'in worker threads'}: upload ${status}, ${loaded} pages loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`, pdf), result));
  } finally {
    await server.stop();
  }
}

try {
  const idle = await startServer(cli, db);
  try {
    console.log(formatRoutes('no upload (baseline)', await routesDuring(idle.url, IDLE_SECONDS)));
  } finally {
    await idle.stop();
  }
  // Each upload is its own edition of the document: neither is skipped as already loaded.
  await measureUpload('inspections.pdf', 'workers', {});
  if (IN_THREAD) await measureUpload('inspections.pdf', 'in-thread', { LIVING_SCHEMA_SOURCE_WORKERS: '0' });
} finally {
  rmSync(directory, { recursive: true, force: true });
}
