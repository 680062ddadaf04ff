import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type ExcelJS from 'exceljs';
import { LINEAGE_COLUMNS, parquetRowGroupSize, quoteLiteral, uniqueSnakeCaseNames, type ColumnOrigin, type RejectedRow } from '@living-schema/core';
import type { DuckDBConnection } from '@duckdb/node-api';
import { kvMetadataClause, runCounted } from './csv-duckdb.js';
import { loadUnzipper, openWorkbookParts } from './xlsx-parts.js';

export interface XlsxGuard {
  maxUncompressedBytes: number;
  maxCompressionRatio: number;
}

export interface XlsxSheet {
  name: string;
  /** 1-based position of the sheet's XML part (`xl/worksheets/sheet<n>.xml`). */
  sheetNumber: number;
  parquetPath: string;
  rowCount: number;
  rejected: RejectedRow[];
  columns: ColumnOrigin[];
}

/** A workbook the reader refuses; the caller turns it into LS_INPUT_UNREADABLE naming the file. */
export class XlsxUnreadable extends Error {}

export interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const SHEET_PART = /^xl\/worksheets\/sheet(\d+)\.xml$/;
/** A root or sheet element written with a namespace prefix (`<x:workbook>`, `<x:sheetData>`). */
const PREFIXED_ELEMENT = /<([A-Za-z_][\w.-]*):(workbook|sheetData)\b/;
const ROW_ELEMENT = /<row[\s/>]/g;

/** What the reader learns from the zip before streaming any cell. */
export interface WorkbookLayout {
  /** Each sheet's merged ranges, by the number of its XML part. */
  merges: Map<number, Range[]>;
  /** Each sheet's name as the workbook lists it, by the number of its XML part. */
  sheetNames: Map<number, string>;
  /** How many `<row>` elements each sheet part holds: the sheet reader must return as many. */
  rowElements: Map<number, number>;
  /** Whether the workbook counts dates from 1904 (old Mac workbooks) rather than 1900. */
  date1904: boolean;
}

function decodeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, entity: string) => {
    if (entity === 'amp') return '&';
    if (entity === 'lt') return '<';
    if (entity === 'gt') return '>';
    if (entity === 'quot') return '"';
    if (entity === 'apos') return "'";
    const code = entity.startsWith('#x') ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
    return String.fromCodePoint(code);
  });
}

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) found.set(match[1]!, decodeXml(match[2] ?? match[3] ?? ''));
  return found;
}

/**
 * Sheet names by part number, from `xl/workbook.xml` and its relationships, read from the zip
 * directory whatever the order of its entries.
 */
export function sheetNamesOf(workbookXml: string, relsXml: string): Map<number, string> {
  const targets = new Map<string, string>();
  for (const match of relsXml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
    const attrs = attributes(match[0]);
    const id = attrs.get('Id');
    const target = attrs.get('Target');
    if (id !== undefined && target !== undefined) targets.set(id, target);
  }
  const names = new Map<number, string>();
  for (const match of workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)) {
    const attrs = attributes(match[0]);
    const name = attrs.get('name');
    const rid = [...attrs].find(([key]) => key === 'r:id' || key.endsWith(':id'))?.[1];
    const target = rid === undefined ? undefined : targets.get(rid);
    const part = target === undefined ? null : /(?:^|\/)worksheets\/sheet(\d+)\.xml$/.exec(target);
    if (name !== undefined && part) names.set(Number(part[1]), name);
  }
  return names;
}

/** `<workbookPr date1904="1">`: serial dates count from 1904-01-01. */
export function date1904Of(workbookXml: string): boolean {
  const pr = /<(?:[\w.-]+:)?workbookPr\b[^>]*>/.exec(workbookXml);
  const value = pr ? attributes(pr[0]).get('date1904') : undefined;
  return value === '1' || value === 'true';
}

const BIG_ENTRY = 1024 * 1024;

/**
 * Checks the zip directory and every part's real size before parsing (a zip bomb is refused, not
 * unpacked), and collects each sheet's merged ranges: exceljs's sheet reader skips them, because
 * they come after the cells in the sheet's XML.
 */
export async function inspectWorkbook(path: string, guard: XlsxGuard): Promise<WorkbookLayout> {
  // Loaded on first use: most ingests read no workbook, and the CLI starts faster without them.
  const unzipper = await loadUnzipper();
  let directory: Awaited<ReturnType<typeof unzipper.Open.file>>;
  try {
    directory = await unzipper.Open.file(path);
  } catch (error) {
    throw new XlsxUnreadable(`it is not an XLSX workbook (not a readable zip container: ${(error as Error).message})`);
  }
  if (!directory.files.some((f) => f.path === 'xl/workbook.xml')) {
    throw new XlsxUnreadable('it is a zip file but not an XLSX workbook (no xl/workbook.xml)');
  }
  const declared = directory.files.reduce((sum, f) => sum + f.uncompressedSize, 0);
  if (declared > guard.maxUncompressedBytes) {
    throw new XlsxUnreadable(`it would unpack to ${declared} bytes, over the limit of ${guard.maxUncompressedBytes} (maxUncompressedBytes): refused as a possible zip bomb`);
  }
  for (const entry of directory.files) {
    if (entry.uncompressedSize > BIG_ENTRY && entry.uncompressedSize / Math.max(1, entry.compressedSize) > guard.maxCompressionRatio) {
      throw new XlsxUnreadable(
        `its part ${entry.path} is compressed ${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))}:1, over the limit of ${guard.maxCompressionRatio}:1 (maxCompressionRatio): refused as a possible zip bomb`,
      );
    }
  }
  // Declared sizes can lie: count the bytes really unpacked, and stop at the limit.
  let unpacked = 0;
  const merges = new Map<number, Range[]>();
  const rowElements = new Map<number, number>();
  let workbookXml = '';
  let relsXml = '';
  for (const entry of directory.files) {
    if (entry.type !== 'File') continue;
    const sheet = SHEET_PART.exec(entry.path);
    const keep = entry.path === 'xl/workbook.xml' ? 'workbook' : entry.path === 'xl/_rels/workbook.xml.rels' ? 'rels' : null;
    const found = new Set<string>();
    let carry = '';
    let sawSheetData = false;
    let rowCount = 0;
    for await (const chunk of entry.stream()) {
      unpacked += (chunk as Buffer).length;
      if (unpacked > guard.maxUncompressedBytes) {
        throw new XlsxUnreadable(`it unpacks to more than ${guard.maxUncompressedBytes} bytes (maxUncompressedBytes): refused as a possible zip bomb`);
      }
      if (keep === 'workbook') workbookXml += (chunk as Buffer).toString('utf8');
      if (keep === 'rels') relsXml += (chunk as Buffer).toString('utf8');
      if (!sheet) continue;
      const text = carry + (chunk as Buffer).toString('latin1');
      if (!sawSheetData) {
        const prefixed = PREFIXED_ELEMENT.exec(text);
        if (prefixed) throw prefixedMarkup(entry.path, prefixed[0]);
        sawSheetData = /<sheetData\b/.test(text);
      }
      for (const match of text.matchAll(/<mergeCell\b[^>]*\bref="([A-Z]+\d+:[A-Z]+\d+)"/g)) found.add(match[1]!);
      // A match needs its 5 characters; the ones that started in the carried tail and were
      // complete then (before its last 4 characters) were counted with the previous chunk.
      const countedBefore = Math.max(0, carry.length - 4);
      for (const match of text.matchAll(ROW_ELEMENT)) if (match.index >= countedBefore) rowCount += 1;
      carry = text.slice(-200);
    }
    if (sheet && found.size > 0) merges.set(Number(sheet[1]), [...found].map(parseRange));
    if (sheet) rowElements.set(Number(sheet[1]), rowCount);
  }
  const prefixed = PREFIXED_ELEMENT.exec(workbookXml);
  if (prefixed) throw prefixedMarkup('xl/workbook.xml', prefixed[0]);
  return { merges, sheetNames: sheetNamesOf(workbookXml, relsXml), rowElements, date1904: date1904Of(workbookXml) };
}

// Some exporters write SpreadsheetML with prefixed elements (`<x:row>`); exceljs's sheet reader
// matches unprefixed names only and would read such a sheet as empty: refused, never loaded empty.
function prefixedMarkup(part: string, element: string): XlsxUnreadable {
  return new XlsxUnreadable(
    `its part ${part} writes elements with a namespace prefix (${element}>), which the XLSX reader does not read; open and save it in a spreadsheet program, or export it as CSV`,
  );
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}

function columnLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function parseRange(ref: string): Range {
  const [a, b] = ref.split(':') as [string, string];
  const cell = (r: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(r)!;
    return { col: columnNumber(m[1]!), row: Number(m[2]) };
  };
  const x = cell(a);
  const y = cell(b);
  return { top: Math.min(x.row, y.row), left: Math.min(x.col, y.col), bottom: Math.max(x.row, y.row), right: Math.max(x.col, y.col) };
}

/**
 * Merged ranges of one sheet, applied while its rows stream past in order: a range is active
 * from its top row to its bottom row, its top-left value is remembered when that cell is read,
 * and an empty cell inside an active range takes it. Memory is the number of ranges, never their
 * area.
 */
export class MergedRanges {
  private readonly pending: Range[];
  private active: Range[] = [];
  private readonly values = new Map<Range, string | number | boolean | null>();

  constructor(ranges: Range[]) {
    this.pending = [...ranges].sort((a, b) => b.top - a.top);
  }

  /** Rows arrive in increasing order: start the ranges that begin by `row`, end those above it. */
  advance(row: number): void {
    while (this.pending.length > 0 && this.pending[this.pending.length - 1]!.top <= row) this.active.push(this.pending.pop()!);
    if (this.active.some((r) => r.bottom < row)) {
      for (const r of this.active) if (r.bottom < row) this.values.delete(r);
      this.active = this.active.filter((r) => r.bottom >= row);
    }
  }

  /** The value for a cell: its own, or the merged range's top-left value when it is empty. */
  fill(row: number, col: number, value: string | number | boolean | null): string | number | boolean | null {
    for (const r of this.active) {
      if (col < r.left || col > r.right) continue;
      if (row === r.top && col === r.left) {
        this.values.set(r, value);
        return value;
      }
      if (value === null) return this.values.get(r) ?? null;
    }
    return value;
  }
}

/**
 * A row's values by column number (sparse), like exceljs's `row.values`, which walks every hole
 * up to the last cell: 16,384 steps for a row with a cell at XFD. The row's cell list is read
 * with for...in, which visits only the cells that exist.
 */
function rowValues(row: ExcelJS.Row): unknown[] {
  const cells = (row as unknown as { _cells?: Array<{ col: number; type: number; value: unknown } | undefined> })._cells;
  if (!Array.isArray(cells)) return (row.values as unknown[]) ?? [];
  const values: unknown[] = [];
  for (const key in cells) {
    const cell = cells[Number(key)];
    if (cell && cell.type !== NULL_CELL) values[cell.col] = cell.value;
  }
  return values;
}

/** exceljs's ValueType.Null. */
const NULL_CELL = 0;

/** The cells after the header's width, in place (nulls for the gaps), for a row a few columns too wide. */
function beyondInPlace(raw: unknown[], headerWidth: number): Array<string | number | boolean | null> {
  const out: Array<string | number | boolean | null> = [];
  for (let col = headerWidth + 1; col < raw.length; col += 1) out.push(cellValue(raw[col]));
  return out;
}

/** A cell's value as JSON: formulas give their result, rich text its text, dates ISO strings. */
function cellValue(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('result' in v) return cellValue(v.result);
    if ('formula' in v || 'sharedFormula' in v) return null;
    if (Array.isArray(v.richText)) return (v.richText as Array<{ text: string }>).map((t) => t.text).join('');
    if ('text' in v) return cellValue(v.text);
    if ('error' in v) return String(v.error);
  }
  return String(value);
}

/**
 * Streams every sheet (or the one named) of a workbook into one Parquet file per sheet, with the
 * first non-empty row as the header, merged ranges filled with their top-left value, and `_row`
 * the sheet's own row number. A row with values in columns that have no header is rejected.
 */
export async function convertWorkbook(
  connection: DuckDBConnection,
  path: string,
  options: { tempDirectory: string; sheet?: string; layout: WorkbookLayout; maxColumns?: number; metadata?: (sheet: string) => Record<string, string> | undefined },
): Promise<XlsxSheet[]> {
  const parts = await openWorkbookParts(path, options.layout);
  const sheets: XlsxSheet[] = [];
  for (const sheetNumber of parts.order) {
    const name = options.layout.sheetNames.get(sheetNumber) ?? `Sheet${sheetNumber}`;
    if (options.sheet !== undefined && options.sheet !== name) continue;
    const worksheet = parts.sheet(sheetNumber);
    // Merged ranges are applied as rows stream past, never expanded cell by cell: a tiny sheet
    // can declare a merge over all 17 billion cells (A1:XFD1048576).
    const merges = new MergedRanges(options.layout.merges.get(sheetNumber) ?? []);
    const ndjson = join(options.tempDirectory, `${randomUUID()}.ndjson`);
    const out = createWriteStream(ndjson);
    let header: string[] | null = null;
    let names: string[] = [];
    const rejected: RejectedRow[] = [];
    let written = 0;
    let rowsSeen = 0;
    try {
      for await (const row of worksheet) {
        rowsSeen += 1;
        const raw = rowValues(row);
        const values: Array<string | number | boolean | null> = [];
        // `row.values` is sparse: a data row is read up to the header's width, and cells beyond
        // it are found among the cells that exist (a cell at XFD must not cost 16,384 steps).
        const width = header ? header.length : raw.length - 1;
        merges.advance(row.number);
        for (let col = 1; col <= width; col += 1) {
          let value = cellValue(raw[col]);
          value = merges.fill(row.number, col, value);
          values[col - 1] = value;
        }
        const beyond: Array<[string, string | number | boolean]> = [];
        if (header && raw.length - 1 > header.length) {
          // for...in visits only the cells that exist (forEach walks every hole of a sparse array).
          for (const key in raw) {
            const col = Number(key);
            const value = col > header.length ? cellValue(raw[col]) : null;
            if (value !== null) beyond.push([columnLetters(col), value]);
          }
        }
        if (beyond.length === 0 && values.every((v) => v === null || v === undefined)) continue;
        if (!header) {
          if (options.maxColumns !== undefined && values.length > options.maxColumns) {
            throw new XlsxUnreadable(`its sheet "${name}" has ${values.length} header columns, over the limit of ${options.maxColumns} (the csv source's maxColumns option)`);
          }
          header = values.map((v, i) => (v === null || v === undefined ? `column ${columnLetters(i + 1)}` : String(v)));
          names = uniqueSnakeCaseNames(header, LINEAGE_COLUMNS);
          continue;
        }
        if (beyond.length > 0) {
          const letters = beyond.map(([letter]) => letter);
          const shown = letters.length > 10 ? `${letters.slice(0, 10).join(', ')} and ${letters.length - 10} more` : letters.join(', ');
          // A few columns too wide: the row as it is; far wider: the cells beyond by column letter.
          const inPlace = raw.length - 1 <= header.length + 26;
          rejected.push({
            row: row.number,
            raw: JSON.stringify(inPlace ? [...values, ...beyondInPlace(raw, header.length)] : [...values, Object.fromEntries(beyond)]),
            reason: `Values in column${letters.length > 1 ? 's' : ''} ${shown} of sheet "${name}", which ha${letters.length > 1 ? 've' : 's'} no header`,
          });
          continue;
        }
        const record: Record<string, unknown> = {};
        names.forEach((n, i) => {
          record[n] = values[i] ?? null;
        });
        record._row = row.number;
        if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain');
        written += 1;
      }
    } finally {
      worksheet.close();
      out.end();
      await once(out, 'close');
    }
    const expected = options.layout.rowElements.get(sheetNumber);
    if (expected !== undefined && rowsSeen !== expected) {
      await rm(ndjson, { force: true });
      throw incomplete(`its sheet "${name}" holds ${expected} rows, but the XLSX reader returned ${rowsSeen}`);
    }
    if (!header) {
      await rm(ndjson, { force: true });
      continue;
    }
    const parquetPath = join(options.tempDirectory, `${randomUUID()}.parquet`);
    const metadata = kvMetadataClause(options.metadata?.(name));
    let select: string;
    if (written === 0) {
      select = `SELECT ${[...names.map((n) => `NULL::VARCHAR AS "${n.replace(/"/g, '""')}"`), 'NULL::BIGINT AS _row'].join(', ')} WHERE false`;
    } else {
      // Each column is typed from all its values (sample_size = -1): a column of numbers stays
      // numeric, one mixed number and text becomes text.
      select = `SELECT * FROM read_json(${quoteLiteral(ndjson)}, format = 'newline_delimited', sample_size = -1)`;
    }
    const rowCount = await runCounted(connection, `COPY (${select}) TO ${quoteLiteral(parquetPath)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${parquetRowGroupSize(names.length + 1)}${metadata})`);
    await rm(ndjson, { force: true });
    sheets.push({ name, sheetNumber, parquetPath, rowCount, rejected, columns: names.map((n, i) => ({ name: n, originalName: header![i]! })) });
  }
  // Every sheet part the layout counted must be there to read.
  const missing = [...options.layout.rowElements.keys()].filter((n) => !parts.order.includes(n));
  if (missing.length > 0) {
    throw incomplete(`the XLSX reader returned nothing for ${missing.map((n) => `sheet "${options.layout.sheetNames.get(n) ?? `Sheet${n}`}"`).join(', ')}`);
  }
  return sheets;
}

function incomplete(detail: string): XlsxUnreadable {
  return new XlsxUnreadable(`${detail}; nothing of it was loaded (the workbook may be damaged: open and save it in a spreadsheet program, or export it as CSV)`);
}
