/** Lifecycle of a catalog entry. */
export type CatalogStatus = 'active' | 'pending_review' | 'merged' | 'deprecated';

/** An entity type: a label found in annotations (e.g. `VESSEL_NAME`). */
export interface EntityTypeEntry {
  /** Stable id, never reused. */
  id: number;
  name: string;
  normalizedName: string;
  originalName: string;
  description: string | null;
  status: CatalogStatus;
  /** When merged: the id of the canonical entity type this one is an alias of. */
  aliasOf: number | null;
  occurrenceCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  examples: string[];
}

/** A field: a column of a record dataset. */
export interface FieldEntry {
  id: number;
  dataset: string;
  name: string;
  normalizedName: string;
  originalName: string;
  dataType: string;
  description: string | null;
  status: CatalogStatus;
  aliasOf: number | null;
  occurrenceCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  examples: string[];
}

/** A record dataset and the table that holds it. */
export interface DatasetEntry {
  name: string;
  tableName: string;
  source: string;
  createdAt: string;
}

/** The whole catalog at one moment. */
export interface Catalog {
  entityTypes: EntityTypeEntry[];
  fields: FieldEntry[];
  datasets: DatasetEntry[];
}

export const emptyCatalog = (): Catalog => ({ entityTypes: [], fields: [], datasets: [] });

/** Whether a change can break an existing query (OpenMetadata's major/minor split). */
export type ChangeImpact = 'additive' | 'breaking';

export interface SchemaDiffEntry {
  subject: 'entity_type' | 'field' | 'dataset';
  change: 'added' | 'removed' | 'type_changed' | 'status_changed' | 'description_changed' | 'merged' | 'renamed';
  /** Entity type name, `dataset.field`, or dataset name. */
  name: string;
  from?: string | null;
  to?: string | null;
  impact: ChangeImpact;
}

/** Why a schema version was written. */
export interface SchemaChangeCause {
  kind: 'initial' | 'batch' | 'discovery' | 'resolution' | 'manual' | 'reconciliation';
  /** The batch id, conflict id or free text behind the change. */
  reference?: string | null;
  note?: string | null;
}

export interface SchemaSnapshot {
  version: number;
  contentHash: string;
  createdAt: string;
  cause: SchemaChangeCause;
  diff: SchemaDiffEntry[];
  catalog: Catalog;
}
