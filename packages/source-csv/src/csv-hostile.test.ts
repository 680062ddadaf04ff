import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLivingSchema, type LivingSchema } from '@living-schema/core';
import { duckdb } from '@living-schema/sink-duckdb';
import { firstLine } from './csv-convert.js';
import { binaryFormat, firstLineFieldCount } from './csv-file-probe.js';
import { withDuckDb } from './csv-duckdb.js';
import { csv } from './csv-source.js';
import { convertWorkbook, date1904Of, inspectWorkbook } from './xlsx-read.js';
import { readSharedStrings } from './xlsx-parts.js';
import { columnLetters, sheetRows, writeXlsx } from './__fixtures__/xlsx-writer.js';

// Regressions found by the repository's hostile input corpus (test/corpus): each of these files
// was loaded as garbage, refused for the wrong reason, or took minutes and gigabytes.

const directory = mkdtempSync(join(tmpdir(), 'ls-csv-hostile-'));
const write = (name: string, content: string | Buffer) => {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
};

describe('hostile inputs to the csv source', () => {
  let engine: LivingSchema;
  const rows = async (sql: string) => (await engine.query(sql)).rows;
  beforeAll(() => {
    engine = createLivingSchema({ sink: duckdb({ path: join(directory, 'store.duckdb') }), sources: [csv()], stagingDirectory: join(directory, 'staging'), notifiers: [] });
  });
  afterAll(async () => {
    expect(await rows(`SELECT count(*) FROM ingest_batches WHERE rows_in <> rows_loaded + rows_quarantined`)).toEqual([[0]]);
    await engine.close();
  });

  const refused = async (path: string, reason: RegExp) => {
    const result = await engine.ingest(path);
    expect(result.batches).toEqual([]);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]).toMatchObject({ code: 'LS_INPUT_UNREADABLE' });
    expect(result.failures[0]!.message).toContain(basename(path));
    expect(result.failures[0]!.message).toMatch(reason);
    expect(result.failures[0]!.message.length).toBeLessThan(1_000);
  };

  it('a PDF, an image, a legacy .xls, a Parquet or a gzip file named .csv is refused as what it is (not parsed as text)', async () => {
    await refused(write('report.csv', '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'), /it is a PDF document .*not delimited text/);
    await refused(write('legacy.csv', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0])), /legacy Excel \.xls .*save it as \.xlsx or CSV/);
    await refused(write('packed.csv', gzipSync('a,b\n1,2\n')), /gzip-compressed file \(decompress it first\)/);
    expect(binaryFormat(Buffer.from('PAR1\u0015\u0004'))).toBe('a Parquet file');
    expect(binaryFormat(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('a PNG image');
    expect(binaryFormat(Buffer.from('imo_number,vessel_name\n'))).toBeNull();
    expect(binaryFormat(Buffer.from('BZ,BMW,GIF\n'))).toBeNull();
  });

  it('Windows-1252 text (curly quotes, euro sign: bytes DuckDB\'s latin-1 decoder refuses) loads as the right characters', async () => {
    const path = write('cp1252.csv', Buffer.concat([Buffer.from('id,note\n1,'), Buffer.from([0x93, 0x68, 0x69, 0x94, 0x20, 0x80, 0x35]), Buffer.from('\n2,caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
    const result = await engine.ingest(path);
    expect(result.failures).toEqual([]);
    expect(result.batches[0]).toMatchObject({ rowsIn: 2, rowsLoaded: 2, rowsQuarantined: 0 });
    expect(await rows(`SELECT note FROM cp1252 ORDER BY id`)).toEqual([['\u201chi\u201d \u20ac5'], ['café']]);
  });

  it('a UTF-8 file with a few lines in another encoding keeps its UTF-8 lines intact', async () => {
    const path = write('mixed.csv', Buffer.concat([Buffer.from('id,place\n1,Ålesund\n2,'), Buffer.from([0xc3, 0x28, 0xe9, 0xff]), Buffer.from('\n3,Tromsø\n')]));
    const result = await engine.ingest(path);
    expect(result.failures).toEqual([]);
    expect(result.batches[0]).toMatchObject({ rowsIn: 3, rowsLoaded: 3, rowsQuarantined: 0 });
    expect(await rows(`SELECT place FROM mixed ORDER BY id`)).toEqual([['Ålesund'], ['Ã(éÿ'], ['Tromsø']]);
  });

  it('a record over the line limit is quarantined and the rest of the file loads (the sniffer no longer gives up on the file)', async () => {
    const path = write('longrecord.csv', `id,notes\n1,short\n2,"${'x'.repeat(9 * 1024 * 1024)}"\n3,short\n`);
    const result = await engine.ingest(path);
    expect(result.failures).toEqual([]);
    expect(result.batches[0]).toMatchObject({ rowsIn: 3, rowsLoaded: 2, rowsQuarantined: 1 });
    expect(await rows(`SELECT id, notes FROM longrecord ORDER BY id`)).toEqual([
      [1, 'short'],
      [3, 'short'],
    ]);
    expect(await rows(`SELECT row_number, lower(reason) LIKE 'line size over maximum%' FROM quarantine WHERE source_uri LIKE '%longrecord.csv'`)).toEqual([[2, true]]);
  });

  it('records over the limit, next to each other and among ragged rows, are quarantined; every row number from 1 to rows in is used once', async () => {
    const long = (n: number, size: number) => `${n},"${'y'.repeat(size)}"`;
    const text = ['id,notes', '1,a', long(2, 150), long(3, 120), '4,b,extra', '5,c', long(6, 300), '7,d'].join('\n');
    const store = createLivingSchema({ sink: duckdb({ path: join(directory, 'limits.duckdb') }), sources: [csv({ maxLineBytes: 100 })], stagingDirectory: join(directory, 'limits-staging'), notifiers: [] });
    try {
      const result = await store.ingest(write('limits.csv', text));
      expect(result.failures).toEqual([]);
      expect(result.batches[0]).toMatchObject({ rowsIn: 7, rowsLoaded: 3, rowsQuarantined: 4 });
      const read = async (sql: string) => (await store.query(sql)).rows;
      expect(await read(`SELECT _row, id, notes FROM limits ORDER BY _row`)).toEqual([[1, 1, 'a'], [5, 5, 'c'], [7, 7, 'd']]);
      expect(await read(`SELECT row_number, left(raw, 4), regexp_extract(reason, '^[^:]+') FROM quarantine ORDER BY row_number`)).toEqual([
        [2, '2,"y', 'Line size over maximum'],
        [3, '3,"y', 'Line size over maximum'],
        [4, '4,b,', 'Too many columns'],
        [6, '6,"y', 'Line size over maximum'],
      ]);
      expect(await read(`SELECT reason FROM quarantine WHERE row_number = 6`)).toEqual([[
        "Line size over maximum: the record on line 7 (from byte 307) is 304 bytes, over the limit of 100 (the csv source's maxLineBytes option)",
      ]]);
    } finally {
      await store.close();
    }
  });

  it('a wide file is staged in row groups sized to its width (at the default 122,880 rows, 1,200 columns exhausted the memory limit)', async () => {
    const header = Array.from({ length: 1_200 }, (_, i) => `c${i}`).join(',');
    const line = (r: number) => Array.from({ length: 1_200 }, (_, i) => (i % 2 ? String((r * (i + 1)) % 1000) : `v${(r + i) % 500}`)).join(',');
    const path = write('wide-export.csv', `${header}\n${Array.from({ length: 8_000 }, (_, r) => line(r)).join('\n')}\n`);
    mkdirSync(join(directory, 'wide-tmp'), { recursive: true });
    let groups: number[] = [];
    for await (const batch of csv().read(path, { tempDirectory: join(directory, 'wide-tmp') })) {
      if (batch.payload.format !== 'parquet') throw new Error('expected a staged Parquet file');
      expect(batch.payload.rowCount).toBe(8_000);
      // Read the staged file's metadata with an instance of its own: the store reads no file of its staging area.
      const metadata = `SELECT DISTINCT row_group_id, row_group_num_rows AS n FROM parquet_metadata('${batch.payload.path}') ORDER BY row_group_id`;
      const found = await withDuckDb({ memoryLimit: '256MB', tempDirectory: join(directory, 'wide-tmp') }, async (connection) => (await connection.runAndReadAll(metadata)).getRowObjects());
      groups = found.map((r) => Number(r.n));
    }
    // DuckDB's writer treats the size as a target per thread: no group reaches twice the target
    // (1,024 rows for 1,201 columns), where the default would have made one or two of 4,000+.
    expect(groups.reduce((a, b) => a + b, 0)).toBe(8_000);
    expect(groups.length).toBeGreaterThanOrEqual(4);
    expect(Math.max(...groups)).toBeLessThan(2 * 1_024);
  });

  it('a file wider than maxColumns is refused before DuckDB reads it, naming its width', async () => {
    const header = Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',');
    await refused(write('wide.csv', `${header}\n${header}\n`), /first line has 10000 fields, over the limit of 2000 columns \(the csv source's maxColumns option\)/);
    await refused(write('commas.csv', `${','.repeat(1_000_000)}\n`), /first line has \d+ or more fields, over the limit of 2000 columns/);
    expect(firstLineFieldCount(Buffer.from('a;"b;c";d\ne;f'), 'utf-8')).toEqual({ fields: 3, complete: true });
    expect(firstLineFieldCount(Buffer.from('a\tb\tc'), 'utf-8')).toEqual({ fields: 3, complete: false });
  });

  it('XLSX: a merge over the whole sheet fills only the rows that exist, in bounded memory', async () => {
    const path = write('mergeall.xlsx', writeXlsx(sheetRows([['name', 'value'], ['Aurora', 1], [null, 2], [null, 3]]), '<mergeCells count="1"><mergeCell ref="A2:XFD1048576"/></mergeCells>'));
    const result = await engine.ingest(path);
    expect(result.failures).toEqual([]);
    expect(result.batches[0]).toMatchObject({ rowsIn: 3, rowsLoaded: 3, rowsQuarantined: 0 });
    expect(await rows(`SELECT name, value FROM mergeall ORDER BY _row`)).toEqual([
      ['Aurora', 1],
      ['Aurora', 2],
      ['Aurora', 3],
    ]);
  });

  it('XLSX: cells at XFD in many rows are rejected per row; a header wider than maxColumns is refused', async () => {
    const far = Array.from({ length: 2_000 }, (_, i) => `<row r="${i + 2}"><c r="A${i + 2}"><v>${i}</v></c><c r="XFD${i + 2}"><v>1</v></c></row>`).join('');
    const result = await engine.ingest(write('farcells.xlsx', writeXlsx(`${sheetRows([['n']])}${far}`)));
    expect(result.failures).toEqual([]);
    expect(result.batches[0]).toMatchObject({ rowsIn: 2_000, rowsLoaded: 0, rowsQuarantined: 2_000 });
    expect(await rows(`SELECT reason, raw FROM quarantine WHERE source_uri LIKE '%farcells.xlsx%' AND row_number = 2`)).toEqual([['Values in column XFD of sheet "Sheet1", which has no header', '[0,{"XFD":1}]']]);
    await refused(write('wideheader.xlsx', writeXlsx(`<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="${columnLetters(3000)}1" t="inlineStr"><is><t>b</t></is></c></row>`)), /sheet "Sheet1" has 3000 header columns, over the limit of 2000/);
  });

  it('XLSX: a sheet stored before the workbook part is read and keeps its name (the streaming reader failed on "reading \'sheets\'")', async () => {
    const data = sheetRows([['vessel', 'tonnage'], ['Aurora', 1200], ['Borealis', 900]]);
    const result = await engine.ingest(write('lastpart.xlsx', writeXlsx(data, '', { order: 'workbook-last', sheetName: 'R&D "fleet"' })));
    expect(result.failures).toEqual([]);
    expect(result.batches[0]).toMatchObject({ dataset: 'lastpart', rowsIn: 2, rowsLoaded: 2 });
    expect(await rows(`SELECT vessel, tonnage FROM lastpart ORDER BY _row`)).toEqual([
      ['Aurora', 1200],
      ['Borealis', 900],
    ]);
    // The sheet's name, unescaped, is what lineage records.
    expect(await rows(`SELECT DISTINCT _source FROM lastpart`)).toEqual([[expect.stringContaining('#R&D "fleet"')]]);
  });

  it('XLSX: SpreadsheetML with prefixed elements (<x:row>) is refused by name, never loaded as an empty sheet', async () => {
    await refused(write('prefixed.xlsx', writeXlsx(sheetRows([['vessel'], ['Aurora']]), '', { prefix: 'x' })), /namespace prefix \(<x:(workbook|sheetData)>\).*export it as CSV/);
    expect(await rows(`SELECT count(*) FROM ingest_batches WHERE dataset = 'prefixed'`)).toEqual([[0]]);
  });

  it('XLSX: every row element must come back from the streaming reader; a sheet it reads short is refused, not loaded short', async () => {
    // 30,000 rows span many inflated chunks: the count must not double or miss a row at a boundary.
    const many = Array.from({ length: 30_000 }, (_, i) => [`v${i}`, i]);
    const big = await engine.ingest(write('manyrows.xlsx', writeXlsx(sheetRows([['vessel', 'n'], ...many]))));
    expect(big.failures).toEqual([]);
    expect(big.batches[0]).toMatchObject({ rowsIn: 30_000, rowsLoaded: 30_000 });
    // The guard itself: a layout that counted more rows (or another sheet) than the reader returns.
    const path = write('shortread.xlsx', writeXlsx(sheetRows([['vessel'], ['Aurora']])));
    const layout = await inspectWorkbook(path, { maxUncompressedBytes: 1e8, maxCompressionRatio: 1000 });
    expect(layout.rowElements).toEqual(new Map([[1, 2]]));
    const temp = mkdtempSync(join(directory, 'convert-'));
    const convert = (changed: Partial<typeof layout>) =>
      withDuckDb({ memoryLimit: '256MB', tempDirectory: join(temp, 'duckdb') }, (connection) => convertWorkbook(connection, path, { tempDirectory: temp, layout: { ...layout, ...changed } }));
    await expect(convert({ rowElements: new Map([[1, 3]]) })).rejects.toThrow(/sheet "Sheet1" holds 3 rows, but the XLSX reader returned 2; nothing of it was loaded/);
    await expect(convert({ rowElements: new Map([[1, 2], [2, 5]]), sheetNames: new Map([[1, 'Sheet1'], [2, 'Crew']]) })).rejects.toThrow(/returned nothing for sheet "Crew"/);
    expect((await convert({})).map((sheet) => [sheet.name, sheet.rowCount])).toEqual([['Sheet1', 1]]);
  });

  it('XLSX: multi-byte text split across inflated chunks is read whole, in inline and shared strings, and styled dates stay dates whatever the part order', async () => {
    // exceljs's streaming reader decoded each chunk on its own (a 'é' split between two chunks came
    // out as two U+FFFD), and read styles only when the zip stream delivered their part in time
    // (dates then arrived as serial numbers: a CI failure).
    const names = Array.from({ length: 12_000 }, (_, i) => `Señora Ærøskøbing Ωμέγα 東京 ${i}`);
    const inline = await engine.ingest(write('multibyte.xlsx', writeXlsx(sheetRows([['name', 'n'], ...names.map((name, i) => [name, i])]))));
    expect(inline.failures).toEqual([]);
    expect(await rows(`SELECT count(*) FILTER (WHERE name LIKE '%\uFFFD%'), count(*) FILTER (WHERE name = 'Señora Ærøskøbing Ωμέγα 東京 ' || n) FROM multibyte`)).toEqual([[0, 12_000]]);

    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Crew');
    sheet.addRow(['Name', 'Joined']);
    for (let i = 0; i < 12_000; i += 1) sheet.addRow([`${names[i]} ${'ø'.repeat(i % 7)}`, new Date(Date.UTC(2000, 0, 1 + (i % 3000)))]);
    const shared = join(directory, 'shared.xlsx');
    await wb.xlsx.writeFile(shared);
    const result = await engine.ingest(shared);
    expect(result.failures).toEqual([]);
    expect(await rows(`SELECT typeof(joined), count(*) FILTER (WHERE name LIKE '%\uFFFD%'), count(DISTINCT name), min(joined)::DATE::VARCHAR, max(joined)::DATE::VARCHAR FROM shared GROUP BY 1`)).toEqual([
      [expect.stringMatching(/^TIMESTAMP/), 0, 12_000, '2000-01-01', '2008-03-18'],
    ]);
  });

  it('XLSX parts: shared strings give the text of each item (rich runs joined, phonetic guides left out); date1904 is read from the workbook part', async () => {
    async function* chunks() {
      yield '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>plain &amp; simple</t></si><si><r><t>Ri</t></r><r><rPr><b/></rPr><t xml:space="preserve">ch </t></r>';
      yield '<rPh sb="0" eb="1"><t>ふり</t></rPh></si><si><t/></si><si><t>東</t></si></sst>';
    }
    expect(await readSharedStrings(chunks())).toEqual(['plain & simple', 'Rich ', '', '東']);
    expect(date1904Of('<workbook><workbookPr date1904="1" defaultThemeVersion="1"/><sheets/></workbook>')).toBe(true);
    expect(date1904Of('<workbook><workbookPr defaultThemeVersion="1"/></workbook>')).toBe(false);
  });

  it('DuckDB errors are cut to a readable size; running out of memory names the limit to raise', () => {
    expect(firstLine(new Error(`CSV Error on Line: 1\nOriginal Line: ${'x'.repeat(100_000)}\nmore`)).length).toBeLessThan(400);
    expect(firstLine(new Error('Out of Memory Error: failed to allocate data of size 32.0 KiB (488.2 MiB/488.2 MiB used)\n\nPossible solutions:\n* Reducing'))).toBe(
      "DuckDB ran out of memory at its limit of 488.2 MiB (raise the csv source's memoryLimit, env LIVING_SCHEMA_CSV_MEMORY_LIMIT, or split the file)",
    );
  });
});
