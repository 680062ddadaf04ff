#!/usr/bin/env node
// bench/small-upload: a 20-row CSV ingested in-process through the reference server's own
// composition (engine, discovery, versioning) into the store bench/load seeds (5,000 vessels,
// 200 annotated records, the uploads dataset), as each upload of bench/load is. Prints the
// median per ingest and the statements it ran, beside the same figures for another checkout
// measured in the same run (BENCH_SMALL_UPLOAD_BASE=<checkout>, built), the two interleaved
// round by round so a busy machine slows both alike. This checkout is measured twice: answered
// once the catalog shows the upload (settle 'wait', what the CLI does), and answered at commit
// (settle 'background', the server's default) with its discovery awaited untimed after each, so
// every upload starts on a settled store as a lone upload does.
//   BENCH_SMALL_UPLOAD_N     ingests per round (default 30; the first 5 are warm-up)
//   BENCH_SMALL_UPLOAD_ROUNDS rounds (default 3)
// Usage: node bench/small-upload/run.mjs   (after npm run build)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seed } from '../../test/load/load-driver.mjs';

const root = new URL('../../', import.meta.url).pathname;
const N = Number(process.env.BENCH_SMALL_UPLOAD_N ?? 30);
const ROUNDS = Number(process.env.BENCH_SMALL_UPLOAD_ROUNDS ?? 3);
const WARM_UP = 5;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A composed server store of `checkout` on a fresh seeded file, and a counter of its statements. */
async function openStore(checkout) {
  const { composeServices, serverConfigSchema } = await import(join(checkout, 'packages/reference-server/dist/index.js'));
  const directory = mkdtempSync(join(tmpdir(), 'ls-bench-small-upload-'));
  const database = join(directory, 'bench.duckdb');
  seed(join(checkout, 'packages/cli/dist/bin.js'), database, directory);
  const services = await composeServices(serverConfigSchema.parse({ database }), { env: {} });
  const statements = { count: 0 };
  const counted = (runner) => {
    for (const method of ['run', 'all']) {
      const call = runner[method].bind(runner);
      runner[method] = (...args) => ((statements.count += 1), call(...args));
    }
    return runner;
  };
  const sink = services.engine.sink;
  [sink.writer, sink.reader, sink.bookkeeping].filter(Boolean).forEach(counted);
  // Statements inside a transaction run on the runner it lends.
  const transaction = sink.writer.transaction.bind(sink.writer);
  sink.writer.transaction = (work) => transaction((tx) => work(counted({ run: tx.run.bind(tx), all: tx.all.bind(tx) })));
  return { services, directory, statements, uploads: 0 };
}

/** One 20-row upload of new content into load_uploads; its milliseconds and statements. */
async function uploadOnce(store, settle) {
  const n = (store.uploads += 1);
  const folder = join(store.directory, `u${n}`);
  mkdirSync(folder, { recursive: true });
  const rows = ['upload,imo_number,vessel_name,gross_tonnage'];
  for (let r = 0; r < 20; r += 1) rows.push(`${n},${8_000_000 + n * 20 + r},Upload ${n}-${r},${100 + r}`);
  const file = join(folder, `load_uploads_${n}.csv`);
  writeFileSync(file, `${rows.join('\n')}\n`);
  const before = store.statements.count;
  const started = performance.now();
  const result = await store.services.engine.ingest([file], { dataset: 'load_uploads', settle });
  const ms = performance.now() - started;
  const statements = store.statements.count - before;
  if (settle === 'background') await store.services.engine.settled();
  if (result.failures.length || result.batches[0]?.status !== 'loaded') throw new Error(`upload ${n} failed: ${JSON.stringify(result.failures)}`);
  return { ms, statements };
}

const checkouts = [
  ['current', root, 'wait'],
  ['currentAtCommit', root, 'background'],
  ...(process.env.BENCH_SMALL_UPLOAD_BASE ? [['base', process.env.BENCH_SMALL_UPLOAD_BASE, 'wait']] : []),
];
const stores = new Map();
for (const [name, checkout] of checkouts) stores.set(name, await openStore(checkout));
const samples = new Map(checkouts.map(([name]) => [name, { ms: [], statements: [] }]));
try {
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [name, , settle] of checkouts) {
      for (let i = 0; i < N; i += 1) {
        const { ms, statements } = await uploadOnce(stores.get(name), settle);
        if (i < WARM_UP) continue;
        samples.get(name).ms.push(ms);
        samples.get(name).statements.push(statements);
      }
    }
  }
} finally {
  for (const store of stores.values()) {
    await store.services.close();
    rmSync(store.directory, { recursive: true, force: true });
  }
}
const figures = Object.fromEntries([...samples].map(([name, s]) => [name, { medianMs: Number(median(s.ms).toFixed(1)), statements: median(s.statements), samples: s.ms.length }]));
console.log(JSON.stringify({ bench: 'small-upload', rounds: ROUNDS, perRound: N - WARM_UP, ...figures, atCommitRatio: Number((figures.currentAtCommit.medianMs / figures.current.medianMs).toFixed(3)), ...(figures.base ? { ratio: Number((figures.current.medianMs / figures.base.medianMs).toFixed(3)) } : {}) }, null, 2));
