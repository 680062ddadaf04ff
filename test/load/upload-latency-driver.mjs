// Other routes' latency while one big upload is ingested on the reference server: one client
// uploads a file; three closed-loop clients request GET /healthz, GET /ui/login and a small
// POST /api/query meanwhile. Every request started after the upload was sent and before its
// answer counts, however long it then takes: a request stalled by the upload is what is measured. Used by test/load
// (assertions) and bench/server (figures beside the same routes with no upload).
import { request as httpRequest } from 'node:http';
import { writeSimplePdf } from '@living-schema/source-ocr';
import { TOKEN, summarize } from './load-driver.mjs';

const headers = { authorization: `Bearer ${TOKEN}` };

/** The routes measured, each one request that resolves true when the answer is the expected one. */
export const ROUTES = {
  healthz: async (url) => (await drain(await fetch(`${url}/healthz`))).status === 200,
  'ui-login': async (url) => (await drain(await fetch(`${url}/ui/login`))).status === 200,
  query: async (url) => {
    const response = await fetch(`${url}/api/query`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ sql: 'SELECT count(*) AS vessels FROM load_vessels' }),
    });
    const body = await response.json();
    return response.status === 200 && Array.isArray(body.rows);
  },
};

async function drain(response) {
  await response.arrayBuffer();
  return response;
}

/**
 * A text PDF of `pages` pages, each a few lines naming a vessel and a port. `edition` goes into
 * the first line: two editions are two documents (the same bytes would be skipped as loaded).
 */
export function bigTextPdf(pages, edition = 'A') {
  const list = Array.from({ length: pages }, (_, i) => ({
    kind: 'text',
    lines: [`Inspection report ${edition}-${i + 1}`, `Vessel ${i % 5_000} was inspected at Rotterdam.`, 'No deficiencies recorded.'],
  }));
  return Buffer.from(writeSimplePdf(list));
}

/**
 * Uploads one file to POST /api/ingest; resolves with the status and the parsed answer. Sent
 * with node:http, which has no headers timeout: fetch gives up on an answer after 300 s.
 */
export async function upload(url, bytes, name) {
  const form = new FormData();
  form.append('file', new Blob([bytes]), name);
  const encoded = new Response(form);
  const body = Buffer.from(await encoded.arrayBuffer());
  const contentType = encoded.headers.get('content-type');
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${url}/api/ingest`, { method: 'POST', headers: { ...headers, 'content-type': contentType, 'content-length': String(body.length) } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode, body: JSON.parse(text) }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * Requests to every route in ROUTES, one at a time per route with `pauseMs` between them, until
 * `until` settles (a promise), or for `until` seconds when it is a number. The pause keeps the
 * probes light: they sample the latency a user sees, not compete with the upload for the CPU.
 * Returns, per route, the summary of the requests started within the window (each awaited to its
 * end), failures included.
 */
export async function routesDuring(url, until, { pauseMs = 50 } = {}) {
  let open = true;
  const window = typeof until === 'number' ? new Promise((resolve) => setTimeout(resolve, until * 1000)) : until;
  const settled = Promise.resolve(window).finally(() => {
    open = false;
  });
  const started = performance.now();
  const entries = Object.fromEntries(Object.keys(ROUTES).map((route) => [route, []]));
  const loop = async (route) => {
    while (open) {
      const t0 = performance.now();
      let ok;
      try {
        ok = await ROUTES[route](url);
      } catch {
        ok = false;
      }
      entries[route].push({ ms: performance.now() - t0, ok });
      if (open) await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  };
  const loops = Object.keys(ROUTES).map(loop);
  const outcome = await settled;
  await Promise.all(loops);
  const seconds = (performance.now() - started) / 1000;
  const routes = Object.fromEntries(Object.entries(entries).map(([route, list]) => [route, summarize(list, seconds)]));
  return { seconds: Math.round(seconds * 10) / 10, routes, outcome };
}

/** A plain-text table of `routesDuring` results, one line per route. */
export function formatRoutes(title, result) {
  const lines = [`${title} (${result.seconds} s)`, 'route       requests    p50 ms    p99 ms    max ms  errors'];
  for (const [route, s] of Object.entries(result.routes)) {
    lines.push(`${route.padEnd(10)} ${String(s.requests).padStart(9)} ${String(s.p50Ms).padStart(9)} ${String(s.p99Ms).padStart(9)} ${String(s.maxMs).padStart(9)} ${String(s.errors).padStart(7)}`);
  }
  return lines.join('\n');
}
