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

/** One end of a relationship: a field of a record dataset. */
export interface RelationshipEnd {
  dataset: string;
  field: string;
}

/** How a reviewer has judged a relationship; a rejected one is never suggested again. */
export type RelationshipStatus = 'suggested' | 'confirmed' | 'rejected';

/**
 * A join key between two datasets: every value of `from` (a fact table's column) names a row of
 * `to` (a lookup table's key). Found by discovery from the data, reviewed by a person.
 */
export interface RelationshipEntry {
  /** Stable id, never reused. */
  id: number;
  from: RelationshipEnd;
  to: RelationshipEnd;
  /** `one-to-one` when `from`'s values are unique too. */
  cardinality: 'many-to-one' | 'one-to-one';
  /** Share of `from`'s distinct non-null values found in `to`, 0..1. */
  coverage: number;
  /** True when `to`'s values are unique (it is a key). */
  toUnique: boolean;
  status: RelationshipStatus;
  /** Why it was suggested: `inclusion 0.99`, `name: branch_code ~ branches.code`, `type agrees`. */
  evidence: string[];
  firstSeen: string | null;
}

/** The whole catalog at one moment. */
export interface Catalog {
  entityTypes: EntityTypeEntry[];
  fields: FieldEntry[];
  datasets: DatasetEntry[];
  /** Join keys between datasets (snapshots written before relationships existed have none). */
  relationships: RelationshipEntry[];
}

export const emptyCatalog = (): Catalog => ({ entityTypes: [], fields: [], datasets: [], relationships: [] });

/** `loans.isbn -> books.isbn`: how a relationship is named in diffs, the CLI and the UI. */
export const relationshipName = (r: Pick<RelationshipEntry, 'from' | 'to'>): string =>
  `${r.from.dataset}.${r.from.field} -> ${r.to.dataset}.${r.to.field}`;

/** Whether a change can break an existing query (OpenMetadata's major/minor split). */
export type ChangeImpact = 'additive' | 'breaking';

export interface SchemaDiffEntry {
  subject: 'entity_type' | 'field' | 'dataset' | 'relationship';
  change: 'added' | 'removed' | 'type_changed' | 'status_changed' | 'description_changed' | 'merged' | 'renamed';
  /** Entity type name, `dataset.field`, dataset name, or `from.dataset.field -> to.dataset.field`. */
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
