import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLivingSchema, sha256, type Batch, type SourceV1 } from '@living-schema/core';
import { duckdb } from '@living-schema/sink-duckdb';
import { MigrationReportTap, writeMigrationReport } from './migration-report.js';

const text = 'The vessel Zephyr called at Montevideo.';
const spans = [
  { annotationId: 'a1', documentId: 'r1', spanStart: 11, spanEnd: 17, label: 'VESSEL_NAME', text: 'Zephyr', annotator: 'u1', status: 'submitted', origin: 'response', annotatedAt: null },
  { annotationId: 'a2', documentId: 'r1', spanStart: 28, spanEnd: 38, label: 'PORT', text: 'Montevideo', annotator: 'u1', status: 'submitted', origin: 'response', annotatedAt: null },
];

function source(): SourceV1 {
  const batch = (kind: Batch['kind'], rows: Record<string, unknown>[], rejected: Batch['rejected'] = []): Batch => ({
    kind,
    source: 'inline',
    sourceUri: 'inline://r1',
    dataset: kind === 'documents' ? 'raw_documents' : 'annotations',
    contentHash: sha256(JSON.stringify(rows)),
    payload: { format: 'rows', rows },
    rejected,
    recordsRead: 1,
  });
  return {
    specificationVersion: 'v1',
    name: 'inline',
    kinds: ['documents', 'annotations'],
    canRead: () => true,
    async *read() {
      yield batch('documents', [{ documentId: 'r1', sourceUri: 'inline://r1', pageNumber: 1, text, extractionMethod: 'source', ocrConfidence: null }]);
      yield batch('annotations', spans, [{ row: 1, raw: '{}', reason: 'record r1: not counted: draft response by u2 (PORT 0-3)' }]);
    },
  };
}

describe('migration report', () => {
  it('reports zero loss when counts and spot checks agree, and names every mismatch when they do not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ls-report-'));
    const tap = new MigrationReportTap();
    const ls = createLivingSchema({ sink: duckdb({ path: join(dir, 'db.duckdb') }), stagingDirectory: join(dir, 'staging'), sources: tap.wrap([source()]), notifiers: [] });
    try {
      const result = await ls.ingest('inline://r1');
      const good = await tap.report(ls, result.batches, result.failures);
      expect(good.ok).toBe(true);
      expect(good.totals).toMatchObject({ recordsRead: 1, spansRead: 3, spansLoaded: 2, spansRejected: 1, pagesRead: 1, pagesLoaded: 1, problems: 0 });
      const annotations = good.batches.find((b) => b.kind === 'annotations')!;
      expect(annotations.rejectedByReason).toEqual([{ reason: 'not counted: draft response', count: 1, exampleRows: [1] }]);
      expect(annotations.spotChecks.map((c) => [c.storedText, c.textAtOffsets, c.matches])).toEqual([
        ['Zephyr', 'Zephyr', true],
        ['Montevideo', 'Montevideo', true],
      ]);

      // Damage the store behind the report's back: a shifted span and a lost one.
      await ls.sink.writer.run(`UPDATE annotations SET span_start = span_start + 1 WHERE annotation_id = 'a1'`);
      await ls.sink.writer.run(`DELETE FROM annotations WHERE annotation_id = 'a2'`);
      const bad = await tap.report(ls, result.batches, result.failures);
      expect(bad.ok).toBe(false);
      const problems = bad.batches.find((b) => b.kind === 'annotations')!.problems;
      expect(problems).toEqual([
        'label PORT: 1 in the source, 0 in DuckDB',
        'span a1 (12-17) stores "Zephyr" but the document has "ephyr" there',
        '1 sampled spans are missing from DuckDB',
      ]);
      const markdown = await writeMigrationReport(join(dir, 'report.json'), bad);
      expect(readFileSync(markdown, 'utf8')).toContain('3 problem(s)');
      expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).ok).toBe(false);
    } finally {
      await ls.close();
    }
  });

  it('a correction round reconciles: the replaced span is counted as superseded, the label counts follow the source', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ls-report-'));
    const rounds = [spans, [spans[0]!, { ...spans[1]!, annotationId: 'a3', label: 'PORT_OF_CALL' }]];
    let round = 0;
    const correcting: SourceV1 = {
      specificationVersion: 'v1',
      name: 'inline',
      kinds: ['documents', 'annotations'],
      canRead: () => true,
      async *read() {
        const rows = rounds[round++]!;
        yield { kind: 'documents', source: 'inline', sourceUri: 'inline://r1', dataset: 'raw_documents', contentHash: sha256(text), payload: { format: 'rows', rows: [{ documentId: 'r1', sourceUri: 'inline://r1', pageNumber: 1, text, extractionMethod: 'source', ocrConfidence: null }] }, recordsRead: 1 };
        yield { kind: 'annotations', source: 'inline', sourceUri: 'inline://r1', dataset: 'annotations', contentHash: sha256(JSON.stringify(rows)), payload: { format: 'rows', rows }, recordsRead: 1, replacesDocuments: ['r1'] };
      },
    };
    const tap = new MigrationReportTap();
    const ls = createLivingSchema({ sink: duckdb({ path: join(dir, 'db.duckdb') }), stagingDirectory: join(dir, 'staging'), sources: tap.wrap([correcting]), notifiers: [] });
    try {
      await ls.ingest('inline://r1');
      const result = await ls.ingest('inline://r1');
      const report = await tap.report(ls, result.batches, result.failures);
      expect(report.ok).toBe(true);
      expect(report.totals).toMatchObject({ spansRead: 2, spansLoaded: 1, spansAlreadyPresent: 1, spansSuperseded: 1, problems: 0 });
      const annotations = report.batches.find((b) => b.kind === 'annotations')!;
      expect(annotations.labels).toEqual(
        expect.arrayContaining([
          { label: 'PORT_OF_CALL', inSource: 1, inDuckdb: 1 },
          { label: 'VESSEL_NAME', inSource: 1, inDuckdb: 1 },
        ]),
      );
      expect(annotations.labels.find((l) => l.label === 'PORT')).toBeUndefined();
      const markdown = await writeMigrationReport(join(dir, 'report.json'), report);
      expect(readFileSync(markdown, 'utf8')).toContain('1 stored span(s) of these records superseded (moved to annotations_history)');
    } finally {
      await ls.close();
    }
  });
});
