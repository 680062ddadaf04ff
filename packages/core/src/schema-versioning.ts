import { createHash } from 'node:crypto';
import { relationshipName, type Catalog, type RelationshipEntry, type SchemaDiffEntry } from './catalog.js';

/**
 * The structural part of a catalog: what a query can depend on. Occurrence counts, last-seen
 * times and examples change with every batch and deliberately do not make a new version.
 */
export function structuralCatalog(catalog: Catalog): unknown {
  return {
    datasets: catalog.datasets.map((d) => ({ name: d.name, table: d.tableName })).sort(byKey('name')),
    entityTypes: catalog.entityTypes
      .map((e) => ({ id: e.id, name: e.name, status: e.status, aliasOf: e.aliasOf, description: e.description }))
      .sort(byKey('name')),
    fields: catalog.fields
      .map((f) => ({
        id: f.id,
        dataset: f.dataset,
        name: f.name,
        type: f.dataType,
        status: f.status,
        aliasOf: f.aliasOf,
        description: f.description,
      }))
      .sort((a, b) => `${a.dataset}.${a.name}`.localeCompare(`${b.dataset}.${b.name}`)),
    // Only when there are some: a catalog without relationships keeps the hash it had before
    // relationships existed, so upgrading a store writes no empty version.
    ...((catalog.relationships ?? []).length > 0 ? { relationships: structuralRelationships(catalog.relationships) } : {}),
  };
}

// Coverage and evidence move with every batch, like occurrence counts: not structure.
function structuralRelationships(relationships: RelationshipEntry[]): unknown[] {
  return relationships
    .map((r) => ({ id: r.id, from: r.from, to: r.to, cardinality: r.cardinality, toUnique: r.toUnique, status: r.status }))
    .sort((a, b) => a.id - b.id);
}

function byKey<T extends Record<string, unknown>>(key: keyof T) {
  return (a: T, b: T) => String(a[key]).localeCompare(String(b[key]));
}

/** JSON with object keys sorted at every level, so equal content always serialises equally. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

/** Content hash of a catalog's structure (sha256 of canonical JSON), as dlt does for schema versions. */
export function catalogContentHash(catalog: Catalog): string {
  return createHash('sha256').update(canonicalJson(structuralCatalog(catalog))).digest('hex');
}

// Widening along the type ladder keeps every existing query working.
const WIDENINGS: Record<string, string[]> = {
  BOOLEAN: ['BIGINT', 'DOUBLE', 'VARCHAR'],
  INTEGER: ['BIGINT', 'DOUBLE', 'VARCHAR'],
  BIGINT: ['DOUBLE', 'VARCHAR'],
  DOUBLE: ['VARCHAR'],
  DATE: ['TIMESTAMP', 'VARCHAR'],
  TIMESTAMP: ['VARCHAR'],
};

/** True when changing a column from `from` to `to` cannot break a reader of the old type. */
export function isWidening(from: string, to: string): boolean {
  return (WIDENINGS[from.toUpperCase()] ?? []).includes(to.toUpperCase());
}

/**
 * Every difference between two catalogs, each classified `additive` (existing queries keep
 * working) or `breaking` (something a query may use changed or went away).
 */
export function diffCatalogs(before: Catalog, after: Catalog): SchemaDiffEntry[] {
  const diff: SchemaDiffEntry[] = [];

  const beforeDatasets = new Map(before.datasets.map((d) => [d.name, d]));
  const afterDatasets = new Map(after.datasets.map((d) => [d.name, d]));
  for (const [name] of afterDatasets) {
    if (!beforeDatasets.has(name)) diff.push({ subject: 'dataset', change: 'added', name, impact: 'additive' });
  }
  for (const [name] of beforeDatasets) {
    if (!afterDatasets.has(name)) diff.push({ subject: 'dataset', change: 'removed', name, impact: 'breaking' });
  }

  const beforeEntities = new Map(before.entityTypes.map((e) => [e.id, e]));
  const afterEntities = new Map(after.entityTypes.map((e) => [e.id, e]));
  const entityName = (id: number | null) =>
    id === null ? null : (afterEntities.get(id)?.name ?? beforeEntities.get(id)?.name ?? String(id));
  for (const [id, now] of afterEntities) {
    const was = beforeEntities.get(id);
    if (!was) {
      diff.push({ subject: 'entity_type', change: 'added', name: now.name, to: now.status, impact: 'additive' });
      continue;
    }
    if (was.name !== now.name) {
      diff.push({ subject: 'entity_type', change: 'renamed', name: now.name, from: was.name, to: now.name, impact: 'breaking' });
    }
    if (was.status !== now.status) {
      if (now.status === 'merged') {
        diff.push({ subject: 'entity_type', change: 'merged', name: now.name, from: now.name, to: entityName(now.aliasOf), impact: 'breaking' });
      } else {
        const impact = now.status === 'deprecated' ? 'breaking' : 'additive';
        diff.push({ subject: 'entity_type', change: 'status_changed', name: now.name, from: was.status, to: now.status, impact });
      }
    }
    if ((was.description ?? null) !== (now.description ?? null)) {
      diff.push({ subject: 'entity_type', change: 'description_changed', name: now.name, from: was.description, to: now.description, impact: 'additive' });
    }
  }
  for (const [id, was] of beforeEntities) {
    if (!afterEntities.has(id)) diff.push({ subject: 'entity_type', change: 'removed', name: was.name, impact: 'breaking' });
  }

  const beforeFields = new Map(before.fields.map((f) => [f.id, f]));
  const afterFields = new Map(after.fields.map((f) => [f.id, f]));
  const fieldName = (f: { dataset: string; name: string }) => `${f.dataset}.${f.name}`;
  for (const [id, now] of afterFields) {
    const was = beforeFields.get(id);
    if (!was) {
      diff.push({ subject: 'field', change: 'added', name: fieldName(now), to: now.dataType, impact: 'additive' });
      continue;
    }
    if (was.name !== now.name) {
      diff.push({ subject: 'field', change: 'renamed', name: fieldName(now), from: was.name, to: now.name, impact: 'breaking' });
    }
    if (was.dataType !== now.dataType) {
      diff.push({
        subject: 'field',
        change: 'type_changed',
        name: fieldName(now),
        from: was.dataType,
        to: now.dataType,
        impact: isWidening(was.dataType, now.dataType) ? 'additive' : 'breaking',
      });
    }
    if (was.status !== now.status) {
      const impact = now.status === 'deprecated' || now.status === 'merged' ? 'breaking' : 'additive';
      diff.push({ subject: 'field', change: now.status === 'merged' ? 'merged' : 'status_changed', name: fieldName(now), from: was.status, to: now.status, impact });
    }
    if ((was.description ?? null) !== (now.description ?? null)) {
      diff.push({ subject: 'field', change: 'description_changed', name: fieldName(now), from: was.description, to: now.description, impact: 'additive' });
    }
  }
  for (const [id, was] of beforeFields) {
    if (!afterFields.has(id)) diff.push({ subject: 'field', change: 'removed', name: fieldName(was), impact: 'breaking' });
  }
  diff.push(...diffRelationships(before.relationships ?? [], after.relationships ?? []));
  return diff;
}

/**
 * Relationship changes. All additive: a relationship is advice about how tables join, and a
 * query's SQL keeps running whatever a reviewer decides about it.
 */
export function diffRelationships(before: RelationshipEntry[], after: RelationshipEntry[]): SchemaDiffEntry[] {
  const diff: SchemaDiffEntry[] = [];
  const was = new Map(before.map((r) => [r.id, r]));
  const now = new Map(after.map((r) => [r.id, r]));
  const entry = (r: RelationshipEntry, change: SchemaDiffEntry['change'], from?: string, to?: string): SchemaDiffEntry => ({
    subject: 'relationship',
    change,
    name: relationshipName(r),
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    impact: 'additive',
  });
  for (const [id, r] of now) {
    const old = was.get(id);
    if (!old) diff.push(entry(r, 'added', undefined, r.status));
    else {
      if (old.status !== r.status) diff.push(entry(r, 'status_changed', old.status, r.status));
      if (old.cardinality !== r.cardinality) diff.push(entry(r, 'type_changed', old.cardinality, r.cardinality));
    }
  }
  for (const [id, r] of was) if (!now.has(id)) diff.push(entry(r, 'removed'));
  return diff;
}
