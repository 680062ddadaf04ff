import { sha256 } from '@living-schema/core';

/** A value in canonical form: numbers rounded to 9 significant places, -0 as 0, objects with sorted keys. */
export function canonicalValue(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return String(value);
    const rounded = Number(value.toPrecision(12));
    return Object.is(rounded, -0) ? 0 : rounded;
  }
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(canonicalValue);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.keys(value as object).sort().map((k) => [k, canonicalValue((value as Record<string, unknown>)[k])]));
  }
  return value;
}

export function canonicalRow(row: ReadonlyArray<unknown>): string {
  return JSON.stringify(row.map(canonicalValue));
}

/**
 * Order-independent hash of a result: the multiset of its rows (each in canonical JSON), sorted,
 * then hashed with the column count. Column names are left out, so renaming a column in the SQL
 * does not count as a change of answer.
 */
export function resultHash(rows: ReadonlyArray<ReadonlyArray<unknown>>, columnCount: number): string {
  const lines = rows.map(canonicalRow).sort();
  return sha256(`${columnCount}\n${lines.join('\n')}`);
}

export interface RowChange {
  key: unknown[];
  before: unknown[];
  after: unknown[];
}

export interface ResultDiff {
  /** Columns that identify a row; empty when rows are compared whole. */
  keyColumns: string[];
  columns: string[];
  added: unknown[][];
  removed: unknown[][];
  changed: RowChange[];
}

/**
 * Row-level diff of two results. With key columns, rows with the same key and different values
 * are `changed`; without, a row is either added or removed (multiset difference).
 */
export function diffResults(
  before: { columns: string[]; rows: unknown[][] },
  after: { columns: string[]; rows: unknown[][] },
  keyColumns: string[] = [],
): ResultDiff {
  const keyIndexes = keyColumns.map((k) => after.columns.indexOf(k));
  const beforeKeyIndexes = keyColumns.map((k) => before.columns.indexOf(k));
  const keyed = keyColumns.length > 0 && keyIndexes.every((i) => i >= 0) && beforeKeyIndexes.every((i) => i >= 0);
  if (!keyed) {
    const remaining = new Map<string, number>();
    for (const row of before.rows) remaining.set(canonicalRow(row), (remaining.get(canonicalRow(row)) ?? 0) + 1);
    const added: unknown[][] = [];
    for (const row of after.rows) {
      const key = canonicalRow(row);
      const count = remaining.get(key) ?? 0;
      if (count > 0) remaining.set(key, count - 1);
      else added.push(row);
    }
    const removed: unknown[][] = [];
    const left = new Map(remaining);
    for (const row of before.rows) {
      const key = canonicalRow(row);
      const count = left.get(key) ?? 0;
      if (count > 0) {
        removed.push(row);
        left.set(key, count - 1);
      }
    }
    return { keyColumns: [], columns: after.columns, added, removed, changed: [] };
  }
  const keyOf = (row: unknown[], indexes: number[]) => JSON.stringify(indexes.map((i) => canonicalValue(row[i])));
  const beforeByKey = new Map(before.rows.map((row) => [keyOf(row, beforeKeyIndexes), row]));
  const afterByKey = new Map(after.rows.map((row) => [keyOf(row, keyIndexes), row]));
  const added: unknown[][] = [];
  const changed: RowChange[] = [];
  for (const [key, row] of afterByKey) {
    const previous = beforeByKey.get(key);
    if (!previous) added.push(row);
    else if (canonicalRow(previous) !== canonicalRow(row)) changed.push({ key: JSON.parse(key), before: previous, after: row });
  }
  const removed = [...beforeByKey].filter(([key]) => !afterByKey.has(key)).map(([, row]) => row);
  return { keyColumns, columns: after.columns, added, removed, changed };
}

/**
 * Columns that identify a row of a result: the non-aggregate columns of a GROUP BY result (the
 * leading text/date columns when the last ones are numbers), else a column whose values are unique.
 */
export function inferKeyColumns(columns: Array<{ name: string; type: string }>, rows: unknown[][]): string[] {
  if (rows.length === 0 || columns.length < 2) return [];
  const numeric = (type: string) => /INT|DOUBLE|FLOAT|DECIMAL|REAL|NUMERIC|HUGEINT/i.test(type);
  const leading: number[] = [];
  for (let i = 0; i < columns.length; i += 1) {
    if (numeric(columns[i]!.type) && i > 0) break;
    leading.push(i);
  }
  const unique = (indexes: number[]) => new Set(rows.map((r) => JSON.stringify(indexes.map((i) => canonicalValue(r[i]))))).size === rows.length;
  if (leading.length > 0 && leading.length < columns.length && unique(leading)) return leading.map((i) => columns[i]!.name);
  for (let i = 0; i < columns.length; i += 1) {
    if (/(^|_)(id|key|name|number|code)$/i.test(columns[i]!.name) && unique([i])) return [columns[i]!.name];
  }
  return [];
}
