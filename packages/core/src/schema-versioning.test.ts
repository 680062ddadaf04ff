import { describe, expect, it } from 'vitest';
import type { Catalog, EntityTypeEntry, FieldEntry } from './catalog.js';
import { catalogContentHash, diffCatalogs, isWidening } from './schema-versioning.js';

const entity = (id: number, name: string, extra: Partial<EntityTypeEntry> = {}): EntityTypeEntry => ({
  id, name, normalizedName: name.toLowerCase(), originalName: name, description: null, status: 'active', aliasOf: null,
  occurrenceCount: 1, firstSeen: null, lastSeen: null, examples: [], ...extra,
});
const field = (id: number, name: string, dataType: string, extra: Partial<FieldEntry> = {}): FieldEntry => ({
  id, dataset: 'vessels', name, normalizedName: name, originalName: name, dataType, description: null, status: 'active', aliasOf: null,
  occurrenceCount: 1, firstSeen: null, lastSeen: null, examples: [], ...extra,
});
const catalog = (entityTypes: EntityTypeEntry[], fields: FieldEntry[] = []): Catalog => ({ entityTypes, fields, datasets: [] });

describe('catalogContentHash', () => {
  it('ignores order, counts, last-seen times and examples', () => {
    const a = catalog([entity(1, 'FLAG'), entity(2, 'PORT')]);
    const b = catalog([entity(2, 'PORT', { occurrenceCount: 99, lastSeen: '2026-01-01', examples: ['Rotterdam'] }), entity(1, 'FLAG')]);
    expect(catalogContentHash(a)).toBe(catalogContentHash(b));
  });

  it('changes when a name, status, type or description changes', () => {
    const base = catalogContentHash(catalog([entity(1, 'FLAG')], [field(10, 'imo', 'BIGINT')]));
    expect(catalogContentHash(catalog([entity(1, 'FLAGS')], [field(10, 'imo', 'BIGINT')]))).not.toBe(base);
    expect(catalogContentHash(catalog([entity(1, 'FLAG', { status: 'pending_review' })], [field(10, 'imo', 'BIGINT')]))).not.toBe(base);
    expect(catalogContentHash(catalog([entity(1, 'FLAG')], [field(10, 'imo', 'VARCHAR')]))).not.toBe(base);
    expect(catalogContentHash(catalog([entity(1, 'FLAG', { description: 'Flag state' })], [field(10, 'imo', 'BIGINT')]))).not.toBe(base);
  });
});

describe('diffCatalogs', () => {
  it('classifies additions as additive and removals as breaking', () => {
    const diff = diffCatalogs(catalog([entity(1, 'FLAG')]), catalog([entity(2, 'PORT')]));
    expect(diff).toEqual([
      { subject: 'entity_type', change: 'added', name: 'PORT', to: 'active', impact: 'additive' },
      { subject: 'entity_type', change: 'removed', name: 'FLAG', impact: 'breaking' },
    ]);
  });

  it('treats widening as additive and other type changes as breaking', () => {
    const widened = diffCatalogs(catalog([], [field(1, 'imo', 'BIGINT')]), catalog([], [field(1, 'imo', 'VARCHAR')]));
    expect(widened).toEqual([{ subject: 'field', change: 'type_changed', name: 'vessels.imo', from: 'BIGINT', to: 'VARCHAR', impact: 'additive' }]);
    const narrowed = diffCatalogs(catalog([], [field(1, 'imo', 'VARCHAR')]), catalog([], [field(1, 'imo', 'BIGINT')]));
    expect(narrowed[0]?.impact).toBe('breaking');
  });

  it('reports a merge with the canonical name, as breaking', () => {
    const before = catalog([entity(1, 'VESSEL_NAME'), entity(2, 'VESSEL_NAMES', { status: 'pending_review' })]);
    const after = catalog([entity(1, 'VESSEL_NAME'), entity(2, 'VESSEL_NAMES', { status: 'merged', aliasOf: 1 })]);
    expect(diffCatalogs(before, after)).toEqual([
      { subject: 'entity_type', change: 'merged', name: 'VESSEL_NAMES', from: 'VESSEL_NAMES', to: 'VESSEL_NAME', impact: 'breaking' },
    ]);
  });

  it('is empty for equal catalogs', () => {
    expect(diffCatalogs(catalog([entity(1, 'FLAG')]), catalog([entity(1, 'FLAG', { occurrenceCount: 7 })]))).toEqual([]);
  });
});

describe('isWidening', () => {
  it('follows the ladder', () => {
    expect(isWidening('BIGINT', 'DOUBLE')).toBe(true);
    expect(isWidening('DOUBLE', 'VARCHAR')).toBe(true);
    expect(isWidening('VARCHAR', 'BIGINT')).toBe(false);
    expect(isWidening('DATE', 'TIMESTAMP')).toBe(true);
  });
});
