/**
 * A check on the answer: a count or an average grouped by a field no two rows share (the table's
 * own key, `walk_id` of walks) has one row in every group, so every count is 1 and every average
 * is that row's value. No question asks for that; it shows a word read as the wrong field ("by
 * walker id" as `walk_id`, "for each installer" as `install_no`). Refused, naming the field.
 */
import { quoteIdentifier } from '@living-schema/core';
import type { OfflineAnswer } from '../offline-sql.js';
import type { SchemaTable } from '../schema-context.js';
import { withoutJoinedScope } from './join-scope.js';

/** Fewer rows than this and a field's values being all different says little (a small lookup). */
const FEW_ROWS = 50;

export function refuseOneRowGroups(answer: { sql: string }, read?: SchemaTable): OfflineAnswer | null {
  if (!read?.rows || read.rows < FEW_ROWS) return null;
  const body = withoutJoinedScope(answer.sql);
  if (!/\b(count|avg)\(/i.test(body) || /\b(sum|max|min)\(/i.test(body)) return null;
  const grouped = / GROUP BY (".*?")(?: |$)/.exec(body)?.[1];
  const column = grouped ? read.columns.find((c) => quoteIdentifier(c.name) === grouped) : undefined;
  if (!column || column.distinct === undefined || column.distinct < read.rows) return null;
  return {
    refusal: `Every ${read.dataset ?? read.name} row has its own ${column.name}, so grouping by it gives groups of one row; name the field to group by.`,
    notUnderstood: [column.name],
  };
}
