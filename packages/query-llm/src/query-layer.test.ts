import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LivingSchemaError, createLivingSchema, sha256, type Batch, type LivingSchema, type LivingSchemaEvents, type SourceV1 } from '@living-schema/core';
import { duckdb } from '@living-schema/sink-duckdb';
import { offlineProvider } from './llm-provider-offline.js';
import { queryLayer, type QueryLayer } from './query-layer.js';

function records(dataset: string, rows: Record<string, unknown>[]): Batch {
  return { kind: 'records', source: 'inline', sourceUri: `inline://${dataset}/${sha256(JSON.stringify(rows)).slice(0, 8)}`, dataset, contentHash: sha256(JSON.stringify(rows)), payload: { format: 'rows', rows } };
}

function inlineSource(queue: Batch[][]): SourceV1 {
  return {
    specificationVersion: 'v1',
    name: 'inline',
    kinds: ['records', 'documents', 'annotations'],
    canRead: () => true,
    async *read() {
      yield* queue.shift() ?? [];
    },
  };
}

const opened: Array<{ engine: LivingSchema; layer: QueryLayer }> = [];
afterEach(async () => {
  for (const { engine, layer } of opened.splice(0)) {
    layer.close();
    await engine.close();
  }
});

function setup(queue: Batch[][]) {
  const dir = mkdtempSync(join(tmpdir(), 'ls-query-'));
  const engine = createLivingSchema({ sink: duckdb({ path: join(dir, 'db.duckdb') }), stagingDirectory: join(dir, 'staging'), sources: [inlineSource(queue)], notifiers: [] });
  const layer = queryLayer(engine, { provider: offlineProvider() });
  opened.push({ engine, layer });
  return { engine, layer };
}

const firstBatch = [
  { vessel_name: 'Aurora', flag_state: 'Liberia', gross_tonnage: 1000 },
  { vessel_name: 'Borealis', flag_state: 'Liberia', gross_tonnage: 2000 },
  { vessel_name: 'Cassiopeia', flag_state: 'Panama', gross_tonnage: 3000 },
];
const secondBatch = [
  { vessel_name: 'Delphine', flag_state: 'Liberia', gross_tonnage: 4000 },
  { vessel_name: 'Esperanza', flag_state: 'Malta', gross_tonnage: 5000 },
];

/** Writes field definitions for the vessels table, as discovery would, and versions the catalog. */
async function catalogFields(engine: LivingSchema, names: string[]) {
  await engine.sink.writer.run(`DELETE FROM field_definitions WHERE dataset = 'vessels'`);
  const ids: Record<string, number> = { vessel_name: 100, flag_state: 101, gross_tonnage: 102 };
  for (const name of names) {
    await engine.sink.writer.run(
      `INSERT INTO field_definitions (id, dataset, name, normalized_name, original_name, data_type, status, created_at, updated_at) VALUES ($1, 'vessels', $2, $2, $2, 'VARCHAR', 'active', now(), now())`,
      [ids[name], name],
    );
  }
  return engine.sink.catalog.commitVersion({ kind: 'manual', note: 'test' });
}

describe('query layer: done when', () => {
  it('a saved report notices new data with a correct diff, snapshot and time travel keep the old answer, a removed field marks it schema_changed, every run is logged with its hash', async () => {
    const { engine, layer } = setup([[records('vessels', firstBatch)], [records('vessels', secondBatch)]]);
    const changed: Array<LivingSchemaEvents['report.changed']> = [];
    const executed: Array<LivingSchemaEvents['query.executed']> = [];
    engine.on('report.changed', (e) => changed.push(e));
    engine.on('query.executed', (e) => executed.push(e));

    await engine.ingest('inline://first');
    await catalogFields(engine, ['vessel_name', 'flag_state', 'gross_tonnage']);
    const saved = await layer.reports.save({ name: 'vessels per flag', question: 'How many vessels per flag state?' });
    expect(saved.sql).toMatch(/GROUP BY "flag_state"/);
    expect(saved.keyColumns).toEqual(['flag_state']);
    expect(saved.fieldsUsed).toEqual(expect.arrayContaining(['vessels.flag_state']));
    const savedAnswer = saved.lastResult!.rows;
    expect(savedAnswer).toEqual(expect.arrayContaining([['Liberia', 2], ['Panama', 1]]));
    await new Promise((r) => setTimeout(r, 20));
    const beforeIngest = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));

    await engine.ingest('inline://second');
    const [check] = await layer.detectReportChanges();
    expect(check!.status).toBe('data_changed');
    expect(check!.diff.keyColumns).toEqual(['flag_state']);
    expect(check!.diff.added).toEqual([['Malta', 1]]);
    expect(check!.diff.removed).toEqual([]);
    expect(check!.diff.changed).toEqual([{ key: ['Liberia'], before: ['Liberia', 2], after: ['Liberia', 3] }]);
    expect(changed).toEqual([expect.objectContaining({ name: 'vessels per flag', change: 'data_changed', added: 1, removed: 0, changed: 1 })]);
    expect((await layer.reports.diff('vessels per flag'))!.changed).toHaveLength(1);

    const snapshot = await layer.executeQuery({ reportId: saved.id, mode: 'snapshot' });
    expect(snapshot.resultHash).toBe(saved.savedResultHash);
    expect(snapshot.rows).toEqual(expect.arrayContaining(savedAnswer));
    expect(snapshot.rows).toHaveLength(savedAnswer.length);

    const past = await layer.executeQuery({ sql: saved.sql, mode: 'time_travel', asOf: beforeIngest });
    expect(past.resultHash).toBe(saved.savedResultHash);
    const live = await layer.executeQuery({ sql: saved.sql });
    expect(live.rows).toEqual(expect.arrayContaining([['Liberia', 3], ['Panama', 1], ['Malta', 1]]));

    expect((await layer.detectReportChanges())[0]!.status).toBe('unchanged');

    await catalogFields(engine, ['vessel_name', 'gross_tonnage']);
    const [drift] = await layer.detectReportChanges();
    expect(drift!.status).toBe('schema_changed');
    expect(drift!.diff.schemaChanges).toEqual([expect.objectContaining({ subject: 'field', change: 'removed', name: 'vessels.flag_state' })]);
    expect((await layer.reports.get('vessels per flag')).lastStatus).toBe('schema_changed');

    const log = await engine.sink.reader.all<{ execution_id: string; status: string; result_hash: string | null; mode: string; report_id: string | null; schema_version: number }>(
      `SELECT execution_id, status, result_hash, mode, report_id, schema_version FROM query_executions ORDER BY started_at`,
    );
    expect(log.map((r) => r.execution_id).sort()).toEqual(executed.map((e) => e.executionId).sort());
    expect(log.length).toBe(7);
    for (const row of log) {
      expect(row.status).toBe('ok');
      expect(row.result_hash).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(log.filter((r) => r.report_id === saved.id).map((r) => r.mode)).toEqual(['snapshot', 'live', 'snapshot', 'live', 'live']);
    expect(check!.resultHash).toBe(log.find((r) => r.execution_id === check!.executionId)!.result_hash);
  });

  it('a detected change and its diff survive later unchanged checks, and every save and check is in the history', async () => {
    const { engine, layer } = setup([[records('vessels', firstBatch)], [records('vessels', secondBatch)]]);
    await engine.ingest('inline://first');
    await catalogFields(engine, ['vessel_name', 'flag_state', 'gross_tonnage']);
    await layer.reports.save({ name: 'per flag', question: 'How many vessels per flag state?' });
    await engine.ingest('inline://second');
    expect((await layer.detectReportChanges())[0]!.status).toBe('data_changed');
    const [again] = await layer.detectReportChanges();
    expect(again!.status).toBe('unchanged');
    expect(again!.diff.added).toEqual([]);

    const kept = await layer.reports.diff('per flag');
    expect(kept!.added).toEqual([['Malta', 1]]);
    expect(kept!.changed).toEqual([{ key: ['Liberia'], before: ['Liberia', 2], after: ['Liberia', 3] }]);
    expect((await layer.reports.get('per flag')).lastStatus).toBe('unchanged');

    const history = await layer.reports.history('per flag');
    expect(history.map((h) => [h.outcome, h.rowCount, h.added, h.removed, h.changed])).toEqual([
      ['unchanged', 3, 0, 0, 0],
      ['data_changed', 3, 1, 0, 1],
      ['saved', 2, 0, 0, 0],
    ]);
    expect(history[0]!.checkedAt >= history[1]!.checkedAt && history[1]!.checkedAt >= history[2]!.checkedAt).toBe(true);

    await layer.reports.refresh('per flag');
    expect(await layer.reports.diff('per flag')).toBeNull();
    expect((await layer.reports.history('per flag'))[0]!.outcome).toBe('rebaselined');
    await layer.reports.remove('per flag');
    expect(await engine.sink.reader.all(`SELECT * FROM report_checks`)).toEqual([]);
  });

  it('time travel cannot be escaped by qualifying the table, and refusals are logged with their rule', async () => {
    const { engine, layer } = setup([[records('vessels', firstBatch)], [records('vessels', secondBatch)]]);
    await engine.ingest('x');
    await new Promise((r) => setTimeout(r, 20));
    const asOf = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    await engine.ingest('y');
    for (const sql of ['SELECT count(*) FROM vessels', 'SELECT count(*) FROM main.vessels', 'SELECT count(*) FROM "main"."vessels" v', 'WITH x AS (SELECT * FROM vessels) SELECT count(*) FROM x', 'SELECT (SELECT count(*) FROM vessels) AS n']) {
      expect((await layer.executeQuery({ sql, mode: 'time_travel', asOf })).rows, sql).toEqual([[3]]);
      expect((await layer.executeQuery({ sql })).rows, sql).toEqual([[5]]);
    }
    await expect(layer.executeQuery({ sql: `SELECT * FROM read_csv('/etc/passwd')` })).rejects.toMatchObject({ code: 'LS_QUERY_REFUSED', details: { rule: 'file-function' } });
    await expect(layer.executeQuery({ question: 'How many vessels have warp drives?' })).rejects.toMatchObject({ code: 'LS_QUESTION_NOT_UNDERSTOOD' });
    const refused = await engine.sink.reader.all<{ status: string; refusal_rule: string | null; question: string | null }>(
      `SELECT status, refusal_rule, question FROM query_executions WHERE status <> 'ok' ORDER BY started_at`,
    );
    expect(refused).toEqual([
      { status: 'refused', refusal_rule: 'file-function', question: null },
      { status: 'refused', refusal_rule: null, question: 'How many vessels have warp drives?' },
    ]);
  });

  it('a corrected annotation replaces the old one live, while time travel and a report snapshot still see the old answer', async () => {
    const span = (id: string, label: string, start: number, end: number) => ({
      annotationId: id, documentId: 'doc-1', spanStart: start, spanEnd: end, label, text: 'x', annotator: 'sme-1', status: 'submitted', annotatedAt: null,
    });
    const annotations = (rows: Record<string, unknown>[], tag: string): Batch => ({
      kind: 'annotations', source: 'inline', sourceUri: `inline://record-1/${tag}`, dataset: 'annotations', contentHash: sha256(tag),
      payload: { format: 'rows', rows }, replacesDocuments: ['doc-1'],
    });
    const { engine, layer } = setup([
      [annotations([span('a', 'VESSEL_NAME', 11, 19), span('b', 'PORT', 36, 45)], 'first')],
      // The annotator corrects the vessel span and withdraws the port.
      [annotations([span('c', 'VESSEL_NAME', 11, 17)], 'corrected')],
    ]);
    await engine.ingest('x');
    const report = await layer.reports.save({ name: 'labels', sql: 'SELECT label, span_end FROM annotations ORDER BY label' });
    await new Promise((r) => setTimeout(r, 20));
    const asOf = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    const corrected = await engine.ingest('y');
    expect(corrected.batches).toMatchObject([{ status: 'loaded', rowsLoaded: 1, rowsSuperseded: 2 }]);

    const sql = 'SELECT label, span_end FROM annotations ORDER BY label';
    expect((await layer.executeQuery({ sql })).rows).toEqual([['VESSEL_NAME', 17]]);
    expect((await layer.executeQuery({ sql, mode: 'time_travel', asOf })).rows).toEqual([['PORT', 45], ['VESSEL_NAME', 19]]);
    expect((await layer.executeQuery({ sql: 'SELECT canonical_label FROM main.annotations_resolved ORDER BY 1', mode: 'time_travel', asOf })).rows).toEqual([['PORT'], ['VESSEL_NAME']]);
    expect((await layer.executeQuery({ reportId: report.id, mode: 'snapshot' })).rows).toEqual([['PORT', 45], ['VESSEL_NAME', 19]]);
    expect((await layer.executeQuery({ sql: 'SELECT annotation_id, superseded_by FROM annotations_history ORDER BY 1' })).rows).toEqual([
      ['a', corrected.batches[0]!.batchId],
      ['b', corrected.batches[0]!.batchId],
    ]);
  });

  it('checks reports on a cron schedule', async () => {
    const { engine, layer } = setup([[records('vessels', firstBatch)], [records('vessels', secondBatch)]]);
    await engine.ingest('x');
    await layer.reports.save({ name: 'count', sql: 'SELECT count(*) AS n FROM vessels' });
    await engine.ingest('y');
    const results = await new Promise<Array<{ name: string; status: string }>>((resolve) => {
      const job = layer.scheduleReportChecks('* * * * * *', (checks) => {
        job.stop();
        resolve(checks);
      });
    });
    expect(results).toEqual([expect.objectContaining({ name: 'count', status: 'data_changed' })]);
  });

  it('schema context: tiers within a budget, values, entity types, as of a version, cache cleared on schema.versioned', async () => {
    const { engine, layer } = setup([[records('vessels', firstBatch)]]);
    await engine.ingest('x');
    const context = await layer.schemaContext({ question: 'How many vessels are flagged in Liberia?' });
    const vessels = context.tables.find((t) => t.name === 'vessels')!;
    expect(vessels.columns.find((c) => c.name === 'flag_state')!.values).toEqual(['Liberia', 'Panama']);
    expect(vessels.ingestedAt).toBe('_ingested_at');
    expect(context.tiers.full[0]).toBe('vessels');
    expect(context.text).toContain('"table":"vessels"');
    const tiny = await layer.schemaContext({ budgetTokens: 120 });
    expect(tiny.tiers.full).toEqual([]);
    expect(tiny.text).toContain('vessels');
    const first = await layer.schemaContext();
    expect(await layer.schemaContext()).toEqual(first);
    await catalogFields(engine, ['vessel_name']);
    engine.events.emit('schema.versioned', { version: 2, previousVersion: 1, contentHash: 'x', cause: { kind: 'manual' }, diff: [], impact: 'additive' });
    const after = await layer.schemaContext();
    expect(after.schemaVersion).toBe((await engine.schema.current()).version);
    const atOne = await layer.schemaContext({ at: 1 });
    expect(atOne.schemaVersion).toBe(1);
  });
});

describe('query layer: results bounded in bytes', () => {
  it('executeQuery rejects a result over maxResultBytes with LS_RESULT_TOO_LARGE, logs it as an error, and a run may set its own cap', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ls-query-bytes-'));
    const engine = createLivingSchema({ sink: duckdb({ path: join(dir, 'db.duckdb') }), stagingDirectory: join(dir, 'staging'), notifiers: [] });
    const layer = queryLayer(engine, { provider: offlineProvider(), maxResultBytes: 64 * 1024 });
    opened.push({ engine, layer });
    const sql = "SELECT i, repeat('x', 1000) AS filler FROM range(100) t(i)";
    const failure = await layer.executeQuery({ sql }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(LivingSchemaError.hasCode(failure, 'LS_RESULT_TOO_LARGE'), String(failure)).toBe(true);
    const error = failure as LivingSchemaError;
    expect(error.message).toContain('64 KiB');
    expect(error.details).toMatchObject({ maxResultBytes: 64 * 1024 });
    // 1,008 bytes a row (8 for the number, 1,000 for the text): 65 rows fit, the 66th passes 64 KiB.
    expect(error.details.rowsRead).toBe(65);
    const logged = await engine.sink.reader.all<{ status: string; error: string }>(`SELECT status, error FROM query_executions WHERE execution_id = $1`, [error.details.executionId]);
    expect(logged).toEqual([{ status: 'error', error: expect.stringContaining('larger than the limit of 64 KiB') }]);
    // The same SQL fits under a larger cap given for this run only; the layer's stays.
    const run = await layer.executeQuery({ sql, maxResultBytes: 1024 * 1024 });
    expect(run.rowCount).toBe(100);
    await expect(layer.executeQuery({ sql })).rejects.toMatchObject({ code: 'LS_RESULT_TOO_LARGE' });
  });
});
