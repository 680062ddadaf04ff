#!/usr/bin/env node
// bench/load: the reference server (`living-schema serve`, its own process, 127.0.0.1) under
// sustained mixed load: closed-loop workers send schema reads (40%), SQL queries (25%),
// questions answered by the offline provider (20%) and 20-row CSV uploads (15%) for
// BENCH_LOAD_SECONDS (default 20). Reports throughput, p50/p95/p99 and errors per kind, and the
// server's RSS over the run, beside a baseline measured on the same server in the same run:
// GET /healthz (cached catalog version, no database work) from the same workers.
// Each kind is also measured alone (one worker, BENCH_LOAD_ALONE_SECONDS, default 3) on the same
// server, and the mix's bound is computed from those costs: cores / (sum of weight x alone p50),
// and again from each kind's alone mean (which counts an upload's discovery run after its answer).
// BENCH_LOAD_CLI runs another checkout's `living-schema` (bench/load/compare.mjs uses it for a
// same-run baseline of an older commit).
// The test suite runs the same load with assertions: test/load/server-load.test.ts.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { engineGrowth, sampleEngineMemory } from './engine-memory.mjs';
import { MIX, formatLoad, rssTrend, runLoad, sampleRss, seed, startServer } from '../../test/load/load-driver.mjs';

const root = new URL('../../', import.meta.url).pathname;
const cli = process.env.BENCH_LOAD_CLI ?? join(root, 'packages/cli/dist/bin.js');
const ALONE_SECONDS = Number(process.env.BENCH_LOAD_ALONE_SECONDS ?? 3);
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 20);
const CONCURRENCY = Number(process.env.BENCH_LOAD_CONCURRENCY ?? 8);
const BASELINE_SECONDS = 5;
const directory = mkdtempSync(join(tmpdir(), 'ls-bench-load-'));
const db = join(directory, 'load.duckdb');

seed(cli, db, directory);
// A soak (two minutes or more) also samples the server's JavaScript heaps (heap-sampler.cjs).
const SOAK = SECONDS >= 120;
const heapFile = join(directory, 'heap.jsonl');
const heapEnv = { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${join(root, 'bench/load/heap-sampler.cjs')}`.trim(), BENCH_LOAD_HEAP_FILE: heapFile };
const server = await startServer(cli, db, SOAK ? heapEnv : {});
const rss = sampleRss(server.pid, 500);
const engineMemory = SOAK ? sampleEngineMemory(server.url) : null;
let baseline;
let result;
let heaps = null;
const alone = {};
try {
  baseline = await runLoad(server.url, { seconds: BASELINE_SECONDS, concurrency: CONCURRENCY, mix: [{ kind: 'health', weight: 1 }] });
  result = await runLoad(server.url, { seconds: SECONDS, concurrency: CONCURRENCY });
  for (const { kind } of MIX) alone[kind] = (await runLoad(server.url, { seconds: ALONE_SECONDS, concurrency: 1, mix: [{ kind, weight: 1 }] })).overall;
} finally {
  rss.stop();
  engineMemory?.stop();
  await server.stop();
  heaps = SOAK && existsSync(heapFile) ? heapMinutes(readFileSync(heapFile, 'utf8'), server.pid) : null;
  rmSync(directory, { recursive: true, force: true });
}
const samples = rss.samples.filter((s) => s.t >= BASELINE_SECONDS).map((s) => ({ t: s.t - BASELINE_SECONDS, rssMiB: s.rssMiB }));
const memory = rssTrend(samples, Math.min(5, SECONDS / 4));
// A soak (two minutes or more) also shows the curve: the median RSS of each minute, so a level
// that stops rising (DuckDB's buffer pool filling to its memory limit) tells itself from a leak.
const perMinute = SOAK ? minuteMedians(samples) : null;
const engineGrew = engineMemory ? engineGrowth(engineMemory.samples) : [];
const enginePerMinute = engineMemory ? minuteMedians(engineMemory.samples.filter((s) => s.t >= BASELINE_SECONDS).map((s) => ({ t: s.t - BASELINE_SECONDS, rssMiB: s.engineMiB }))) : null;
const ratio = (a, b) => (a && b ? Number((a / b).toFixed(3)) : null);
// The throughput the mix could reach if each request cost what it costs alone and every core worked.
const weights = MIX.reduce((n, m) => n + m.weight, 0);
const msPerRequest = MIX.reduce((n, m) => n + (m.weight / weights) * (alone[m.kind]?.p50Ms ?? 0), 0);
const bound = msPerRequest ? Math.round((availableParallelism() * 1000 * 10) / msPerRequest) / 10 : null;
// The same from each kind's mean alone (one closed-loop worker: 1 / its rate). Uploads answered
// at commit leave their discovery to the writer's quiet moments, which a p50 does not see and a
// mean does: this bound counts all the work an upload causes.
const msPerRequestMean = MIX.reduce((n, m) => n + (m.weight / weights) * (alone[m.kind]?.perSecond ? 1000 / alone[m.kind].perSecond : 0), 0);
const boundFromMeans = msPerRequestMean ? Math.round((availableParallelism() * 1000 * 10) / msPerRequestMean) / 10 : null;
const report = {
  bench: 'load',
  figures: { seconds: result.seconds, concurrency: CONCURRENCY, kinds: result.kinds, overall: result.overall, uploadsLoaded: result.uploaded.length, rss: { ...memory, ...(perMinute ? { perMinuteMiB: perMinute } : {}), ...(heaps ? { heapPerMinuteMiB: heaps } : {}), ...(enginePerMinute ? { enginePerMinuteMiB: enginePerMinute, engineGrewMost: engineGrew } : {}) }, alone, bound, boundFromMeans },
  baseline: { healthz: baseline.overall },
  ratios: {
    schemaP50VsHealthz: ratio(result.kinds.schema.p50Ms, baseline.overall.p50Ms),
    sqlP50VsHealthz: ratio(result.kinds.sql.p50Ms, baseline.overall.p50Ms),
    questionP50VsHealthz: ratio(result.kinds.question.p50Ms, baseline.overall.p50Ms),
    uploadP50VsHealthz: ratio(result.kinds.upload.p50Ms, baseline.overall.p50Ms),
    mixedThroughputVsHealthz: ratio(result.overall.perSecond, baseline.overall.perSecond),
    rssLastThirdVsFirstThird: memory.ratio,
    mixedThroughputVsBound: ratio(result.overall.perSecond, bound),
    mixedThroughputVsBoundFromMeans: ratio(result.overall.perSecond, boundFromMeans),
    sqlP99VsAlone: ratio(result.kinds.sql.p99Ms, alone.sql?.p50Ms),
    questionP99VsAlone: ratio(result.kinds.question.p99Ms, alone.question?.p50Ms),
  },
  targets: { errors: 0, rssLastThirdVsFirstThirdBelow: 1.5, questionP95MsBelow: 3000 },
  met: result.overall.errors === 0 && baseline.overall.errors === 0 && memory.ratio !== null && memory.ratio < 1.5 && (result.kinds.question.p95Ms ?? Infinity) < 3000,
};
console.log(`reference server under mixed load, 127.0.0.1`);
console.log(formatLoad(result));
console.log(`baseline GET /healthz (${BASELINE_SECONDS} s, same workers): ${baseline.overall.perSecond} req/s, p50 ${baseline.overall.p50Ms} ms, p95 ${baseline.overall.p95Ms} ms, p99 ${baseline.overall.p99Ms} ms, errors ${baseline.overall.errors}`);
console.log(`each kind alone (1 worker, ${ALONE_SECONDS} s): ${MIX.map((m) => `${m.kind} p50 ${alone[m.kind]?.p50Ms} ms`).join(', ')}; bound ${bound} req/s on ${availableParallelism()} cores`);
console.log(`server RSS: start ${memory.startMiB} MiB, first-third median ${memory.firstThirdMedianMiB} MiB, last-third median ${memory.lastThirdMedianMiB} MiB (x${memory.ratio}), peak ${memory.peakMiB} MiB`);
if (perMinute) console.log(`server RSS per minute (median MiB): ${perMinute.join(', ')}`);
if (heaps) console.log(`server JS heap per minute (median MiB, main thread heapUsed / all threads heapTotal): ${heaps.main.map((m, i) => `${m}/${heaps.all[i]}`).join(', ')}`);
if (enginePerMinute) console.log(`DuckDB buffer manager per minute (median MiB, duckdb_memory() summed): ${enginePerMinute.join(', ')}; grew most: ${engineGrew.map((g) => `${g.tag} ${g.fromMiB} -> ${g.toMiB}`).join(', ')}`);
if (result.errors.length) console.log(`errors: ${JSON.stringify(result.errors)}`);
console.log(`targets (no errors, RSS last/first third < 1.5, question p95 < 3 s): ${report.met ? 'met' : 'NOT met'}`);
console.log(JSON.stringify(report));
process.exit(report.met ? 0 : 1);

/** Per minute, the median heapUsed of the server's main thread and of all its threads' heapTotal added up. */
function heapMinutes(text, pid) {
  const lines = text.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line)).filter((l) => l.pid === pid);
  const minutes = new Map();
  for (const l of lines) {
    const m = minutes.get(Math.floor(l.t / 60)) ?? { main: [], totals: new Map() };
    if (l.main) m.main.push(l.heapUsedMiB);
    m.totals.set(Math.round(l.t / 10), (m.totals.get(Math.round(l.t / 10)) ?? 0) + l.heapTotalMiB);
    minutes.set(Math.floor(l.t / 60), m);
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? null;
  const list = [...minutes.values()];
  return { main: list.map((m) => median(m.main)), all: list.map((m) => median([...m.totals.values()])) };
}

/** The median of each whole minute of `samples` (`{ t, rssMiB }`, MiB, rounded). */
function minuteMedians(list) {
  const minutes = new Map();
  for (const { t, rssMiB } of list) minutes.set(Math.floor(t / 60), [...(minutes.get(Math.floor(t / 60)) ?? []), rssMiB]);
  return [...minutes.values()].map((values) => Math.round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]));
}
