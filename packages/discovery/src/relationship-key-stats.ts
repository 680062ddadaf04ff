import { quoteIdentifier, type SinkSqlRunner } from '@living-schema/core';
import { batchCondition, type BatchIds } from './batch-condition.js';
import type { KeyColumn } from './relationship-measure.js';

/**
 * What one key column's whole table held when it was last measured: its rows, and the column's
 * non-null rows and distinct values (`exact: false` when `distinct` is only an upper bound).
 */
export interface KeyColumnStats {
  tableRows: number;
  nonNull: number;
  distinct: number;
  exact: boolean;
}

/**
 * What a pair's last full measurement found: the rows of both tables then, `from`'s distinct
 * values and how many of them `to` held (at most that many, once batches were bounded).
 */
export interface PairStats {
  fromTableRows: number;
  toTableRows: number;
  fromDistinct: number;
  found: number;
}

const keyOf = (column: KeyColumn) => `${column.table}\u0000${column.field}`;
const pairOf = (from: KeyColumn, to: KeyColumn) => `${keyOf(from)}\u0001${keyOf(to)}`;

/**
 * Per-column key statistics kept between batches, so a batch measures its own rows and not the
 * whole of a table it did not touch. Datasets only grow (a batch appends rows), so a table whose
 * row count is what it was still holds the figures measured then; any other count means they
 * are measured again. Figures learned inside a discovery transaction are pending until the
 * caller says it committed: a rolled-back batch leaves nothing behind.
 */
export class KeyStatistics {
  private readonly known = new Map<string, KeyColumnStats>();
  private readonly pending = new Map<string, KeyColumnStats>();
  private readonly knownPairs = new Map<string, PairStats>();
  private readonly pendingPairs = new Map<string, PairStats>();

  /** The figures of `column` if its table still has `tableRows` rows. */
  current(column: KeyColumn, tableRows: number): KeyColumnStats | undefined {
    const stats = this.pending.get(keyOf(column)) ?? this.known.get(keyOf(column));
    return stats?.tableRows === tableRows ? stats : undefined;
  }

  /** The latest figures of `column`, whatever its table's size now (the caller checks the rows). */
  previous(column: KeyColumn): KeyColumnStats | undefined {
    return this.pending.get(keyOf(column)) ?? this.known.get(keyOf(column));
  }

  remember(column: KeyColumn, stats: KeyColumnStats): void {
    this.pending.set(keyOf(column), stats);
  }

  /** The pair's last figures, whatever the tables' sizes now. */
  pair(from: KeyColumn, to: KeyColumn): PairStats | undefined {
    return this.pendingPairs.get(pairOf(from, to)) ?? this.knownPairs.get(pairOf(from, to));
  }

  rememberPair(from: KeyColumn, to: KeyColumn, stats: PairStats): void {
    this.pendingPairs.set(pairOf(from, to), stats);
  }

  /** The transaction committed: what it learned holds. */
  commit(): void {
    for (const [key, stats] of this.pending) this.known.set(key, stats);
    for (const [key, stats] of this.pendingPairs) this.knownPairs.set(key, stats);
    this.discard();
  }

  /** The transaction rolled back: what it learned is forgotten. */
  discard(): void {
    this.pending.clear();
    this.pendingPairs.clear();
  }
}

/** Rows of each table, counted once per run. */
export function tableRowCounter(runner: SinkSqlRunner): (table: string) => Promise<number> {
  const counted = new Map<string, Promise<number>>();
  return (table) => {
    if (!counted.has(table)) {
      counted.set(table, runner.all<{ n: number | bigint }>(`SELECT count(*) AS n FROM ${quoteIdentifier(table)}`).then(([row]) => Number(row?.n ?? 0)));
    }
    return counted.get(table)!;
  };
}

/** One batch's rows of a column (or several batches'): all of them, the non-null ones, and their distinct values. */
export interface BatchColumnStats {
  rows: number;
  nonNull: number;
  distinct: number;
}

/**
 * One batch's figures (or several batches' together) for key columns of its table, read in one
 * statement the first time any of
 * `columns` is asked for (a batch is measured against several tables; each pair used to cost a
 * statement of its own). A column not in `columns` is read alone.
 */
export function batchColumnCounter(runner: SinkSqlRunner, batches: BatchIds, columns: KeyColumn[]): (column: KeyColumn) => Promise<BatchColumnStats> {
  const read = new Map<string, Promise<Map<string, BatchColumnStats>>>();
  return async (column) => {
    const listed = columns.some((c) => c.table === column.table && c.field === column.field);
    const key = listed ? column.table : `${column.table}\u0000${column.field}`;
    if (!read.has(key)) read.set(key, batchColumnStats(runner, listed ? columns.filter((c) => c.table === column.table) : [column], batches));
    return (await read.get(key)!).get(column.field)!;
  };
}

async function batchColumnStats(runner: SinkSqlRunner, columns: KeyColumn[], batches: BatchIds): Promise<Map<string, BatchColumnStats>> {
  const figures = columns.map((c, i) => `count(${quoteIdentifier(c.field)}) AS non_null_${i}, count(DISTINCT ${quoteIdentifier(c.field)}) AS distinct_${i}`);
  const inBatches = batchCondition(batches);
  const [row] = await runner.all<Record<string, unknown>>(
    `SELECT count(*) AS n, ${figures.join(', ')} FROM ${quoteIdentifier(columns[0]!.table)} WHERE ${inBatches.sql}`,
    inBatches.params,
  );
  const rows = Number(row?.n ?? 0);
  return new Map(columns.map((c, i) => [c.field, { rows, nonNull: Number(row?.[`non_null_${i}`] ?? 0), distinct: Number(row?.[`distinct_${i}`] ?? 0) }]));
}
