#!/usr/bin/env node
// Benchmark: saved-report queries on N annotation rows (default 10,000,000; target p95 < 300 ms).
// Each report runs through the query layer (guard on DuckDB's parser, sandboxed engine, result
// hash, a row in query_executions) in live and snapshot mode; the baseline runs the same SQL
// (for snapshot: the same rewritten SQL) directly on DuckDB, without the executor, in this run.
// Rows are generated inside DuckDB with range(), not in JavaScript.
// Usage: npm run bench:query [-- --annotations 10000000 --runs 20]
// Needs a build (npm run build).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { duckdb } from '@living-schema/sink-duckdb';
import { createQueryLayer, offlineProvider } from '@living-schema/query-llm';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const ANNOTATIONS = flag('annotations', 10_000_000);
const RUNS = flag('runs', 20);
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};

const dir = mkdtempSync(join(tmpdir(), 'ls-bench-query-'));
const sink = duckdb({ path: join(dir, 'bench.duckdb') });
try {
  await sink.open();
  const started = performance.now();
  // Labels, texts and documents drawn from small vocabularies, as annotation data is; ingested in
  // 100 batches a minute apart, so time travel has something to cut.
  await sink.writer.run(`
    INSERT INTO annotations (annotation_id, document_id, span_start, span_end, label, text, annotator, status, origin, annotated_at, batch_id, schema_version, ingested_at)
    SELECT 'a' || i, 'doc-' || (i // 8), (i % 500)::INTEGER, (i % 500 + 12)::INTEGER,
           ['VESSEL_NAME', 'IMO', 'FLAG', 'PORT', 'OWNER', 'CARGO', 'DEFICIENCY', 'CALL_SIGN'][(i % 8) + 1],
           ['Liberia', 'Panama', 'Malta', 'Busan', 'Rotterdam', 'Piraeus', 'Aurora', 'Borealis', 'Atlas Bulk', 'Harbor Line', 'crude oil', 'grain'][((i * 7) % 12) + 1] || '',
           'sme-' || (i % 5), 'submitted', 'response',
           TIMESTAMPTZ '2026-01-01' + to_seconds((i % 31536000)::BIGINT),
           'bench-' || (i // ${Math.max(1, Math.floor(ANNOTATIONS / 100))}), 1,
           TIMESTAMPTZ '2026-06-01' + to_minutes((i // ${Math.max(1, Math.floor(ANNOTATIONS / 100))})::BIGINT)
    FROM range(${ANNOTATIONS}) t(i)`);
  await sink.writer.run('CHECKPOINT');
  console.log(`generated ${ANNOTATIONS.toLocaleString('en')} annotations in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const layer = createQueryLayer({ sink, provider: offlineProvider(), timeoutMs: 60_000 });
  const REPORTS = [
    ['annotations per label', 'SELECT label, count(*) AS annotations FROM annotations GROUP BY label'],
    ['documents mentioning FLAG Liberia', "SELECT count(DISTINCT document_id) AS documents FROM annotations WHERE label = 'FLAG' AND lower(text) = lower('Liberia')"],
    ['top ports', "SELECT text AS port, count(*) AS mentions FROM annotations WHERE label = 'PORT' GROUP BY text ORDER BY mentions DESC LIMIT 10"],
    ['long spans per label', 'SELECT label, count(*) AS spans FROM annotations WHERE span_end - span_start > 10 GROUP BY label'],
    ['annotations per annotator for deficiencies', "SELECT annotator, count(*) AS n FROM annotations WHERE label = 'DEFICIENCY' GROUP BY annotator"],
  ];
  const saved = [];
  for (const [name, sql] of REPORTS) saved.push(await layer.reports.save({ name, sql }));

  const rows = [];
  const all = { executor: [], direct: [] };
  for (const report of saved) {
    for (const mode of ['live', 'snapshot']) {
      const executor = [];
      const direct = [];
      let executedSql = report.sql;
      for (let run = 0; run < RUNS; run += 1) {
        const t0 = performance.now();
        const result = await layer.executeQuery({ reportId: report.id, mode });
        executor.push(performance.now() - t0);
        executedSql = result.executedSql;
        const t1 = performance.now();
        await sink.query(executedSql, { timeoutMs: 60_000 });
        direct.push(performance.now() - t1);
      }
      all.executor.push(...executor);
      all.direct.push(...direct);
      rows.push({ report: report.name, mode, p50: percentile(executor, 50), p95: percentile(executor, 95), baseP50: percentile(direct, 50), baseP95: percentile(direct, 95) });
    }
  }
  const fmt = (n) => n.toFixed(1).padStart(8);
  console.log(`\n${RUNS} runs per report and mode; times in ms; baseline = the same SQL directly on DuckDB\n`);
  console.log(`${'report'.padEnd(44)} ${'mode'.padEnd(9)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'base p50'.padStart(8)} ${'base p95'.padStart(8)} ${'ratio'.padStart(6)}`);
  for (const r of rows) console.log(`${r.report.padEnd(44)} ${r.mode.padEnd(9)} ${fmt(r.p50)} ${fmt(r.p95)} ${fmt(r.baseP50)} ${fmt(r.baseP95)} ${(r.p50 / r.baseP50).toFixed(2).padStart(6)}`);
  const p95 = percentile(all.executor, 95);
  console.log(`\nall saved-report runs: p50 ${percentile(all.executor, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (target < 300 ms: ${p95 < 300 ? 'met' : 'NOT met'}); baseline p50 ${percentile(all.direct, 50).toFixed(1)} ms, p95 ${percentile(all.direct, 95).toFixed(1)} ms; median ratio ${(percentile(all.executor, 50) / percentile(all.direct, 50)).toFixed(2)}`);
  console.log(JSON.stringify({
    bench: 'query',
    figures: { annotationRows: ANNOTATIONS, savedReportP50Ms: Number(percentile(all.executor, 50).toFixed(1)), savedReportP95Ms: Number(p95.toFixed(1)) },
    baseline: { directDuckdbP50Ms: Number(percentile(all.direct, 50).toFixed(1)), directDuckdbP95Ms: Number(percentile(all.direct, 95).toFixed(1)) },
    ratios: { executorVsDirectP50: Number((percentile(all.executor, 50) / percentile(all.direct, 50)).toFixed(2)) },
  }));
  const checks = await layer.detectReportChanges();
  console.log(`detectReportChanges over ${checks.length} reports: ${checks.map((c) => c.status).join(', ')}`);
  layer.close();
} finally {
  await sink.close();
  rmSync(dir, { recursive: true, force: true });
}
