import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type ExcelJS from 'exceljs';
import { parquetRowGroupSize, quoteLiteral, type ColumnOrigin, type RejectedRow } from '@living-schema/core';
import type { DuckDBConnection } from '@duckdb/node-api';
import { kvMetadataClause, runCounted } from './csv-duckdb.js';
import { attributes, packagePartsOf, relsPathOf, workbookPathOf, type PackageParts } from './xlsx-package.js';
import { HeaderFinder, type CellValue, type FoundHeader } from './xlsx-header.js';
import { loadUnzipper, openWorkbookParts } from './xlsx-parts.js';
import { cellsBeyond, cellValue, SheetTable, XlsxUnreadable } from './xlsx-table.js';

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
  /** The sheet row the header was found on, and the title rows above it that were skipped. */
  headerRow: number;
  titleRows: number;
}

export { XlsxUnreadable } from './xlsx-table.js';

export interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Most columns of a sheet when the caller names no limit (the csv source's maxColumns default). */
const DEFAULT_MAX_COLUMNS = 2000;
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
  /** Where the workbook's parts are, as its package says. */
  parts: PackageParts;
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
  const count = (chunk: Buffer) => {
    unpacked += chunk.length;
    if (unpacked > guard.maxUncompressedBytes) {
      throw new XlsxUnreadable(`it unpacks to more than ${guard.maxUncompressedBytes} bytes (maxUncompressedBytes): refused as a possible zip bomb`);
    }
  };
  const parts = await locateParts(directory.files, count);
  const sheetAt = new Map([...parts.sheets].map(([number, part]) => [part, number]));
  const packageParts = new Set([parts.workbook, parts.workbookRels, '_rels/.rels', '[Content_Types].xml']);
  const merges = new Map<number, Range[]>();
  const rowElements = new Map<number, number>();
  for (const entry of directory.files) {
    if (entry.type !== 'File' || packageParts.has(entry.path)) continue;
    const sheet = sheetAt.get(entry.path);
    const found = new Set<string>();
    let carry = '';
    let sawSheetData = false;
    let rowCount = 0;
    for await (const chunk of entry.stream()) {
      count(chunk as Buffer);
      if (sheet === undefined) continue;
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
    if (sheet !== undefined && found.size > 0) merges.set(sheet, [...found].map(parseRange));
    if (sheet !== undefined) rowElements.set(sheet, rowCount);
  }
  return { merges, sheetNames: parts.names, rowElements, date1904: parts.date1904, parts };
}

interface ZipFile {
  path: string;
  type: 'File' | 'Directory';
  stream(): NodeJS.ReadableStream;
}

/**
 * Reads the package's own parts (`[Content_Types].xml`, `_rels/.rels`, the workbook and its
 * relationships) to learn where the sheets are; sheets at the usual paths that the workbook does
 * not list are read too, as before.
 */
async function locateParts(files: ZipFile[], count: (chunk: Buffer) => void): Promise<PackageParts & { date1904: boolean }> {
  const byPath = new Map(files.filter((f) => f.type === 'File').map((f) => [f.path, f]));
  const read = async (path: string): Promise<string | undefined> => {
    const entry = byPath.get(path);
    if (!entry) return undefined;
    const chunks: Buffer[] = [];
    for await (const chunk of entry.stream()) {
      count(chunk as Buffer);
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
  };
  const workbook = workbookPathOf(await read('_rels/.rels'), await read('[Content_Types].xml'), (path) => byPath.has(path));
  if (!workbook) throw new XlsxUnreadable('it is a zip file but not an XLSX workbook (no xl/workbook.xml, and no workbook part named by _rels/.rels or [Content_Types].xml)');
  const workbookXml = (await read(workbook)) ?? '';
  const prefixed = PREFIXED_ELEMENT.exec(workbookXml);
  if (prefixed) throw prefixedMarkup(workbook, prefixed[0]);
  const parts = packagePartsOf(workbook, workbookXml, (await read(relsPathOf(workbook))) ?? '');
  const listed = new Set(parts.sheets.values());
  for (const path of byPath.keys()) {
    const number = SHEET_PART.exec(path)?.[1];
    if (number !== undefined && !listed.has(path) && !parts.sheets.has(Number(number))) parts.sheets.set(Number(number), path);
  }
  return { ...parts, date1904: date1904Of(workbookXml) };
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

/**
 * Streams every sheet (or the one named) of a workbook into one Parquet file per sheet, with the
 * header found below any title rows (see HeaderFinder), merged ranges filled with their top-left
 * value, and `_row` the sheet's own row number. A column without a header is named by its letter
 * (`column C` -> `column_c`), also when only rows further down fill it; a row with a value past
 * `maxColumns` is rejected.
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
    const table = new SheetTable(name, options.maxColumns ?? DEFAULT_MAX_COLUMNS);
    const finder = new HeaderFinder(options.maxColumns ?? DEFAULT_MAX_COLUMNS);
    let found: FoundHeader | null = null;
    let rowsSeen = 0;
    const write = async (record: Record<string, unknown> | null) => {
      if (record && !out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain');
    };
    try {
      for await (const row of worksheet) {
        rowsSeen += 1;
        const raw = rowValues(row);
        merges.advance(row.number);
        // `row.values` is sparse: a data row is read up to the header's width, and cells beyond
        // it are found among the cells that exist (a cell at XFD must not cost 16,384 steps).
        const width = found ? table.width : raw.length - 1;
        const values: CellValue[] = [];
        for (let col = 1; col <= width; col += 1) values[col - 1] = merges.fill(row.number, col, cellValue(raw[col]));
        const beyond = found ? cellsBeyond(raw, table.width) : [];
        if (beyond.length === 0 && values.every((v) => v === null || v === undefined)) continue;
        if (found) {
          await write(table.record({ number: row.number, raw, values }, beyond));
          continue;
        }
        found = finder.offer({ number: row.number, raw, values });
        if (found) for (const pending of table.start(found)) await write(pending);
      }
      found ??= finder.settle();
      if (found && !table.started) for (const pending of table.start(found)) await write(pending);
    } finally {
      worksheet.close();
      out.end();
      await once(out, 'close');
    }
    const { header, names, rejected, written } = table;
    const expected = options.layout.rowElements.get(sheetNumber);
    if (expected !== undefined && rowsSeen !== expected) {
      await rm(ndjson, { force: true });
      throw incomplete(`its sheet "${name}" holds ${expected} rows, but the XLSX reader returned ${rowsSeen}`);
    }
    if (!found) {
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
      // Columns named in order: one found only further down (no header) joins at its place.
      const columns = [...names, '_row'].map((n) => `"${n.replace(/"/g, '""')}"`).join(', ');
      select = `SELECT ${columns} FROM read_json(${quoteLiteral(ndjson)}, format = 'newline_delimited', sample_size = -1)`;
    }
    const rowCount = await runCounted(connection, `COPY (${select}) TO ${quoteLiteral(parquetPath)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${parquetRowGroupSize(names.length + 1)}${metadata})`);
    await rm(ndjson, { force: true });
    sheets.push({ name, sheetNumber, parquetPath, rowCount, rejected, columns: names.map((n, i) => ({ name: n, originalName: header[i]! })), headerRow: found.header.number, titleRows: found.skipped });
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
