import type { SinkSqlRunner } from '@living-schema/core';

/**
 * One statement's digest of every catalog column a schema version's content hash covers (see
 * `structuralCatalog` in core), and of nothing that moves with each batch (occurrence counts,
 * last-seen times, examples, coverage, evidence). It is a superset of the hash's input, never a
 * subset: when the fingerprint is unchanged the hash is too, so the catalog need not be read,
 * parsed and hashed again. A changed fingerprint proves nothing by itself; the caller then does
 * the full comparison. `json_array` keeps NULL apart from the empty string, and an empty table
 * still holds its place.
 */
const FINGERPRINT_SQL = `SELECT md5(concat_ws(chr(10),
  coalesce((SELECT string_agg(json_array(name, table_name)::VARCHAR, chr(30) ORDER BY name) FROM datasets), ''),
  coalesce((SELECT string_agg(json_array(id, name, status, alias_of, description)::VARCHAR, chr(30) ORDER BY id) FROM entity_types), ''),
  coalesce((SELECT string_agg(json_array(id, dataset, name, data_type, status, alias_of, description)::VARCHAR, chr(30) ORDER BY id) FROM field_definitions), ''),
  coalesce((SELECT string_agg(json_array(id, from_dataset, from_field, to_dataset, to_field, cardinality, to_unique, status)::VARCHAR, chr(30) ORDER BY id) FROM relationships), ''),
  coalesce((SELECT string_agg(json_array(version, content_hash)::VARCHAR, chr(30) ORDER BY version) FROM (SELECT version, content_hash FROM schema_snapshots ORDER BY version DESC LIMIT 1)), '')
)) AS fingerprint`;

/**
 * Remembers the fingerprint of the catalog as it stood when its latest version was known to
 * match it, so a batch that changed nothing structural costs one statement to version, not five
 * and a hash of the whole catalog. The head version is part of the fingerprint, so a version
 * written by anyone else (or a store reopened) is noticed. `settle` is called only after the
 * transaction that checked commits: a rolled-back check leaves the mark as it was.
 */
export class VersionedCatalogMark {
  private fingerprint: string | undefined;

  /** The catalog's fingerprint now (inside the caller's transaction). */
  async read(runner: SinkSqlRunner): Promise<string> {
    const [row] = await runner.all<{ fingerprint: string }>(FINGERPRINT_SQL);
    return String(row?.fingerprint ?? '');
  }

  /** True when `fingerprint` is the one a committed check found already versioned. */
  isVersioned(fingerprint: string): boolean {
    return this.fingerprint !== undefined && this.fingerprint === fingerprint;
  }

  /** The check committed: the catalog at `fingerprint` matches the latest version. */
  settle(fingerprint: string): void {
    this.fingerprint = fingerprint;
  }
}
