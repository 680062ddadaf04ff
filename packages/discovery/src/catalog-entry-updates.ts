import type { SinkSqlRunner } from '@living-schema/core';

/** What a discovery run saw again of an entry already in the catalog. */
export interface SeenAgain {
  id: number;
  /** Occurrences this run counted: the new total in a full run, the change in an incremental one. */
  occurrenceCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  examples: string[];
  /** A field's type when the data changed it; null keeps the catalog's. */
  dataType: string | null;
}

const SEEN_SHAPE = JSON.stringify({ id: 'BIGINT', occurrenceCount: 'BIGINT', firstSeen: 'TIMESTAMPTZ', lastSeen: 'TIMESTAMPTZ', examples: 'VARCHAR[]', dataType: 'VARCHAR' });

/**
 * Updates every entry a run saw again in one statement (a wide dataset's batch otherwise pays
 * one UPDATE per column). A full run sets counts and first/last seen; an incremental run adds
 * its counts (never below zero) and widens the seen range.
 */
export async function updateSeenAgain(tx: SinkSqlRunner, table: 'entity_types' | 'field_definitions', mode: 'full' | 'incremental', seen: ReadonlyArray<SeenAgain>): Promise<void> {
  if (seen.length === 0) return;
  const assignments =
    mode === 'full'
      ? `occurrence_count = s.occurrenceCount, first_seen = s.firstSeen, last_seen = s.lastSeen`
      : `occurrence_count = greatest(t.occurrence_count + s.occurrenceCount, 0),
         first_seen = least(coalesce(t.first_seen, s.firstSeen), coalesce(s.firstSeen, t.first_seen)),
         last_seen = greatest(coalesce(t.last_seen, s.lastSeen), coalesce(s.lastSeen, t.last_seen))`;
  const retype = table === 'field_definitions' ? ', data_type = coalesce(s.dataType, t.data_type)' : '';
  await tx.run(
    `UPDATE ${table} AS t SET ${assignments}, examples = s.examples${retype}, updated_at = now()
     FROM (SELECT unnest(from_json($1::JSON, '[${SEEN_SHAPE}]'), recursive := true)) AS s
     WHERE t.id = s.id`,
    [JSON.stringify(seen)],
  );
}
