import { ErrorCodes, LivingSchemaError, type RelationshipEntry, type SinkSqlRunner } from '@living-schema/core';

/** What a reviewer decides about a suggested relationship. */
export type RelationshipDecision = 'confirm' | 'reject';

const STATUS_OF: Record<RelationshipDecision, RelationshipEntry['status']> = { confirm: 'confirmed', reject: 'rejected' };

export interface RelationshipReview {
  id: number;
  status: RelationshipEntry['status'];
  /** False when the relationship already had the decided status (nothing was written). */
  changed: boolean;
}

/**
 * Applies a reviewer's decision in the caller's transaction. A reviewer may change their mind
 * (a rejected relationship can be confirmed later); a rejected one is never suggested again by
 * discovery, which leaves rejected rows alone.
 */
export async function reviewRelationship(
  runner: SinkSqlRunner,
  id: number,
  decision: RelationshipDecision,
  by: string | null,
): Promise<RelationshipReview> {
  const status = STATUS_OF[decision];
  if (!status) {
    throw new LivingSchemaError({
      code: ErrorCodes.RELATIONSHIP_REVIEW_INVALID,
      message: `Relationship ${id}: the decision must be "confirm" or "reject", not ${JSON.stringify(decision)}.`,
      details: { relationshipId: id, decision },
    });
  }
  const [before] = await runner.all<{ status: string }>(`SELECT status FROM relationships WHERE id = $1`, [id]);
  if (!before) {
    throw new LivingSchemaError({
      code: ErrorCodes.NOT_FOUND,
      message: `Relationship ${id} does not exist. List relationships with \`living-schema relationships\`.`,
      details: { relationshipId: id },
    });
  }
  if (before.status === status) return { id, status, changed: false };
  await runner.run(`UPDATE relationships SET status = $2, reviewed_at = now(), reviewed_by = $3, updated_at = now() WHERE id = $1`, [id, status, by]);
  return { id, status, changed: true };
}
