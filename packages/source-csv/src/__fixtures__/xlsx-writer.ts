import { deflateRawSync } from 'node:zlib';

// A minimal XLSX writer for tests that need a workbook no spreadsheet tool would write (a merge
// over the whole sheet, cells at XFD): one sheet, inline strings, raw XML hooks.

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function zip(entries: Array<{ name: string; data: Buffer }>): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const fileName = Buffer.from(name);
    const body = deflateRawSync(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc32(data), 16);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(fileName.length, 28);
    entry.writeUInt32LE(offset, 42);
    parts.push(local, fileName, body);
    central.push(entry, fileName);
    offset += 30 + fileName.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

export function columnLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** `<row>` elements for rows of values (1-based rows, from column A). */
export function sheetRows(rows: Array<Array<string | number | null>>, firstRow = 1): string {
  return rows
    .map((cells, r) => {
      const ref = (c: number) => `${columnLetters(c + 1)}${firstRow + r}`;
      const body = cells
        .map((v, c) => (v === null ? '' : typeof v === 'number' ? `<c r="${ref(c)}"><v>${v}</v></c>` : `<c r="${ref(c)}" t="inlineStr"><is><t>${v.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t></is></c>`))
        .join('');
      return `<row r="${firstRow + r}">${body}</row>`;
    })
    .join('');
}

const xml = (body: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`);

export interface XlsxLayout {
  /** The sheet's name in the workbook part (escaped here). */
  sheetName?: string;
  /**
   * `workbook-last` writes the relationships, shared strings and sheet before the workbook part:
   * the entry order some writers use, in which a streaming reader meets a sheet before its name.
   */
  order?: 'workbook-first' | 'workbook-last';
  /** Writes every SpreadsheetML element with this namespace prefix (`x` gives `<x:row>`). */
  prefix?: string;
}

/** A one-sheet workbook whose sheet XML is `<sheetData>{sheetData}</sheetData>{after}`. */
export function writeXlsx(sheetData: string, after = '', layout: XlsxLayout = {}): Buffer {
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const p = layout.prefix === undefined ? '' : `${layout.prefix}:`;
  const ns = layout.prefix === undefined ? `xmlns="${main}"` : `xmlns:${layout.prefix}="${main}"`;
  const prefixed = (body: string) => (p === '' ? body : body.replace(/<(\/?)(?=[a-zA-Z])/g, `<$1${p}`));
  const name = (layout.sheetName ?? 'Sheet1').replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const contentTypes = {
    name: '[Content_Types].xml',
    data: xml(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    ),
  };
  const packageRels = { name: '_rels/.rels', data: xml(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`) };
  const workbook = { name: 'xl/workbook.xml', data: xml(`<${p}workbook ${ns} xmlns:r="${rel}"><${p}sheets><${p}sheet name="${name}" sheetId="1" r:id="rId1"/></${p}sheets></${p}workbook>`) };
  const workbookRels = {
    name: 'xl/_rels/workbook.xml.rels',
    data: xml(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
  };
  const sharedStrings = { name: 'xl/sharedStrings.xml', data: xml(`<${p}sst ${ns} count="0" uniqueCount="0"></${p}sst>`) };
  const sheet = { name: 'xl/worksheets/sheet1.xml', data: xml(`<${p}worksheet ${ns}>${prefixed(`<sheetData>${sheetData}</sheetData>${after}`)}</${p}worksheet>`) };
  return zip(
    layout.order === 'workbook-last'
      ? [contentTypes, packageRels, workbookRels, sharedStrings, sheet, workbook]
      : [contentTypes, packageRels, workbook, workbookRels, sharedStrings, sheet],
  );
}
