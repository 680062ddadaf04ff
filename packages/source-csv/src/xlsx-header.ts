/** A cell's value as the sheet reader gives it. */
export type CellValue = string | number | boolean | null;

/** A non-empty row seen before the header is known. */
export interface PendingRow {
  number: number;
  raw: unknown[];
  /** Values by column (index 0 = column A), merged ranges filled. */
  values: CellValue[];
}

export interface FoundHeader {
  header: PendingRow;
  /** Title rows above the header, left out of the data. */
  skipped: number;
  /** Rows already read after the header: data, in order. */
  replay: PendingRow[];
}

/** Rows looked at for a header below title rows (DuckDB's CSV sniffer looks as far ahead). */
const LOOKAHEAD_ROWS = 20;

/**
 * Finds a sheet's header row the way a reader of the sheet does: title rows above the table
 * ("Port calls, June 2025", a date line; one value each, or one merged across the columns) are
 * skipped when a row with two or more values follows within LOOKAHEAD_ROWS rows; that row is
 * the header. A sheet whose rows all hold one value is a one-column table: its first row is the
 * header. Only the first `maxColumns` columns count (a stray cell at XFD makes no header).
 */
export class HeaderFinder {
  private readonly pending: PendingRow[] = [];

  constructor(private readonly maxColumns: number) {}

  /** The next non-empty row: the header (and what follows it) once it is known, else null. */
  offer(row: PendingRow): FoundHeader | null {
    if (distinctValues(row.values, this.maxColumns) >= 2) {
      const skipped = this.pending.length;
      this.pending.length = 0;
      return { header: row, skipped, replay: [] };
    }
    this.pending.push(row);
    return this.pending.length >= LOOKAHEAD_ROWS ? this.settle() : null;
  }

  /** No multi-value row came: the first row is the header, the others are data. */
  settle(): FoundHeader | null {
    const [header, ...replay] = this.pending.splice(0);
    return header ? { header, skipped: 0, replay } : null;
  }
}

function distinctValues(values: CellValue[], maxColumns: number): number {
  const seen = new Set<string>();
  const end = Math.min(values.length, maxColumns);
  for (let i = 0; i < end; i += 1) {
    const value = values[i];
    if (value !== null && value !== undefined) seen.add(String(value));
    if (seen.size >= 2) break;
  }
  return seen.size;
}
