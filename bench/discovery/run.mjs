#!/usr/bin/env node
// Benchmark: discovery on arrival and conflict scoring. Prints medians and ratios measured in this run.
//   time to catalog: with N annotations already stored (default 1,000,000), the time from a batch
//     landing (`batch.loaded`: committed in the store) to its new entity type being in the catalog
//     and queryable (target < 1 s); baseline: one `SELECT DISTINCT label FROM annotations` scan, the
//     least a rescan-everything discovery would cost, and the full reconciliation itself.
//   conflict scoring: 100 new names against 5,000 catalogued ones with levenshteinConflicts
//     (blocking; target < 200 ms); baseline: comparing every pair with the same strategy.
//   field scan: the fields of one record batch (counts, types, examples) on a 1,000,000-row,
//     10-column batch, a 100,000-row, 200-column one and a 5,000-row, 1,200-column one; baseline:
//     one statement counting every column's values over the same batch (counts only, no examples).
// Usage: npm run bench:discovery [-- --annotations 1000000 --runs 5 --field-rows 1000000]
// Needs a build (npm run build).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLivingSchema, sha256 } from '@living-schema/core';
import { duckdb } from '@living-schema/sink-duckdb';
import { DuckDBInstance } from '@duckdb/node-api';
import { discovery, getDiscovery, levenshteinConflicts, recordColumns } from '@living-schema/discovery';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const ANNOTATIONS = flag('annotations', 1_000_000);
const RUNS = flag('runs', 5);
const FIELD_ROWS = flag('field-rows', 1_000_000);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const time = async (work) => {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
};

const dir = mkdtempSync(join(tmpdir(), 'ls-bench-discovery-'));
const LABELS = ['VESSEL_NAME', 'IMO', 'FLAG', 'PORT', 'MMSI', 'OWNER', 'OPERATOR', 'CARGO', 'DATE', 'PERSON', 'ORGANIZATION', 'LOCATION', 'GROSS_TONNAGE', 'YEAR_BUILT', 'SANCTION', 'DETENTION'];
const NEW_LABELS = ['CALL_SIGN', 'DEFICIENCY', 'BERTH', 'MASTER', 'CLASS_SOCIETY', 'PILOT', 'ANCHORAGE', 'BUNKER_SUPPLIER', 'SURVEYOR'];

const batches = [];
const source = {
  specificationVersion: 'v1',
  name: 'bench',
  kinds: ['annotations', 'records'],
  canRead: () => true,
  async *read() {
    yield* batches.splice(0);
  },
};
const ls = createLivingSchema({ sink: duckdb({ path: join(dir, 'bench.duckdb') }), stagingDirectory: join(dir, 'staging'), sources: [source], notifiers: [], plugins: [discovery()] });

try {
  await ls.start();
  console.log(`discovery bench: ${ANNOTATIONS.toLocaleString('en')} annotations stored, ${RUNS} runs, medians`);
  const labelList = `[${LABELS.map((l) => `'${l}'`).join(', ')}]`;
  const seeded = await time(() =>
    ls.sink.writer.run(
      `INSERT INTO annotations
       SELECT 'seed-' || i, 'doc-' || (i // 8), (i % 500)::INTEGER, (i % 500 + 12)::INTEGER, ${labelList}[1 + (i % ${LABELS.length})],
              'text ' || (i % 997), 'sme-' || (i % 7), 'submitted', 'response', TIMESTAMPTZ '2026-01-01' + INTERVAL (i // 1000) MINUTE,
              'b_seed_' || (i // 10000), 1, now()
       FROM range(${ANNOTATIONS}) t(i)`,
    ),
  );
  const reconcile = await time(() => getDiscovery(ls).reconcile());
  console.log(`seeded ${ANNOTATIONS.toLocaleString('en')} annotations in ${(seeded.ms / 1000).toFixed(1)} s; full reconciliation (catalogues ${reconcile.result.added.length} labels) ${reconcile.ms.toFixed(0)} ms`);

  const landingToCatalog = [];
  const ingestTotal = [];
  for (let run = 0; run < RUNS; run += 1) {
    const label = NEW_LABELS[run % NEW_LABELS.length] + (run >= NEW_LABELS.length ? `_${run}` : '');
    const rows = Array.from({ length: 1000 }, (_, i) => ({
      annotationId: `run${run}-${i}`,
      documentId: `new-doc-${run}-${i % 50}`,
      spanStart: i,
      spanEnd: i + 8,
      label: i % 4 === 0 ? label : LABELS[i % LABELS.length],
      text: `value ${i % 37}`,
      annotator: 'sme-9',
      status: 'submitted',
      annotatedAt: '2026-11-24T10:00:00Z',
    }));
    batches.push({ kind: 'annotations', source: 'bench', sourceUri: `bench://run-${run}`, dataset: 'annotations', contentHash: sha256(JSON.stringify(rows)), payload: { format: 'rows', rows } });
    let landedAt = 0;
    const off = ls.on('batch.loaded', () => {
      landedAt = performance.now();
    });
    const started = performance.now();
    await ls.ingest('bench://run');
    off();
    const inCatalog = await ls.query(`SELECT count(*) FROM entity_types WHERE name = $1 AND status = 'active'`, { params: [label] });
    const queryable = await ls.query(`SELECT count(*) FROM annotations_resolved WHERE canonical_label = $1`, { params: [label] });
    const done = performance.now();
    if (inCatalog.rows[0][0] !== 1 || queryable.rows[0][0] !== 250) throw new Error(`run ${run}: ${label} not catalogued/queryable (${inCatalog.rows[0][0]}, ${queryable.rows[0][0]})`);
    landingToCatalog.push(done - landedAt);
    ingestTotal.push(done - started);
  }
  const distinctScan = [];
  for (let run = 0; run < RUNS; run += 1) distinctScan.push((await time(() => ls.query('SELECT DISTINCT label FROM annotations'))).ms);
  const catalogMs = median(landingToCatalog);
  const scanMs = median(distinctScan);
  console.log(`batch landed -> new entity type in the catalog and queryable: median ${catalogMs.toFixed(1)} ms (target < 1000 ms); whole ingest of the 1,000-row batch ${median(ingestTotal).toFixed(1)} ms`);
  console.log(
    `baselines: SELECT DISTINCT label FROM annotations (one full scan, no catalog write) median ${scanMs.toFixed(1)} ms -> on-arrival discovery takes ${(catalogMs / scanMs).toFixed(1)}x that; ` +
      `a rescan-everything discovery (full reconciliation) ${reconcile.ms.toFixed(0)} ms -> on-arrival discovery takes ${(catalogMs / reconcile.ms).toFixed(2)}x that`,
  );

  // Conflict scoring: 5,000 catalogued names, 100 new ones (some near-duplicates).
  const words = ['vessel', 'ship', 'port', 'cargo', 'owner', 'operator', 'flag', 'crew', 'engine', 'fuel', 'voyage', 'berth', 'terminal', 'inspection', 'deficiency', 'certificate', 'charter', 'manager', 'builder', 'class', 'tank', 'hull', 'deck', 'anchor', 'pilot', 'agent', 'broker', 'insurer', 'sanction', 'detention', 'incident', 'route', 'position', 'speed', 'draft', 'tonnage', 'capacity', 'container', 'bunker', 'ballast'];
  const attrs = ['name', 'code', 'type', 'date', 'count', 'status', 'id', 'country', 'address', 'phone', 'email', 'rate', 'value', 'amount', 'weight', 'length', 'score', 'level', 'start', 'end', 'from', 'to', 'min', 'max', 'kg', 'usd', '2019', '2020', '2021', 'region', 'city', 'zone', 'class', 'group', 'category', 'reference', 'number', 'note', 'remark', 'source'];
  const existing = [];
  for (const w of words) for (const a of attrs) for (const q of ['', 'last_', 'first_', 'total_']) if (existing.length < 5000 && !existing.includes(`${q}${w}_${a}`)) existing.push(`${q}${w}_${a}`.toUpperCase());
  while (existing.length < 5000) existing.push(`EXTRA_FIELD_${existing.length}`);
  const candidates = Array.from({ length: 100 }, (_, i) => {
    const base = existing[(i * 53) % existing.length];
    if (i % 4 === 0) return base.toLowerCase().replace(/_(\w)/g, (_, c) => c.toUpperCase()) + 's';
    if (i % 4 === 1) return `${base}_ALT_${i}`;
    if (i % 4 === 2) return base.replace('VESSEL', 'VSL');
    return `NEW_${words[i % words.length].toUpperCase()}_${attrs[(i * 7) % attrs.length].toUpperCase()}_INFO`;
  });
  const blocked = [];
  const allPairs = [];
  let found = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const strategy = levenshteinConflicts();
    const list = [...existing];
    blocked.push((await time(async () => {
      found = 0;
      for (const c of candidates) found += strategy.findConflicts(c, list).length > 0 ? 1 : 0;
    })).ms);
    const naive = levenshteinConflicts();
    allPairs.push((await time(async () => {
      for (const c of candidates) for (const e of existing) naive.compare(c, e);
    })).ms);
  }
  const blockedMs = median(blocked);
  const allPairsMs = median(allPairs);
  console.log(`conflict scoring, 100 new vs 5,000 catalogued names: median ${blockedMs.toFixed(1)} ms with blocking (target < 200 ms), ${found} names with a conflict; baseline every pair compared: ${allPairsMs.toFixed(1)} ms (${(allPairsMs / blockedMs).toFixed(1)}x slower)`);

  // Field scan: record batches staged as Parquet written by DuckDB, loaded through the engine.
  const fieldScan = async (dataset, rows, select) => {
    const path = join(dir, `${dataset}.parquet`);
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run(`COPY (SELECT ${select} FROM range(1, ${rows} + 1) t(i)) TO '${path}' (FORMAT parquet)`);
    connection.closeSync();
    instance.closeSync();
    batches.push({ kind: 'records', source: 'bench', sourceUri: `bench://${dataset}`, dataset, contentHash: sha256(`${dataset}-${rows}`), payload: { format: 'parquet', path, rowCount: rows } });
    const ingested = await ls.ingest('bench://records');
    const [batch] = ingested.batches;
    if (batch?.status !== 'loaded') throw new Error(`${dataset}: ${batch?.error ?? ingested.failures[0]?.message ?? 'not loaded'}`);
    const strategy = recordColumns({ maxExamples: 5 });
    const scope = { batchId: batch.batchId, kind: 'records', dataset };
    const columns = (await ls.query(`SELECT column_name FROM duckdb_columns() WHERE table_name = $1 AND NOT starts_with(column_name, '_')`, { params: [dataset] })).rows.map((r) => r[0]);
    const counts = `SELECT ${columns.map((c) => `count("${c}")`).join(', ')} FROM "${dataset}" WHERE _batch_id = $1`;
    const scan = [];
    const baseline = [];
    let fields = 0;
    for (let run = 0; run < RUNS; run += 1) {
      scan.push((await time(async () => (fields = (await strategy.discover(ls.sink, scope)).length))).ms);
      baseline.push((await time(() => ls.sink.reader.all(counts, [batch.batchId]))).ms);
    }
    if (fields !== columns.length) throw new Error(`${dataset}: ${fields} fields found for ${columns.length} columns`);
    return { ms: median(scan), baselineMs: median(baseline), columns: columns.length };
  };
  const narrow = await fieldScan(
    'registry',
    FIELD_ROWS,
    `i AS id, 'Vessel ' || i AS vessel_name, 9100000 + i * 7 AS imo_number, ['Liberia','Panama','Malta','Norway'][1 + i % 4] AS flag_state,
     ['bulk carrier','tanker','container ship'][1 + i % 3] AS vessel_type, round(2000 + (i * 7919 % 90000) + (i % 100) / 100.0, 2) AS gross_tonnage,
     1990 + i % 34 AS year_built, DATE '2020-01-01' + (i % 2000)::INTEGER AS last_inspection, i % 7 = 0 AS detained, md5(i::VARCHAR) AS certificate`,
  );
  const longRows = Math.max(1, Math.round(FIELD_ROWS / 10));
  const long = await fieldScan('long_export', longRows, Array.from({ length: 200 }, (_, c) => (c % 2 ? `(i * ${c + 1}) % 100000 AS c${c}` : `'v' || ((i + ${c}) % 5000) AS c${c}`)).join(', '));
  const wideRows = Math.max(1, Math.round(FIELD_ROWS / 200));
  const wide = await fieldScan('wide_export', wideRows, Array.from({ length: 1200 }, (_, c) => (c % 2 ? `(i * ${c + 1}) % 1000 AS c${c}` : `'v' || ((i + ${c}) % 500) AS c${c}`)).join(', '));
  console.log(
    `field scan of one record batch: ${FIELD_ROWS.toLocaleString('en')} rows x ${narrow.columns} columns median ${narrow.ms.toFixed(1)} ms (counting every column's values alone: ${narrow.baselineMs.toFixed(1)} ms, ${(narrow.ms / narrow.baselineMs).toFixed(1)}x); ` +
      `${longRows.toLocaleString('en')} rows x ${long.columns} columns median ${long.ms.toFixed(0)} ms (counting alone: ${long.baselineMs.toFixed(0)} ms, ${(long.ms / long.baselineMs).toFixed(1)}x); ` +
      `${wideRows.toLocaleString('en')} rows x ${wide.columns} columns median ${wide.ms.toFixed(0)} ms (counting alone: ${wide.baselineMs.toFixed(0)} ms, ${(wide.ms / wide.baselineMs).toFixed(1)}x)`,
  );
  console.log(JSON.stringify({
    bench: 'discovery',
    figures: {
      annotations: ANNOTATIONS, landingToCatalogMs: catalogMs, ingestBatchMs: median(ingestTotal), fullReconciliationMs: reconcile.ms, conflictScoring100x5000Ms: blockedMs,
      fieldRows: FIELD_ROWS, fieldScanNarrowMs: narrow.ms, longRows, longColumns: long.columns, fieldScanLongMs: long.ms, wideRows, wideColumns: wide.columns, fieldScanWideMs: wide.ms,
    },
    baseline: { distinctLabelScanMs: scanMs, conflictAllPairsMs: allPairsMs, countOnlyNarrowMs: narrow.baselineMs, countOnlyLongMs: long.baselineMs, countOnlyWideMs: wide.baselineMs },
    ratios: {
      landingToCatalogVsDistinctScan: catalogMs / scanMs, landingToCatalogVsFullReconciliation: catalogMs / reconcile.ms, allPairsVsBlocked: allPairsMs / blockedMs,
      fieldScanNarrowVsCountOnly: narrow.ms / narrow.baselineMs, fieldScanLongVsCountOnly: long.ms / long.baselineMs, fieldScanWideVsCountOnly: wide.ms / wide.baselineMs,
    },
  }));
} finally {
  await ls.close();
  rmSync(dir, { recursive: true, force: true });
}
