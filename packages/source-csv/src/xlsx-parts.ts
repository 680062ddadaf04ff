import { createRequire } from 'node:module';
import type { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { importOptionalPackage } from '@living-schema/core';
import type { WorkbookLayout } from './xlsx-read.js';

// exceljs's streaming WorkbookReader reads the zip in one pass (unzipper's Parse) and is not
// reliable there: parts stored after the sheets (styles, the workbook part) sometimes never
// arrive, so dates come out as serial numbers or the reader throws "reading 'sheets'", and each
// inflated chunk is decoded on its own, so a multi-byte character split between two chunks
// becomes two U+FFFD. Here the zip is opened by its central directory, the shared strings,
// styles and workbook properties are read before any sheet, and every part is decoded as one
// UTF-8 stream. exceljs still parses each sheet's XML, row by row (its WorksheetReader).

const require = createRequire(import.meta.url);

interface SaxTag {
  name: string;
}
type SaxEvent = { eventType: 'opentag'; value: SaxTag } | { eventType: 'closetag'; value: SaxTag } | { eventType: 'text'; value: string };
type ParseSax = (chunks: AsyncIterable<string>) => AsyncIterable<SaxEvent[]>;

interface StyleManager {
  init(): void;
  parseStream(chunks: AsyncIterable<string>): Promise<unknown>;
}

interface WorksheetReaderOptions {
  workbook: { sharedStrings: unknown[]; styles: StyleManager; properties: { model: { date1904: boolean } } };
  id: number;
  iterator: AsyncIterable<string>;
  options: { worksheets: 'emit'; hyperlinks: 'ignore' };
}
type WorksheetReader = AsyncIterable<ExcelJS.Row>;

interface ExcelJsParts {
  parseSax: ParseSax;
  StylesXform: new () => StyleManager;
  WorksheetReader: new (options: WorksheetReaderOptions) => WorksheetReader;
}

let excelJsParts: Promise<ExcelJsParts> | undefined;

/**
 * exceljs's parts, loaded on the first workbook: exceljs is an optional peer dependency (a
 * library install without XLSX does not carry its 23 MB). It has no exports map, so its parts
 * load by path (the version is pinned in package.json).
 */
function loadExcelJsParts(): Promise<ExcelJsParts> {
  excelJsParts ??= importOptionalPackage('exceljs', 'Reading XLSX workbooks', async () => ({
    parseSax: require('exceljs/lib/utils/parse-sax.js') as ParseSax,
    StylesXform: require('exceljs/lib/xlsx/xform/style/styles-xform.js') as ExcelJsParts['StylesXform'],
    WorksheetReader: require('exceljs/lib/stream/xlsx/worksheet-reader.js') as ExcelJsParts['WorksheetReader'],
  }));
  return excelJsParts;
}

/** unzipper, loaded on the first workbook (an optional peer dependency, like exceljs). */
export async function loadUnzipper(): Promise<(typeof import('unzipper'))['default']> {
  return (await importOptionalPackage('unzipper', 'Reading XLSX workbooks', () => import('unzipper'))).default;
}

/** One sheet's rows, streamed; `close()` releases the part's stream when reading stops early. */
export interface SheetRows extends AsyncIterable<ExcelJS.Row> {
  close(): void;
}

export interface WorkbookParts {
  /** Sheet part numbers present in the zip, in the workbook's order, then any it does not list. */
  order: number[];
  sheet(sheetNumber: number): SheetRows;
}

interface DirectoryFile {
  path: string;
  type: 'File' | 'Directory';
  stream(): Readable;
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** A part's bytes as text, decoded as one stream (a character may span two inflated chunks). */
function text(file: DirectoryFile): Readable {
  return file.stream().setEncoding('utf8');
}

/**
 * The shared string table, as the plain text of each `<si>`: its `<t>` runs joined, phonetic
 * guides (`<rPh>`) left out. Rich-text formatting is not kept: a cell's value is its text.
 */
export async function readSharedStrings(chunks: AsyncIterable<string>): Promise<string[]> {
  const values: string[] = [];
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  const { parseSax } = await loadExcelJsParts();
  for await (const events of parseSax(chunks)) {
    for (const event of events) {
      if (event.eventType === 'text') {
        if (inText && current !== null) current += event.value;
        continue;
      }
      const name = localName(event.value.name);
      if (event.eventType === 'opentag') {
        if (name === 'si') current = '';
        else if (name === 'rPh') phonetic += 1;
        else if (name === 't') inText = current !== null && phonetic === 0;
      } else if (name === 't') inText = false;
      else if (name === 'rPh') phonetic -= 1;
      else if (name === 'si') {
        values.push(current ?? '');
        current = null;
      }
    }
  }
  return values;
}

export async function openWorkbookParts(path: string, layout: WorkbookLayout): Promise<WorkbookParts> {
  const unzipper = await loadUnzipper();
  const { StylesXform, WorksheetReader } = await loadExcelJsParts();
  const directory = await unzipper.Open.file(path);
  const files = new Map<string, DirectoryFile>();
  for (const file of directory.files) if (file.type === 'File') files.set(file.path, file);

  const sharedStringsPart = files.get(layout.parts.sharedStrings ?? 'xl/sharedStrings.xml');
  const sharedStrings = sharedStringsPart ? await readSharedStrings(text(sharedStringsPart)) : [];
  const styles = new StylesXform();
  styles.init();
  const stylesPart = files.get(layout.parts.styles ?? 'xl/styles.xml');
  if (stylesPart) await styles.parseStream(text(stylesPart));
  const workbook = { sharedStrings, styles, properties: { model: { date1904: layout.date1904 } } };

  const partOf = (n: number) => layout.parts.sheets.get(n) ?? `xl/worksheets/sheet${n}.xml`;
  const present = (n: number) => files.has(partOf(n));
  const listed = [...layout.sheetNames.keys()].filter(present);
  const unlisted = [...layout.rowElements.keys()].filter((n) => present(n) && !layout.sheetNames.has(n)).sort((a, b) => a - b);
  return {
    order: [...listed, ...unlisted],
    sheet(sheetNumber) {
      const stream = text(files.get(partOf(sheetNumber))!);
      const reader = new WorksheetReader({ workbook, id: sheetNumber, iterator: stream, options: { worksheets: 'emit', hyperlinks: 'ignore' } });
      return {
        [Symbol.asyncIterator]: () => reader[Symbol.asyncIterator](),
        close: () => stream.destroy(),
      };
    },
  };
}
