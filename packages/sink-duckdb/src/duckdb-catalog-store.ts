import {
  ErrorCodes,
  LivingSchemaError,
  catalogContentHash,
  diffCatalogs,
  emptyCatalog,
  faultPoint,
  type Catalog,
  type CatalogStoreV1,
  type RelationshipEntry,
  type SchemaChangeCause,
  type SchemaSnapshot,
  type SinkSqlRunner,
  type SinkWriter,
} from '@living-schema/core';
import { VersionedCatalogMark } from './duckdb-catalog-fingerprint.js';

interface SnapshotRow {
  version: number;
  content_hash: string;
  created_at: string;
  cause_kind: string;
  cause_reference: string | null;
  cause_note: string | null;
  diff: string;
  catalog: string;
}

const SNAPSHOT_COLUMNS = 'version, content_hash, created_at, cause_kind, cause_reference, cause_note, diff::VARCHAR AS diff, catalog::VARCHAR AS catalog';

/** Reads the catalog tables and writes `schema_snapshots` versions. */
export class DuckDbCatalogStore implements CatalogStoreV1 {
  /** The catalog as it stood when last found versioned: an unchanged batch costs one statement. */
  private readonly mark = new VersionedCatalogMark();

  constructor(
    private readonly reader: SinkSqlRunner,
    private readonly writer: SinkWriter,
  ) {}

  read(): Promise<Catalog> {
    return readCatalog(this.reader);
  }

  async current(): Promise<SchemaSnapshot> {
    const rows = await this.reader.all<SnapshotRow>(`SELECT ${SNAPSHOT_COLUMNS} FROM schema_snapshots ORDER BY version DESC LIMIT 1`);
    if (!rows[0]) throw notMigrated();
    return toSnapshot(rows[0]);
  }

  async currentVersion(): Promise<number> {
    const [row] = await this.reader.all<{ version: number | null }>(`SELECT max(version) AS version FROM schema_snapshots`);
    if (row?.version == null) throw notMigrated();
    return Number(row.version);
  }

  async snapshot(at: number | Date): Promise<SchemaSnapshot | null> {
    const rows =
      typeof at === 'number'
        ? await this.reader.all<SnapshotRow>(`SELECT ${SNAPSHOT_COLUMNS} FROM schema_snapshots WHERE version = $1`, [at])
        : await this.reader.all<SnapshotRow>(
            // Compared at millisecond precision: an ISO time the system printed (ms) includes the version created then.
            `SELECT ${SNAPSHOT_COLUMNS} FROM schema_snapshots WHERE date_trunc('millisecond', created_at) <= $1::TIMESTAMPTZ ORDER BY version DESC LIMIT 1`,
            [at.toISOString()],
          );
    return rows[0] ? toSnapshot(rows[0]) : null;
  }

  async versions() {
    const rows = await this.reader.all<SnapshotRow & { changes: number }>(
      `SELECT version, content_hash, created_at, cause_kind, cause_reference, cause_note, json_array_length(diff) AS changes FROM schema_snapshots ORDER BY version`,
    );
    return rows.map((row) => ({
      version: row.version,
      contentHash: row.content_hash,
      createdAt: row.created_at,
      cause: { kind: row.cause_kind as SchemaChangeCause['kind'], reference: row.cause_reference, note: row.cause_note },
      changes: Number(row.changes ?? 0),
    }));
  }

  async commitVersion(cause: SchemaChangeCause): Promise<SchemaSnapshot | null> {
    let checked = '';
    const snapshot = await this.writer.transaction(async (tx) => {
      // The fingerprint first: most batches change nothing structural, and then the catalog is
      // neither read nor hashed (duckdb-catalog-fingerprint.ts).
      checked = await this.mark.read(tx);
      if (this.mark.isVersioned(checked)) return null;
      const written = await writeVersionIfChanged(tx, cause);
      // A new version is a new head: the catalog as it is now matches it.
      if (written) checked = await this.mark.read(tx);
      return written;
    });
    this.mark.settle(checked);
    return snapshot;
  }
}

/** Version n+1 from the catalog as it stands, unless its content hash is version n's. */
async function writeVersionIfChanged(tx: SinkSqlRunner, cause: SchemaChangeCause): Promise<SchemaSnapshot | null> {
  const [head] = await tx.all<{ version: number; content_hash: string }>(`SELECT version, content_hash FROM schema_snapshots ORDER BY version DESC LIMIT 1`);
  const catalog = await readCatalog(tx);
  const contentHash = catalogContentHash(catalog);
  if (head && head.content_hash === contentHash) return null;
  const latestRows = head ? await tx.all<SnapshotRow>(`SELECT ${SNAPSHOT_COLUMNS} FROM schema_snapshots WHERE version = $1`, [head.version]) : [];
  const latest = latestRows[0] ? toSnapshot(latestRows[0]) : null;
  const version = (latest?.version ?? 0) + 1;
  faultPoint('catalog.before-snapshot');
  const diff = diffCatalogs(latest?.catalog ?? emptyCatalog(), catalog);
  await tx.run(
    `INSERT INTO schema_snapshots VALUES ($1, $2, now(), $3, $4, $5, $6::JSON, $7::JSON)`,
    [version, contentHash, cause.kind, cause.reference ?? null, cause.note ?? null, JSON.stringify(diff), JSON.stringify(catalog)],
  );
  const created = await tx.all<SnapshotRow>(`SELECT ${SNAPSHOT_COLUMNS} FROM schema_snapshots WHERE version = $1`, [version]);
  return toSnapshot(created[0]!);
}

/** The store has no schema version at all: its migrations never ran. */
function notMigrated(): LivingSchemaError {
  return new LivingSchemaError({ code: ErrorCodes.MIGRATION_FAILED, message: 'schema_snapshots is empty: the database was not migrated.' });
}

function toSnapshot(row: SnapshotRow): SchemaSnapshot {
  return {
    version: row.version,
    contentHash: row.content_hash,
    createdAt: row.created_at,
    cause: { kind: row.cause_kind as SchemaChangeCause['kind'], reference: row.cause_reference, note: row.cause_note },
    diff: JSON.parse(row.diff),
    catalog: withRelationships(JSON.parse(row.catalog) as Catalog),
  };
}

// Snapshots written before relationships existed carry none; readers always get the list.
function withRelationships(catalog: Catalog): Catalog {
  return { ...catalog, relationships: catalog.relationships ?? [] };
}

/** The catalog as the tables hold it now (within the runner's transaction, if any). */
export async function readCatalog(runner: SinkSqlRunner): Promise<Catalog> {
  const [entityTypes, fields, datasets, relationships] = await Promise.all([
    runner.all<Record<string, unknown>>(
      `SELECT id, name, normalized_name, original_name, description, status, alias_of, occurrence_count, first_seen, last_seen, examples FROM entity_types ORDER BY id`,
    ),
    runner.all<Record<string, unknown>>(
      `SELECT id, dataset, name, normalized_name, original_name, data_type, description, status, alias_of, occurrence_count, first_seen, last_seen, examples FROM field_definitions ORDER BY id`,
    ),
    runner.all<Record<string, unknown>>(`SELECT name, table_name, source, created_at FROM datasets ORDER BY name`),
    readRelationships(runner),
  ]);
  return {
    entityTypes: entityTypes.map((e) => ({
      id: Number(e.id),
      name: String(e.name),
      normalizedName: String(e.normalized_name),
      originalName: String(e.original_name),
      description: (e.description as string | null) ?? null,
      status: e.status as Catalog['entityTypes'][number]['status'],
      aliasOf: e.alias_of === null ? null : Number(e.alias_of),
      occurrenceCount: Number(e.occurrence_count),
      firstSeen: (e.first_seen as string | null) ?? null,
      lastSeen: (e.last_seen as string | null) ?? null,
      examples: (e.examples as string[]) ?? [],
    })),
    fields: fields.map((f) => ({
      id: Number(f.id),
      dataset: String(f.dataset),
      name: String(f.name),
      normalizedName: String(f.normalized_name),
      originalName: String(f.original_name),
      dataType: String(f.data_type),
      description: (f.description as string | null) ?? null,
      status: f.status as Catalog['fields'][number]['status'],
      aliasOf: f.alias_of === null ? null : Number(f.alias_of),
      occurrenceCount: Number(f.occurrence_count),
      firstSeen: (f.first_seen as string | null) ?? null,
      lastSeen: (f.last_seen as string | null) ?? null,
      examples: (f.examples as string[]) ?? [],
    })),
    datasets: datasets.map((d) => ({
      name: String(d.name),
      tableName: String(d.table_name),
      source: String(d.source ?? ''),
      createdAt: String(d.created_at),
    })),
    relationships,
  };
}

/** The `relationships` table as catalog entries, oldest first. */
export async function readRelationships(runner: SinkSqlRunner): Promise<RelationshipEntry[]> {
  const rows = await runner.all<Record<string, unknown>>(
    `SELECT id, from_dataset, from_field, to_dataset, to_field, cardinality, coverage, to_unique, status, evidence, first_seen
     FROM relationships ORDER BY id`,
  );
  return rows.map((r) => ({
    id: Number(r.id),
    from: { dataset: String(r.from_dataset), field: String(r.from_field) },
    to: { dataset: String(r.to_dataset), field: String(r.to_field) },
    cardinality: r.cardinality as RelationshipEntry['cardinality'],
    coverage: Number(r.coverage),
    toUnique: Boolean(r.to_unique),
    status: r.status as RelationshipEntry['status'],
    evidence: (r.evidence as string[] | null) ?? [],
    firstSeen: (r.first_seen as string | null) ?? null,
  }));
}
