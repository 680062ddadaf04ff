import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLivingSchema, type DiscoveryCandidate } from '@living-schema/core';
import { duckdb } from '@living-schema/sink-duckdb';
import { recordColumns } from './discovery-strategies.js';
import { inlineSource, recordBatch } from './discovery-test-helpers.js';

// Regression (hostile input corpus): a 10,000-column CSV took the field scan minutes and
// gigabytes, because one statement held a subquery per column. Columns are now scanned in groups
// of flat aggregates; a wide table's candidates must be exactly what a narrow one's are.
describe('recordColumns on a wide table', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ls-discovery-wide-'));
  const source = inlineSource();
  const ls = createLivingSchema({ sink: duckdb({ path: join(dir, 'db.duckdb') }), stagingDirectory: join(dir, 'staging'), sources: [source], notifiers: [] });
  afterAll(() => ls.close());

  /** Rows of `width` columns: column i holds i*10+r, every third column has a null and repeats. */
  const rows = (width: number, prefix: string) =>
    Array.from({ length: 5 }, (_, r) => Object.fromEntries(Array.from({ length: width }, (_, i) => [`${prefix}${i}`, i % 3 === 0 ? (r === 0 ? null : `v${i}-${r % 2}`) : i * 10 + r])));

  const byName = (candidates: DiscoveryCandidate[]) => Object.fromEntries(candidates.map((c) => [c.name, c]));

  it('finds the same counts, types and examples in a 1,200-column table as in a narrow one, per batch and in full', async () => {
    source.next = [recordBatch('wide', rows(1_200, 'c')), recordBatch('narrow', rows(12, 'c'))];
    const { batches } = await ls.ingest('inline://wide');
    expect(batches.map((b) => b.status)).toEqual(['loaded', 'loaded']);
    const strategy = recordColumns();
    const wide = byName(await strategy.discover(ls.sink, { batchId: batches[0]!.batchId, kind: 'records', dataset: 'wide' }));
    const narrow = byName(await strategy.discover(ls.sink, { batchId: batches[1]!.batchId, kind: 'records', dataset: 'narrow' }));
    expect(Object.keys(wide)).toHaveLength(1_200);
    // The first 12 columns of the wide table hold the same values as the narrow table's.
    for (const name of Object.keys(narrow)) {
      const { dataset: _a, firstSeen: _b, lastSeen: _c, ...w } = wide[name]!;
      const { dataset: _d, firstSeen: _e, lastSeen: _f, ...n } = narrow[name]!;
      expect(w).toEqual(n);
    }
    expect(wide.c0).toMatchObject({ occurrenceCount: 4, examples: ['v0-0', 'v0-1'] });
    expect(wide.c1199).toMatchObject({ occurrenceCount: 5, dataType: 'BIGINT', examples: ['11991', '11992', '11993'] });
    expect(wide.c1199!.firstSeen).not.toBeNull();
    // A full scan (no batch scope) covers both datasets.
    const all = await strategy.discover(ls.sink, {});
    expect(all.filter((c) => c.dataset === 'wide')).toHaveLength(1_200);
  });

  it('text examples are the smallest distinct values in text order, also when the smallest values repeat; numbers give their quartiles; in narrow and wide tables', async () => {
    // 300 rows: `flag` is "Bahamas" in the first 200 rows (so its 50 smallest values are one value),
    // `tonnage` is numeric (8..12: typical values, not 10, 11, 12 as text order would give),
    // `note` is empty but for one row.
    const records = (width: number) =>
      Array.from({ length: 300 }, (_, r) => ({
        flag: r < 200 ? 'Bahamas' : ['Panama', 'Liberia', 'Malta'][r % 3],
        tonnage: 8 + (r % 5),
        note: r === 250 ? 'detained' : null,
        ...Object.fromEntries(Array.from({ length: width }, (_, i) => [`pad${i}`, r])),
      }));
    source.next = [recordBatch('ships_narrow', records(0)), recordBatch('ships_wide', records(150))];
    const { batches } = await ls.ingest('inline://ships');
    const strategy = recordColumns();
    for (const [batch, dataset] of [[batches[0]!, 'ships_narrow'], [batches[1]!, 'ships_wide']] as const) {
      const found = byName(await strategy.discover(ls.sink, { batchId: batch.batchId, kind: 'records', dataset }));
      expect(found.flag, dataset).toMatchObject({ occurrenceCount: 300, examples: ['Bahamas', 'Liberia', 'Malta'] });
      expect(found.tonnage, dataset).toMatchObject({ occurrenceCount: 300, examples: ['9', '10', '11'] });
      expect(found.note, dataset).toMatchObject({ occurrenceCount: 1, examples: ['detained'] });
    }
  });
});
