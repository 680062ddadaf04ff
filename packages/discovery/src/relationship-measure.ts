import { quoteIdentifier, type SinkSqlRunner } from '@living-schema/core';
import { batchCondition, type BatchIds } from './batch-condition.js';

/** A column that can hold a join key: an integer or text field of a record dataset. */
export interface KeyColumn {
  dataset: string;
  table: string;
  field: string;
  dataType: string;
  family: 'integer' | 'text';
}

/** What the data says about `from` referencing `to`. */
export interface PairMeasurement {
  /** Distinct non-null values of `from` in the measured rows. */
  fromDistinct: number;
  /** Non-null rows of `from` measured. */
  fromRows: number;
  /** Of `fromDistinct`, how many `to` holds. */
  found: number;
  toDistinct: number;
  toRows: number;
}

/** The type family a catalog type joins within; null for types that are no key (dates, decimals). */
export function keyFamilyOf(dataType: string): KeyColumn['family'] | null {
  if (/^(U?(TINY|SMALL|BIG|HUGE)?INT(EGER)?\d*)$/i.test(dataType)) return 'integer';
  if (/^(VARCHAR|TEXT|STRING)$/i.test(dataType)) return 'text';
  return null;
}

/**
 * Inclusion of one batch's values of `from` (or several batches') in `to`, with `to`'s own
 * figures already known (its table did not change): the batch's rows are read, `to` only to look
 * its values up.
 */
export async function measureBatchAgainst(runner: SinkSqlRunner, from: KeyColumn, to: KeyColumn, batches: BatchIds, toFigures: { toDistinct: number; toRows: number }): Promise<PairMeasurement> {
  const fromColumn = quoteIdentifier(from.field);
  const inBatches = batchCondition(batches);
  const sql = `WITH f AS (SELECT ${fromColumn} AS v, count(*) AS n FROM ${quoteIdentifier(from.table)}
                          WHERE ${fromColumn} IS NOT NULL AND ${inBatches.sql} GROUP BY 1)
               SELECT (SELECT count(*) FROM f) AS from_distinct,
                      (SELECT coalesce(sum(n), 0) FROM f) AS from_rows,
                      (SELECT count(*) FROM f WHERE f.v IN (SELECT ${quoteIdentifier(to.field)} FROM ${quoteIdentifier(to.table)})) AS found`;
  const [row] = await runner.all<Record<string, unknown>>(sql, inBatches.params);
  return { fromDistinct: Number(row?.from_distinct ?? 0), fromRows: Number(row?.from_rows ?? 0), found: Number(row?.found ?? 0), ...toFigures };
}

/**
 * Measures inclusion and uniqueness of one pair in one query. `batches` limits `from` to those
 * batches' rows (the incremental case: cost follows the batches, not the table); `to` is always
 * read whole, since a key is a key only over its whole table.
 */
export async function measurePair(runner: SinkSqlRunner, from: KeyColumn, to: KeyColumn, batches: BatchIds | null): Promise<PairMeasurement> {
  const fromColumn = quoteIdentifier(from.field);
  const toColumn = quoteIdentifier(to.field);
  const inBatches = batches === null ? null : batchCondition(batches);
  const batchFilter = inBatches ? ` AND ${inBatches.sql}` : '';
  const sql = `WITH f AS (SELECT ${fromColumn} AS v, count(*) AS n FROM ${quoteIdentifier(from.table)}
                          WHERE ${fromColumn} IS NOT NULL${batchFilter} GROUP BY 1),
                    t AS (SELECT ${toColumn} AS v, count(*) AS n FROM ${quoteIdentifier(to.table)}
                          WHERE ${toColumn} IS NOT NULL GROUP BY 1)
               SELECT (SELECT count(*) FROM f) AS from_distinct,
                      (SELECT coalesce(sum(n), 0) FROM f) AS from_rows,
                      (SELECT count(*) FROM f SEMI JOIN t ON f.v = t.v) AS found,
                      (SELECT count(*) FROM t) AS to_distinct,
                      (SELECT coalesce(sum(n), 0) FROM t) AS to_rows`;
  const [row] = await runner.all<Record<string, unknown>>(sql, inBatches?.params ?? []);
  return {
    fromDistinct: Number(row?.from_distinct ?? 0),
    fromRows: Number(row?.from_rows ?? 0),
    found: Number(row?.found ?? 0),
    toDistinct: Number(row?.to_distinct ?? 0),
    toRows: Number(row?.to_rows ?? 0),
  };
}
