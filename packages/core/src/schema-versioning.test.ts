import { describe, expect, it } from 'vitest';
import type { Catalog, EntityTypeEntry, FieldEntry, RelationshipEntry } from './catalog.js';
import { catalogContentHash, diffCatalogs, isWidening } from './schema-versioning.js';

const entity = (id: number, name: string, extra: Partial<EntityTypeEntry> = {}): EntityTypeEntry => ({
  id, name, normalizedName: name.toLowerCase(), originalName: name, description: null, status: 'active', aliasOf: null,
  occurrenceCount: 1, firstSeen: null, lastSeen: null, examples: [], ...extra,
});
const field = (id: number, name: string, dataType: string, extra: Partial<FieldEntry> = {}): FieldEntry => ({
  id, dataset: 'vessels', name, normalizedName: name, originalName: name, dataType, description: null, status: 'active', aliasOf: null,
  occurrenceCount: 1, firstSeen: null, lastSeen: null, examples: [], ...extra,
});
const catalog = (entityTypes: EntityTypeEntry[], fields: FieldEntry[] = [], relationships: RelationshipEntry[] = []): Catalog => ({
  entityTypes, fields, datasets: [], relationships,
});
const relationship = (id: number, extra: Partial<RelationshipEntry> = {}): RelationshipEntry => ({
  id, from: { dataset: 'loans', field: 'isbn' }, to: { dataset: 'books', field: 'isbn' }, cardinality: 'many-to-one',
  coverage: 0.99, toUnique: true, status: 'suggested', evidence: ['inclusion 0.99'], firstSeen: null, ...extra,
});

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

describe('catalogContentHash of relationships', () => {
  it('keeps the hash of a catalog without relationships (an upgraded store writes no empty version)', () => {
    const withoutKey = { entityTypes: [entity(1, 'FLAG')], fields: [], datasets: [] } as unknown as Catalog;
    expect(catalogContentHash(catalog([entity(1, 'FLAG')]))).toBe(catalogContentHash(withoutKey));
  });

  it('changes when a relationship is added or reviewed, not when its coverage moves', () => {
    const none = catalogContentHash(catalog([]));
    const suggested = catalogContentHash(catalog([], [], [relationship(1)]));
    expect(suggested).not.toBe(none);
    expect(catalogContentHash(catalog([], [], [relationship(1, { status: 'confirmed' })]))).not.toBe(suggested);
    expect(catalogContentHash(catalog([], [], [relationship(1, { coverage: 0.97, evidence: ['inclusion 0.97'] })]))).toBe(suggested);
  });
});

describe('diffCatalogs of relationships', () => {
  it('names the relationship by its two ends and reports review and cardinality changes', () => {
    expect(diffCatalogs(catalog([]), catalog([], [], [relationship(1)]))).toEqual([
      { subject: 'relationship', change: 'added', name: 'loans.isbn -> books.isbn', to: 'suggested', impact: 'additive' },
    ]);
    const reviewed = diffCatalogs(catalog([], [], [relationship(1)]), catalog([], [], [relationship(1, { status: 'rejected', cardinality: 'one-to-one' })]));
    expect(reviewed).toEqual([
      { subject: 'relationship', change: 'status_changed', name: 'loans.isbn -> books.isbn', from: 'suggested', to: 'rejected', impact: 'additive' },
      { subject: 'relationship', change: 'type_changed', name: 'loans.isbn -> books.isbn', from: 'many-to-one', to: 'one-to-one', impact: 'additive' },
    ]);
  });

  it('reads a snapshot written before relationships existed as having none', () => {
    const old = { entityTypes: [], fields: [], datasets: [] } as unknown as Catalog;
    expect(diffCatalogs(old, catalog([], [], [relationship(2)]))).toHaveLength(1);
    expect(diffCatalogs(catalog([], [], [relationship(2)]), old)).toEqual([
      { subject: 'relationship', change: 'removed', name: 'loans.isbn -> books.isbn', impact: 'additive' },
    ]);
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
