import type { SinkSqlRunner } from '@living-schema/core';
import type { BatchIds } from './batch-condition.js';
import { batchColumnCounter, tableRowCounter, type BatchColumnStats, type KeyColumnStats, type KeyStatistics } from './relationship-key-stats.js';
import { measureBatchAgainst, measurePair, type KeyColumn, type PairMeasurement } from './relationship-measure.js';

/** What stage 3 reads with, and the thresholds that rule a pair out. */
export interface MeasureContext {
  runner: SinkSqlRunner;
  stats: KeyStatistics;
  /** Distinct values of `to` per non-null row a lookup key needs (RELATIONSHIP_THRESHOLDS.minToUniqueness). */
  minToUniqueness: number;
  /** The lowest coverage any pair is suggested at (RELATIONSHIP_THRESHOLDS.minCoverage). */
  minCoverage: number;
  /** The batches being discovered (one, or several of one dataset) and their dataset; absent on a full run. */
  batch?: { ids: BatchIds; dataset: string };
  /** The batch's key columns other tables' values may be looked up in (read together). */
  batchColumns?: KeyColumn[];
}

/** A run's context: `rows` counts each table once per run, `added` reads the batch's key columns once. */
type Context = MeasureContext & { rows: (table: string) => Promise<number>; added: (column: KeyColumn) => Promise<BatchColumnStats> };

/** Whether figures (exact, or with `distinct` an upper bound) rule `to` out as a key. */
const cannotBeKey = (stats: KeyColumnStats, min: number) => stats.nonNull === 0 || stats.distinct / stats.nonNull < min;

/**
 * Stage 3's reading of one candidate pair, the cheapest that gives the judge what it needs; null
 * when the pair cannot pass and no stored relationship needs its figures. `stored`: this pair is
 * a relationship already, or its reverse is (then this direction is never suggested).
 */
export async function measureCandidate(ctx: Context, from: KeyColumn, to: KeyColumn, stored: 'this' | 'reverse' | null): Promise<PairMeasurement | null> {
  if (stored === 'reverse') return null;
  const batch = ctx.batch;
  if (!batch) return measureWhole(ctx, from, to, null);
  if (from.dataset === batch.dataset) return measureFromBatch(ctx, from, to, batch.ids, stored === 'this');
  return measureIntoBatch(ctx, from, to, stored === 'this');
}

/** The run's context, with its row counter. */
export function measureContext(ctx: MeasureContext): Context {
  const added = ctx.batch ? batchColumnCounter(ctx.runner, ctx.batch.ids, ctx.batchColumns ?? []) : () => Promise.reject(new Error('no batch: a full run reads whole tables'));
  return { ...ctx, rows: tableRowCounter(ctx.runner), added };
}

/** Both sides read (only the batches' rows of `from` when `batches` is given); `to`'s figures kept, and the pair's when `from` was read whole. */
async function measureWhole(ctx: Context, from: KeyColumn, to: KeyColumn, batches: BatchIds | null): Promise<PairMeasurement> {
  const m = await measurePair(ctx.runner, from, to, batches);
  const toTableRows = await ctx.rows(to.table);
  ctx.stats.remember(to, { tableRows: toTableRows, nonNull: m.toRows, distinct: m.toDistinct, exact: true });
  if (batches === null) ctx.stats.rememberPair(from, to, { fromTableRows: await ctx.rows(from.table), toTableRows, fromDistinct: m.fromDistinct, found: m.found });
  return m;
}

/** The batches' values looked up in a table they did not touch: that table's figures are reused. */
async function measureFromBatch(ctx: Context, from: KeyColumn, to: KeyColumn, batches: BatchIds, stored: boolean): Promise<PairMeasurement | null> {
  const known = ctx.stats.current(to, await ctx.rows(to.table));
  if (!known) return measureWhole(ctx, from, to, batches);
  if (!stored && cannotBeKey(known, ctx.minToUniqueness)) return null;
  if (!known.exact) return measureWhole(ctx, from, to, batches);
  return measureBatchAgainst(ctx.runner, from, to, batches, { toDistinct: known.distinct, toRows: known.nonNull });
}

/**
 * Another table's values looked up in the batch's table. The batch can add at most its own
 * distinct values to that column: when even that bound leaves it short of a key, the pair is
 * not measured (and the bound is kept for the next batch).
 */
async function measureIntoBatch(ctx: Context, from: KeyColumn, to: KeyColumn, stored: boolean): Promise<PairMeasurement | null> {
  const tableRows = await ctx.rows(to.table);
  const now = ctx.stats.current(to, tableRows);
  if (now) return !stored && cannotBeKey(now, ctx.minToUniqueness) ? null : measureWhole(ctx, from, to, null);
  const before = ctx.stats.previous(to);
  if (!stored && before) {
    const added = await ctx.added(to);
    if (before.tableRows + added.rows === tableRows) {
      const bound = { tableRows, nonNull: before.nonNull + added.nonNull, distinct: before.distinct + added.distinct, exact: false };
      if (cannotBeKey(bound, ctx.minToUniqueness) || (await cannotCover(ctx, from, to, tableRows - added.rows, added.distinct))) {
        ctx.stats.remember(to, bound);
        return null;
      }
    }
  }
  return measureWhole(ctx, from, to, null);
}

/**
 * Whether `from` (unchanged since the pair was last measured, when `to` had `toRowsBefore` rows)
 * stays short of the coverage a pair needs even if every value the batch added to `to` is one
 * of `from`'s: found can grow by at most the batch's distinct values. The lowest bar of any
 * agreement (0.9) is the one used, so no pair this skips could have passed.
 */
async function cannotCover(ctx: Context, from: KeyColumn, to: KeyColumn, toRowsBefore: number, addedDistinct: number): Promise<boolean> {
  const last = ctx.stats.pair(from, to);
  if (!last || last.toTableRows !== toRowsBefore || last.fromTableRows !== (await ctx.rows(from.table)) || last.fromDistinct === 0) return false;
  const found = last.found + addedDistinct;
  // Kept as a bound for the next batch: `found` is now at most this.
  ctx.stats.rememberPair(from, to, { ...last, toTableRows: await ctx.rows(to.table), found: Math.min(found, last.fromDistinct) });
  return found / last.fromDistinct < ctx.minCoverage;
}
