import { LINEAGE_COLUMNS, uniqueSnakeCaseNames, type RejectedRow } from '@living-schema/core';
import type { CellValue, FoundHeader, PendingRow } from './xlsx-header.js';

/** A workbook the reader refuses; the caller turns it into LS_INPUT_UNREADABLE naming the file. */
export class XlsxUnreadable extends Error {}

export function columnLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26))
    s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** The header of a column that has none: its letter (`column C`, snake_case `column_c`). */
const unlabelled = (column: number) => `column ${columnLetters(column)}`;

/** A cell's value as JSON: formulas give their result, rich text its text, dates ISO strings. */
export function cellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('result' in v) return cellValue(v.result);
    if ('formula' in v || 'sharedFormula' in v) return null;
    if (Array.isArray(v.richText))
      return (v.richText as Array<{ text: string }>).map((t) => t.text).join('');
    if ('text' in v) return cellValue(v.text);
    if ('error' in v) return String(v.error);
  }
  return String(value);
}

/** The non-empty cells past column `width` (for...in visits only the cells that exist). */
export function cellsBeyond(raw: unknown[], width: number): Array<[number, CellValue]> {
  if (raw.length - 1 <= width) return [];
  const found: Array<[number, CellValue]> = [];
  for (const key in raw) {
    const col = Number(key);
    const value = col > width ? cellValue(raw[col]) : null;
    if (value !== null) found.push([col, value]);
  }
  return found;
}

/**
 * One sheet's table as it streams past: the header, the snake_case names, the records and the
 * rejected rows. A value in a column past the header gives that column a name (its letter); only
 * a value past `maxColumns` rejects its row (the reader's memory grows with the width).
 */
export class SheetTable {
  header: string[] = [];
  names: string[] = [];
  readonly rejected: RejectedRow[] = [];
  written = 0;
  started = false;

  constructor(private readonly sheet: string, private readonly maxColumns: number) {}

  get width(): number {
    return this.header.length;
  }

  /** Takes the found header; returns the records of the rows already read after it. */
  start(found: FoundHeader): Array<Record<string, unknown>> {
    this.started = true;
    const values = found.header.values;
    if (values.length > this.maxColumns) {
      throw new XlsxUnreadable(
        `its sheet "${this.sheet}" has ${values.length} header columns, over the limit of ${this.maxColumns} (the csv source's maxColumns option)`
      );
    }
    this.header = values.map((v, i) =>
      v === null || v === undefined ? unlabelled(i + 1) : String(v)
    );
    this.names = uniqueSnakeCaseNames(this.header, LINEAGE_COLUMNS);
    const records: Array<Record<string, unknown>> = [];
    for (const row of found.replay) {
      const record = this.record(
        { ...row, values: row.values.slice(0, this.width) },
        cellsBeyond(row.raw, this.width)
      );
      if (record) records.push(record);
    }
    return records;
  }

  /** The record of a data row (values up to the header's width), or null when it is rejected. */
  record(row: PendingRow, beyond: Array<[number, CellValue]>): Record<string, unknown> | null {
    const values = [...row.values];
    if (beyond.length > 0) {
      const last = Math.max(...beyond.map(([col]) => col));
      if (last > this.maxColumns) {
        this.reject(row, beyond);
        return null;
      }
      this.widen(last);
      for (const [col, value] of beyond) values[col - 1] = value;
    }
    const record: Record<string, unknown> = {};
    this.names.forEach((n, i) => {
      record[n] = values[i] ?? null;
    });
    record._row = row.number;
    this.written += 1;
    return record;
  }

  /** Names the columns up to `last` by their letters (names given before stay as they are). */
  private widen(last: number): void {
    for (let col = this.width + 1; col <= last; col += 1) this.header.push(unlabelled(col));
    this.names = uniqueSnakeCaseNames(this.header, LINEAGE_COLUMNS);
  }

  private reject(row: PendingRow, beyond: Array<[number, CellValue]>): void {
    const letters = beyond.map(([col]) => columnLetters(col));
    const shown =
      letters.length > 10
        ? `${letters.slice(0, 10).join(', ')} and ${letters.length - 10} more`
        : letters.join(', ');
    // A few columns too wide: the row as it is; far wider: the cells beyond by column letter.
    const inPlace = row.raw.length - 1 <= this.width + 26;
    const cells = inPlace
      ? [...row.values, ...inPlaceBeyond(row.raw, this.width)]
      : [...row.values, Object.fromEntries(beyond.map(([col, v]) => [columnLetters(col), v]))];
    this.rejected.push({
      row: row.number,
      raw: JSON.stringify(cells),
      reason: `Values in column${letters.length > 1 ? 's' : ''} ${shown} of sheet "${
        this.sheet
      }", which ha${letters.length > 1 ? 've' : 's'} no header`,
    });
  }
}

/** The cells after the header's width, in place (nulls for the gaps), for a row a few columns too wide. */
function inPlaceBeyond(raw: unknown[], width: number): CellValue[] {
  const out: CellValue[] = [];
  for (let col = width + 1; col < raw.length; col += 1) out.push(cellValue(raw[col]));
  return out;
}
