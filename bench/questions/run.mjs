#!/usr/bin/env node
// Benchmark: offline question latency on a 1,000,000-row fact table with two lookup tables
// (goal: p95 < 300 ms). Each question goes through the query layer as `ask` does: schema context
// (with value matching: the question's words looked up in the data), the offline reader, the SQL
// guard, the sandboxed run and the execution log. The baseline, measured in the same run, is the
// SQL the reader produced run directly on DuckDB, so the ratio is the cost of reading the question.
// Rows are generated inside DuckDB with range() and land as staged Parquet batches, as uploads do.
// Usage: npm run bench:questions [-- --rows 1000000 --runs 15]
// Needs a build (npm run build).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { createLivingSchema } from '@living-schema/core';
import { discovery } from '@living-schema/discovery';
import { createQueryLayer, offlineProvider } from '@living-schema/query-llm';
import { duckdb } from '@living-schema/sink-duckdb';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const ROWS = flag('rows', 1_000_000);
const RUNS = flag('runs', 15);
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};

// A regional bakery chain: sales of products in outlets. Not a domain any test or eval set uses.
const TABLES = {
  outlets: `SELECT 'OUT-' || lpad(i::VARCHAR, 2, '0') AS outlet_code,
      ['Harbourside', 'Old Market', 'Station Road', 'Riverside Mall', 'Hilltop', 'Canal Quay', 'North Gate', 'Elm Park'][i + 1] AS outlet_name,
      ['North', 'South'][(i % 2) + 1] AS region FROM range(8) t(i)`,
  products: `SELECT i + 1 AS product_id, 'Item ' || (i + 1) AS product_name,
      ['Bread', 'Pastry', 'Cake', 'Coffee', 'Sandwich'][(i % 5) + 1] AS category FROM range(120) t(i)`,
  sales: `SELECT 'S' || lpad(i::VARCHAR, 8, '0') AS sale_id, 'OUT-' || lpad((i % 8)::VARCHAR, 2, '0') AS outlet_code,
      (i * 7919) % 120 + 1 AS product_id, ['Counter', 'App', 'Delivery'][(i % 3) + 1] AS channel,
      (i % 5) + 1 AS quantity, round(((i * 31) % 2000) / 100.0 + 1.5, 2) AS amount_eur,
      TIMESTAMP '2024-01-01' + to_seconds(((i * 997) % 47304000)::BIGINT) AS sold_at,
      (i % 11 = 0) AS is_refunded FROM range(${ROWS}) t(i)`,
};

const QUESTIONS = [
  'How many sales were there in March 2025?',
  'total amount per channel',
  'How many sales per month in 2024?',
  'What percentage of sales were refunded?',
  'Which channels have more than 1000 sales?',
  'What are the top 3 channels?',
  'How many sales were made at Harbourside?',
  'number of sales per product category',
  'average amount of sales through the App',
  'How many sales had an amount of more than 15 euros?',
];

async function stageTables(dir) {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const batches = [];
  for (const [dataset, select] of Object.entries(TABLES)) {
    const path = join(dir, `${dataset}.parquet`);
    await connection.run(`COPY (${select}) TO '${path}' (FORMAT parquet)`);
    const reader = await connection.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM '${path}'`);
    const rowCount = reader.getRowObjects()[0].n;
    const described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM '${path}'`);
    const columns = described.getRowObjects().map((c) => ({ name: c.column_name, originalName: c.column_name }));
    batches.push({ kind: 'records', source: 'bench', sourceUri: `bench://${dataset}.parquet`, dataset, contentHash: `bench-${dataset}-${ROWS}`, payload: { format: 'parquet', path, rowCount }, columns });
  }
  connection.closeSync();
  instance.closeSync();
  return batches;
}

async function measure(layer, sink) {
  const rows = [];
  for (const question of QUESTIONS) {
    const asked = [];
    const direct = [];
    let sql = null;
    for (let run = 0; run < RUNS; run += 1) {
      const t0 = performance.now();
      const answer = await layer.executeQuery({ question });
      asked.push(performance.now() - t0);
      sql = answer.sql;
      const t1 = performance.now();
      await sink.query(answer.executedSql, { timeoutMs: 60_000 });
      direct.push(performance.now() - t1);
    }
    rows.push({ question, sql, asked, direct });
  }
  return rows;
}

const dir = mkdtempSync(join(tmpdir(), 'ls-bench-questions-'));
try {
  const batches = await stageTables(dir);
  const source = { specificationVersion: 'v1', name: 'bench', kinds: ['records'], canRead: () => true, async *read() { yield* batches.splice(0); } };
  const ls = createLivingSchema({ sink: duckdb({ path: join(dir, 'bench.duckdb') }), stagingDirectory: join(dir, 'staging'), sources: [source], notifiers: [], plugins: [discovery()] });
  await ls.start();
  const loaded = performance.now();
  await ls.ingest('bench');
  console.log(`loaded ${ROWS.toLocaleString('en')} sales, 120 products, 8 outlets in ${((performance.now() - loaded) / 1000).toFixed(1)} s`);
  const layer = createQueryLayer({ sink: ls.sink, provider: offlineProvider(), timeoutMs: 60_000 });
  const rows = await measure(layer, ls.sink);
  const fmt = (n) => n.toFixed(1).padStart(8);
  console.log(`\n${RUNS} runs per question; ms; baseline = the reader's SQL run directly on DuckDB\n`);
  console.log(`${'question'.padEnd(54)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'base p50'.padStart(8)} ${'ratio'.padStart(6)}`);
  for (const r of rows) console.log(`${r.question.padEnd(54)} ${fmt(percentile(r.asked, 50))} ${fmt(percentile(r.asked, 95))} ${fmt(percentile(r.direct, 50))} ${(percentile(r.asked, 50) / percentile(r.direct, 50)).toFixed(2).padStart(6)}`);
  const asked = rows.flatMap((r) => r.asked);
  const direct = rows.flatMap((r) => r.direct);
  const p95 = percentile(asked, 95);
  console.log(`\nall questions: p50 ${percentile(asked, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (goal < 300 ms: ${p95 < 300 ? 'met' : 'NOT met'}); SQL alone p50 ${percentile(direct, 50).toFixed(1)} ms, p95 ${percentile(direct, 95).toFixed(1)} ms`);
  console.log(JSON.stringify({
    bench: 'questions',
    figures: { factRows: ROWS, questionP50Ms: Number(percentile(asked, 50).toFixed(1)), questionP95Ms: Number(p95.toFixed(1)) },
    baseline: { sqlAloneP50Ms: Number(percentile(direct, 50).toFixed(1)), sqlAloneP95Ms: Number(percentile(direct, 95).toFixed(1)) },
    ratios: { questionVsSqlP50: Number((percentile(asked, 50) / percentile(direct, 50)).toFixed(2)) },
  }));
  layer.close();
  await ls.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
