import { ErrorCodes, LivingSchemaError, type SinkSqlRunner } from '@living-schema/core';

/** How much of the query log is kept (`QueryLayerOptions.queryLog`). */
export interface QueryLogRetentionOptions {
  /** Entries kept at most, the newest; default 100,000. */
  maxEntries?: number;
  /** Days an entry is kept at most; default 90. */
  maxAgeDays?: number;
  /**
   * Characters of a refused statement stored at most (the rest is cut, and the entry says how
   * long it was); default 2,000. A refused statement never ran, so its text is only evidence.
   */
  maxRefusedStatementChars?: number;
}

export type QueryLogRetention = Required<QueryLogRetentionOptions>;

/** The log is pruned on the first write and then once every this many writes. */
export const QUERY_LOG_PRUNE_EVERY = 100;

const DEFAULTS: QueryLogRetention = { maxEntries: 100_000, maxAgeDays: 90, maxRefusedStatementChars: 2_000 };

/** The retention with its defaults; a value that is not a whole number of at least 1 fails, naming it. */
export function resolveQueryLogRetention(options: QueryLogRetentionOptions = {}): QueryLogRetention {
  const resolved = { ...DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
  for (const [name, value] of Object.entries(resolved)) {
    if (!Number.isInteger(value) || value < 1) {
      throw new LivingSchemaError({
        code: ErrorCodes.CONFIG_INVALID,
        message: `option \`queryLog.${name}\` must be a whole number of at least 1; it is ${JSON.stringify(value)}.`,
        details: { option: `queryLog.${name}` },
      });
    }
  }
  return resolved as QueryLogRetention;
}

/** A refused statement as stored: cut to the limit, saying how long it was. */
export function storedStatement(sql: string, refused: boolean, retention: QueryLogRetention): string {
  if (!refused || sql.length <= retention.maxRefusedStatementChars) return sql;
  return `${sql.slice(0, retention.maxRefusedStatementChars)} /* cut: ${sql.length} characters */`;
}

/**
 * Deletes entries past the age and beyond the newest `maxEntries`. Entries that feedback points
 * at stay, so a marked answer keeps its question.
 */
export async function pruneQueryLog(runner: SinkSqlRunner, retention: QueryLogRetention): Promise<void> {
  await runner.run(
    `DELETE FROM query_executions
     WHERE (started_at < now() - to_days(CAST($1 AS INTEGER))
            OR execution_id IN (SELECT execution_id FROM query_executions
                                ORDER BY started_at DESC, execution_id OFFSET CAST($2 AS BIGINT)))
       AND execution_id NOT IN (SELECT execution_id FROM answer_feedback WHERE execution_id IS NOT NULL)
       AND execution_id NOT IN (SELECT correction_execution_id FROM answer_feedback
                                WHERE correction_execution_id IS NOT NULL)`,
    [retention.maxAgeDays, retention.maxEntries],
  );
}
