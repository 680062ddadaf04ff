import type { SinkSqlRunner } from '@living-schema/core';

/** One row of `entity_conflicts`: a new name that looks like an existing one, waiting for (or after) a decision. */
export interface ConflictRecord {
  id: number;
  subject: 'entity_type' | 'field';
  /** Dataset of a field conflict; null for entity types. */
  dataset: string | null;
  candidateName: string;
  existingName: string;
  candidateId: number | null;
  existingId: number | null;
  similarity: number;
  reason: string;
  status: 'pending' | 'resolved';
  /** `merge`, `keep_separate`, `rename`, or `superseded` (another conflict of the same name was resolved as a merge). */
  resolution: string | null;
  resolvedName: string | null;
  detectedAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
}

const COLUMNS = `id, subject, dataset, candidate_name, existing_name, candidate_id, existing_id, similarity, reason, status, resolution, resolved_name, detected_at, resolved_at, resolved_by`;

export function toConflictRecord(row: Record<string, unknown>): ConflictRecord {
  return {
    id: Number(row.id),
    subject: row.subject as ConflictRecord['subject'],
    dataset: (row.dataset as string | null) ?? null,
    candidateName: String(row.candidate_name),
    existingName: String(row.existing_name),
    candidateId: row.candidate_id === null || row.candidate_id === undefined ? null : Number(row.candidate_id),
    existingId: row.existing_id === null || row.existing_id === undefined ? null : Number(row.existing_id),
    similarity: Number(row.similarity),
    reason: String(row.reason),
    status: row.status as ConflictRecord['status'],
    resolution: (row.resolution as string | null) ?? null,
    resolvedName: (row.resolved_name as string | null) ?? null,
    detectedAt: String(row.detected_at),
    resolvedAt: (row.resolved_at as string | null) ?? null,
    resolvedBy: (row.resolved_by as string | null) ?? null,
  };
}

/**
 * Conflicts from `entity_conflicts`, oldest first. Works on any runner, so read-only tools (the
 * CLI's `conflicts`, a dashboard) can list them without the discovery plugin.
 *
 * @param options.status `pending` (default), `resolved` or `all`
 */
export async function listConflicts(runner: SinkSqlRunner, options: { status?: 'pending' | 'resolved' | 'all' } = {}): Promise<ConflictRecord[]> {
  const status = options.status ?? 'pending';
  const rows = await runner.all<Record<string, unknown>>(
    `SELECT ${COLUMNS} FROM entity_conflicts ${status === 'all' ? '' : 'WHERE status = $1'} ORDER BY id`,
    status === 'all' ? [] : [status],
  );
  return rows.map(toConflictRecord);
}

/** One conflict by id, or null. */
export async function getConflict(runner: SinkSqlRunner, id: number): Promise<ConflictRecord | null> {
  const rows = await runner.all<Record<string, unknown>>(`SELECT ${COLUMNS} FROM entity_conflicts WHERE id = $1`, [id]);
  return rows[0] ? toConflictRecord(rows[0]) : null;
}
