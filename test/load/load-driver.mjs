// Sustained mixed load on the reference server (`living-schema serve`, its own process, on
// 127.0.0.1): closed-loop workers send schema reads, SQL queries, questions and small CSV uploads
// for a bounded time; every request's latency and outcome is kept per kind, and the server's
// resident memory is sampled from /proc. Used by test/load (assertions) and bench/load (figures).
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const TOKEN = 'load-admin-token-0123456789abcdef';

/** The request kinds and their share of the mix. */
export const MIX = [
  { kind: 'schema', weight: 40 },
  { kind: 'sql', weight: 25 },
  { kind: 'question', weight: 20 },
  { kind: 'upload', weight: 15 },
];

const FLAGS = ['Liberia', 'Panama', 'Malta', 'Marshall Islands', 'Bahamas', 'Greece', 'Singapore', 'Norway'];
const SQL = [
  'SELECT flag_state, count(*) AS vessels, avg(gross_tonnage) AS average_tonnage FROM load_vessels GROUP BY flag_state ORDER BY vessels DESC',
  "SELECT vessel_name, gross_tonnage FROM load_vessels WHERE flag_state = 'Malta' ORDER BY gross_tonnage DESC LIMIT 10",
  'SELECT count(*) FROM load_uploads',
  'SELECT label, count(*) FROM annotations GROUP BY label ORDER BY 2 DESC',
];
const QUESTIONS = ['How many vessels per flag state?', 'What is the average gross tonnage of vessels?', 'Which 5 vessels have the highest gross tonnage?', 'How many vessels are flagged in Malta?'];

/** A database with records and annotations to query, loaded through the CLI. */
export function seed(cli, db, directory) {
  const lines = ['imo_number,vessel_name,flag_state,gross_tonnage,year_built'];
  for (let i = 0; i < 5_000; i += 1) lines.push(`${9_000_000 + i},Vessel ${i},${FLAGS[i % FLAGS.length]},${1_000 + ((i * 7_919) % 90_000)},${1_980 + (i % 44)}`);
  writeFileSync(join(directory, 'load_vessels.csv'), `${lines.join('\n')}\n`);
  const records = [];
  for (let i = 0; i < 200; i += 1) {
    const vessel = `Vessel ${i}`;
    const port = ['Rotterdam', 'Busan', 'Piraeus', 'Santos'][i % 4];
    const text = `${vessel} was inspected at ${port}.`;
    records.push({ id: `load-${i}`, text, tokens: text.split(' '), status: 'Validated', annotation: { entities: [{ label: 'VESSEL_NAME', start: 0, end: vessel.length }, { label: 'PORT', start: text.indexOf(port), end: text.indexOf(port) + port.length }], agent: 'ana' } });
  }
  writeFileSync(join(directory, 'load_ner.jsonl'), records.map((r) => JSON.stringify(r)).join('\n'));
  // The uploads' dataset exists from the start, so `SELECT count(*) FROM load_uploads` always binds.
  writeFileSync(join(directory, 'load_uploads.csv'), 'upload,imo_number,vessel_name,gross_tonnage\n0,1,Seed,1\n');
  const result = spawnSync(process.execPath, [cli, '--db', db, '--json', 'ingest', join(directory, 'load_vessels.csv'), join(directory, 'load_ner.jsonl'), join(directory, 'load_uploads.csv')], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`seeding failed: ${result.stderr}`);
}

/** Starts `living-schema serve` on 127.0.0.1 with an admin token; resolves with its URL and pid. */
export function startServer(cli, db, env = {}) {
  const child = spawn(process.execPath, [cli, '--db', db, 'serve', '--port', '0', '--host', '127.0.0.1'], {
    env: { ...process.env, LIVING_SCHEMA_TOKENS: `load:admin:${TOKEN}`, LIVING_SCHEMA_LLM_PROVIDER: 'offline', ANTHROPIC_API_KEY: '', OPENAI_API_KEY: '', LIVING_SCHEMA_SLACK_WEBHOOK_URL: '', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let text = '';
    child.stderr.on('data', (chunk) => {
      text += chunk;
      const match = /server on (http:\/\/[^\s]+)/.exec(text);
      if (match) resolve({ url: match[1], pid: child.pid, child, stop: () => stop(child) });
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${text}`)));
  });
}

function stop(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  });
}

/** The resident set size of a process in MiB, from /proc (Linux). */
export function rssMiB(pid) {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : null;
}

/** Samples a process's RSS every `intervalMs`; `stop()` returns `[{ t (s since start), rssMiB }]`. */
export function sampleRss(pid, intervalMs = 500) {
  const started = performance.now();
  const samples = [];
  const take = () => {
    try {
      const value = rssMiB(pid);
      if (value !== null) samples.push({ t: (performance.now() - started) / 1000, rssMiB: value });
    } catch {
      // The process is gone.
    }
  };
  take();
  const timer = setInterval(take, intervalMs);
  return {
    samples,
    stop() {
      clearInterval(timer);
      take();
      return samples;
    },
  };
}

const headers = { authorization: `Bearer ${TOKEN}` };

/** One request of a kind; resolves `{ ok, status }` (ok: the response is what that kind expects). */
async function request(url, kind, n) {
  if (kind === 'health') {
    const response = await fetch(`${url}/healthz`);
    await response.arrayBuffer();
    return { ok: response.status === 200, status: response.status };
  }
  if (kind === 'schema') {
    const response = await fetch(`${url}/api/schema/current`, { headers });
    const body = await response.json();
    return { ok: response.status === 200 && Number.isInteger(body.version), status: response.status };
  }
  if (kind === 'sql' || kind === 'question') {
    const payload = kind === 'sql' ? { sql: SQL[n % SQL.length] } : { question: QUESTIONS[n % QUESTIONS.length] };
    const response = await fetch(`${url}/api/query`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(payload) });
    const body = await response.json();
    return { ok: response.status === 200 && Array.isArray(body.rows), status: response.status, detail: response.status === 200 ? undefined : body.detail };
  }
  // upload: a small CSV with new content each time, into one dataset.
  const rows = ['upload,imo_number,vessel_name,gross_tonnage'];
  for (let i = 0; i < UPLOAD_ROWS; i += 1) rows.push(`${n},${8_000_000 + n * UPLOAD_ROWS + i},Upload ${RUN} ${n}-${i},${100 + i}`);
  const form = new FormData();
  form.append('file', new Blob([`${rows.join('\n')}\n`]), `load_uploads_${n}.csv`);
  form.append('dataset', 'load_uploads');
  // Answered at commit, as a script sending file after file would ask (issue 13).
  const response = await fetch(`${url}/api/ingest?wait=commit`, { method: 'POST', headers, body: form });
  const body = await response.json();
  const batch = body.batches?.[0];
  return { ok: response.status === 200 && batch?.status === 'loaded' && batch.rowsLoaded === UPLOAD_ROWS, status: response.status, detail: response.status === 200 ? batch?.error : body.detail };
}

/** Rows per uploaded CSV. */
export const UPLOAD_ROWS = 20;
/** Upload numbers run on across calls, and a run tag keeps contents new across processes. */
let uploads = 0;
let requests = 0;
const RUN = `${process.pid}-${Date.now().toString(36)}`;

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Count, throughput, p50/p95/p99/max (ms) and errors of one kind. */
export function summarize(entries, seconds) {
  const latencies = entries.map((e) => e.ms).sort((a, b) => a - b);
  const round = (v) => (v === null ? null : Math.round(v * 10) / 10);
  return {
    requests: entries.length,
    perSecond: Math.round((entries.length / seconds) * 10) / 10,
    p50Ms: round(percentile(latencies, 50)),
    p95Ms: round(percentile(latencies, 95)),
    p99Ms: round(percentile(latencies, 99)),
    maxMs: round(latencies.at(-1) ?? null),
    errors: entries.filter((e) => !e.ok).length,
  };
}

/**
 * Closed-loop load: `concurrency` workers each send one request at a time, the kind drawn from
 * `mix` by weight (a fixed-seed sequence, so runs are comparable), until `seconds` have passed.
 * Returns per-kind summaries, the first few error details, and the upload numbers that loaded.
 */
export async function runLoad(url, { seconds, concurrency = 8, mix = MIX }) {
  const total = mix.reduce((n, m) => n + m.weight, 0);
  let seedValue = 42;
  const random = () => {
    seedValue = (seedValue * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seedValue / 2_147_483_648;
  };
  const pick = () => {
    let r = random() * total;
    for (const m of mix) {
      r -= m.weight;
      if (r < 0) return m.kind;
    }
    return mix[0].kind;
  };
  const entries = new Map(mix.map((m) => [m.kind, []]));
  const errors = [];
  const uploaded = [];
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  const worker = async () => {
    while (performance.now() < deadline) {
      const kind = pick();
      const n = kind === 'upload' ? (uploads += 1) : (requests += 1);
      const t0 = performance.now();
      let outcome;
      try {
        outcome = await request(url, kind, n);
      } catch (error) {
        outcome = { ok: false, status: 0, detail: String(error?.cause?.code ?? error?.message ?? error) };
      }
      entries.get(kind).push({ ms: performance.now() - t0, ok: outcome.ok });
      if (outcome.ok && kind === 'upload') uploaded.push(n);
      if (!outcome.ok && errors.length < 10) errors.push({ kind, status: outcome.status, detail: outcome.detail });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  const kinds = Object.fromEntries([...entries].map(([kind, list]) => [kind, summarize(list, elapsed)]));
  const all = [...entries.values()].flat();
  return { seconds: Math.round(elapsed * 10) / 10, concurrency, kinds, overall: summarize(all, elapsed), errors, uploaded };
}

/** Median of the samples in [from, to) seconds. */
export function medianRss(samples, from, to) {
  const values = samples.filter((s) => s.t >= from && s.t < to).map((s) => s.rssMiB).sort((a, b) => a - b);
  return values.length ? values[Math.floor(values.length / 2)] : null;
}

/**
 * The memory trend: after `warmup` seconds, the median RSS of the first and last thirds of the
 * run, their ratio, and the peak.
 */
export function rssTrend(samples, warmup) {
  const end = samples.at(-1)?.t ?? 0;
  const span = Math.max(0, end - warmup);
  const first = medianRss(samples, warmup, warmup + span / 3);
  const last = medianRss(samples, end - span / 3, end + 1);
  return {
    samples: samples.length,
    startMiB: Math.round(samples[0]?.rssMiB ?? 0),
    firstThirdMedianMiB: first === null ? null : Math.round(first),
    lastThirdMedianMiB: last === null ? null : Math.round(last),
    ratio: first && last ? Math.round((last / first) * 1000) / 1000 : null,
    peakMiB: Math.round(Math.max(...samples.map((s) => s.rssMiB))),
  };
}

/** A plain-text table of a load result. */
export function formatLoad(result) {
  const lines = [`${result.concurrency} workers, ${result.seconds} s`, 'kind        requests   req/s    p50 ms   p95 ms   p99 ms   max ms  errors'];
  for (const [kind, s] of Object.entries({ ...result.kinds, all: result.overall })) {
    lines.push(`${kind.padEnd(10)} ${String(s.requests).padStart(9)} ${String(s.perSecond).padStart(7)} ${String(s.p50Ms).padStart(9)} ${String(s.p95Ms).padStart(8)} ${String(s.p99Ms).padStart(8)} ${String(s.maxMs).padStart(8)} ${String(s.errors).padStart(7)}`);
  }
  return lines.join('\n');
}
