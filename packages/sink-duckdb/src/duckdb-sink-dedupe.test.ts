import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLivingSchema, deriveBatchId, sha256, type Batch, type LivingSchema } from '@living-schema/core';
import { duckdb } from './duckdb-sink.js';

const engines: LivingSchema[] = [];
afterEach(async () => {
  await Promise.all(engines.splice(0).map((e) => e.close()));
});

function engine(batches: () => Batch[]): LivingSchema {
  const dir = mkdtempSync(join(tmpdir(), 'ls-duckdb-dedupe-'));
  const ls = createLivingSchema({
    sink: duckdb({ path: join(dir, 'db.duckdb') }),
    stagingDirectory: join(dir, 'staging'),
    notifiers: [],
    sources: [{ specificationVersion: 'v1', name: 'inline', kinds: ['documents', 'annotations'], canRead: () => true, async *read() { yield* batches(); } }],
  });
  engines.push(ls);
  return ls;
}

const page = (documentId: string, text: string) => ({ documentId, sourceUri: `inline://${documentId}`, pageNumber: 1, text, extractionMethod: 'source', ocrConfidence: null });
const span = (id: string, documentId: string) => ({ annotationId: id, documentId, spanStart: 0, spanEnd: 3, label: 'X', text: 'abc', annotator: 'a', status: 'submitted', origin: 'response', annotatedAt: null });
const batch = (kind: Batch['kind'], rows: Record<string, unknown>[], tag: string): Batch => ({
  kind,
  source: 'inline',
  sourceUri: `inline://${tag}`,
  dataset: kind === 'documents' ? 'raw_documents' : 'annotations',
  contentHash: sha256(tag + JSON.stringify(rows)),
  payload: { format: 'rows', rows },
});

describe('DuckDB store: documents and annotations are not inserted twice', () => {
  it('counts pages and spans the store already holds as already present, and rows in still reconcile', async () => {
    let round = 1;
    const ls = engine(() =>
      round === 1
        ? [batch('documents', [page('d1', 'abc one'), page('d2', 'abc two')], 'a'), batch('annotations', [span('s1', 'd1'), span('s2', 'd2')], 'a')]
        : [batch('documents', [page('d2', 'abc two'), page('d3', 'abc three'), page('d3', 'abc three')], 'b'), batch('annotations', [span('s2', 'd2'), span('s3', 'd3')], 'b')],
    );
    const first = await ls.ingest('x');
    expect(first.batches.map((b) => [b.rowsLoaded, b.rowsAlreadyPresent ?? 0])).toEqual([[2, 0], [2, 0]]);
    round = 2;
    const second = await ls.ingest('x');
    expect(second.batches.map((b) => [b.rowsIn, b.rowsLoaded, b.rowsAlreadyPresent ?? 0])).toEqual([[3, 1, 2], [2, 1, 1]]);
    expect((await ls.query('SELECT count(*) FROM raw_documents')).rows[0]![0]).toBe(3);
    expect((await ls.query('SELECT count(*) FROM annotations')).rows[0]![0]).toBe(3);
    const ledger = await ls.query(`SELECT count(*) FROM ingest_batches WHERE rows_in <> rows_loaded + rows_quarantined + rows_already_present`);
    expect(ledger.rows[0]![0]).toBe(0);
  });

  it('keeps source state, and a guarded write lands only after its batch is loaded', async () => {
    const ls = engine(() => [batch('documents', [page('d1', 'abc')], 'state')]);
    await ls.start();
    const state = ls.sink.sourceState!('argilla');
    expect(await state.get('cursor')).toBeNull();
    const batchId = deriveBatchId(batch('documents', [page('d1', 'abc')], 'state'));
    expect(await state.set('cursor', 'one', { afterBatch: batchId })).toBe(false);
    expect(await state.get('cursor')).toBeNull();
    await ls.ingest('x');
    expect(await state.set('cursor', 'two', { afterBatch: batchId })).toBe(true);
    expect(await state.set('cursor', 'three')).toBe(true);
    expect(await state.get('cursor')).toBe('three');
    expect(await ls.sink.sourceState!('other').get('cursor')).toBeNull();
  });
});
