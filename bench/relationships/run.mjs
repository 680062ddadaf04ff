#!/usr/bin/env node
// Benchmark: relationship discovery when a 1,000,000-row fact batch lands beside five lookup
// tables (stores, products, customers, regions, channels). Prints, from this one run:
//   the load alone (batch staged and committed: ingest start -> `batch.loaded`);
//   discovery on arrival (fields + relationships: `batch.loaded` -> ingest resolved);
//   the relationship stage alone on that batch (median of --runs re-runs, in one transaction
//     each), and a full reconciliation's relationship stage (every pair, whole tables);
//   baseline: one statement counting the distinct values of the five key columns of the batch
//     (the least any inclusion test must read).
// Usage: npm run bench:relationships [-- --rows 1000000 --runs 5]
// Needs a build (npm run build).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLivingSchema, sha256 } from '@living-schema/core';
import { duckdb } from '@living-schema/sink-duckdb';
import { discoverRelationships, discovery } from '@living-schema/discovery';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const ROWS = flag('rows', 1_000_000);
const RUNS = flag('runs', 5);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const time = async (work) => {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
};

const LOOKUPS = {
  stores: Array.from({ length: 50 }, (_, i) => ({ store_id: i + 1, city: `City ${i % 17}`, opened: 1990 + (i % 30) })),
  products: Array.from({ length: 2000 }, (_, i) => ({ product_code: `P-${String(i).padStart(5, '0')}`, category: `C${i % 12}`, list_price: 1 + (i % 90) })),
  customers: Array.from({ length: 20000 }, (_, i) => ({ customer_id: 100000 + i, segment: ['retail', 'trade', 'online'][i % 3] })),
  regions: Array.from({ length: 10 }, (_, i) => ({ region: `R${i}`, manager: `M${i}` })),
  channels: ['web', 'store', 'phone', 'partner', 'kiosk'].map((channel, i) => ({ channel, commission: i * 0.5 })),
};
const sales = Array.from({ length: ROWS }, (_, i) => ({
  sale_id: i,
  store_id: 1 + (i % 50),
  product_code: `P-${String((i * 7) % 2000).padStart(5, '0')}`,
  customer_id: 100000 + ((i * 13) % 20000),
  region: `R${i % 10}`,
  channel: ['web', 'store', 'phone', 'partner', 'kiosk'][i % 5],
  quantity: 1 + (i % 9),
  amount: (i % 1000) / 10,
}));

const batches = [];
const source = { specificationVersion: 'v1', name: 'bench', kinds: ['records'], canRead: () => true, async *read() { yield* batches.splice(0); } };
const batch = (dataset, rows) => ({ kind: 'records', source: 'bench', sourceUri: `bench://${dataset}`, dataset, contentHash: sha256(`${dataset}:${rows.length}:${JSON.stringify(rows[rows.length - 1])}`), payload: { format: 'rows', rows } });

const dir = mkdtempSync(join(tmpdir(), 'ls-bench-relationships-'));
const ls = createLivingSchema({ sink: duckdb({ path: join(dir, 'bench.duckdb') }), stagingDirectory: join(dir, 'staging'), sources: [source], notifiers: [], plugins: [discovery()] });
try {
  await ls.start();
  console.log(`relationship bench: ${ROWS.toLocaleString('en')}-row fact table, five lookup tables, ${RUNS} runs of the stage, medians`);
  for (const [name, rows] of Object.entries(LOOKUPS)) batches.push(batch(name, rows));
  await ls.ingest('bench://lookups');

  batches.push(batch('sales', sales));
  let landedAt = 0;
  let batchId = '';
  const off = ls.on('batch.loaded', (event) => {
    landedAt = performance.now();
    batchId = event.batchId;
  });
  const started = performance.now();
  await ls.ingest('bench://sales');
  const finished = performance.now();
  off();
  const found = (await ls.sink.catalog.read()).relationships;
  if (found.length !== 5) throw new Error(`expected 5 relationships, found ${found.length}: ${found.map((r) => `${r.from.field}->${r.to.dataset}`).join(', ')}`);

  const stage = [];
  for (let run = 0; run < RUNS; run += 1) {
    stage.push((await time(() => ls.sink.writer.transaction((tx) => discoverRelationships(tx, { mode: 'incremental', batchId, dataset: 'sales' })))).ms);
  }
  const full = [];
  for (let run = 0; run < RUNS; run += 1) full.push((await time(() => ls.sink.writer.transaction((tx) => discoverRelationships(tx, { mode: 'full' })))).ms);
  const baseline = [];
  for (let run = 0; run < RUNS; run += 1) {
    baseline.push((await time(() => ls.sink.reader.all(
      `SELECT count(DISTINCT store_id), count(DISTINCT product_code), count(DISTINCT customer_id), count(DISTINCT region), count(DISTINCT channel) FROM sales WHERE _batch_id = $1`,
      [batchId],
    ))).ms);
  }
  const loadMs = landedAt - started;
  const arrivalMs = finished - landedAt;
  const stageMs = median(stage);
  const baseMs = median(baseline);
  console.log(`found: ${found.map((r) => `${r.from.dataset}.${r.from.field} -> ${r.to.dataset}.${r.to.field} (${r.coverage.toFixed(2)})`).join(', ')}`);
  console.log(`load alone (stage + commit of ${ROWS.toLocaleString('en')} rows): ${loadMs.toFixed(0)} ms`);
  console.log(`discovery on arrival (fields + relationships): ${arrivalMs.toFixed(0)} ms = ${((arrivalMs / loadMs) * 100).toFixed(1)}% of the load`);
  console.log(`relationship stage on the batch: median ${stageMs.toFixed(0)} ms = ${((stageMs / loadMs) * 100).toFixed(1)}% of the load; full run (every pair, whole tables) median ${median(full).toFixed(0)} ms`);
  console.log(`baseline: distinct counts of the five key columns of the batch, one statement: median ${baseMs.toFixed(0)} ms -> the stage takes ${(stageMs / baseMs).toFixed(1)}x that`);
} finally {
  await ls.close();
  rmSync(dir, { recursive: true, force: true });
}
