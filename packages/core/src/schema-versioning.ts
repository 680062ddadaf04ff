import { createHash } from 'node:crypto';
import type { Catalog, SchemaDiffEntry } from './catalog.js';

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
  };
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
  return diff;
}
