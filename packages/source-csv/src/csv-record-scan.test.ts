import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRows, withDuckDb } from './csv-duckdb.js';
import { dataRecords, RecordScanner, type RecordDialect, type RecordScan } from './csv-record-scan.js';

const RFC4180: RecordDialect = { delimiter: ',', quote: '"', escape: '"', comment: '' };
const directory = mkdtempSync(join(tmpdir(), 'ls-csv-scan-'));

/** Scans `text` fed in pieces of `piece` bytes (1: every boundary falls inside something). */
function scan(text: string, options: { piece?: number; maxLineBytes?: number; columns?: number; dialect?: Partial<RecordDialect> } = {}): RecordScan & { dataRecords: number } {
  const scanner = new RecordScanner({ dialect: { ...RFC4180, ...options.dialect }, maxLineBytes: options.maxLineBytes ?? 1_000_000, previewBytes: 6 });
  const bytes = Buffer.from(text);
  const piece = options.piece ?? bytes.length;
  for (let at = 0; at < bytes.length; at += piece) scanner.write(bytes.subarray(at, at + piece));
  const found = scanner.end();
  return { ...found, dataRecords: dataRecords(found, { linesBeforeData: 1, blankLinesAreRecords: (options.columns ?? 2) === 1 }) };
}

/** Records DuckDB's reader accounts for (read + rejected), read with the same dialect. */
async function duckdbRecords(name: string, text: string, columns: number, comment = ''): Promise<number> {
  const path = join(directory, name);
  writeFileSync(path, text);
  const spec = Array.from({ length: columns }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ');
  return withDuckDb({ memoryLimit: '256MB', tempDirectory: join(directory, 'tmp') }, async (connection) => {
    const read = `read_csv('${path}', auto_detect = false, delim = ',', quote = '"', escape = '"', comment = '${comment}', header = true, columns = {${spec}}, store_rejects = true)`;
    const [loaded] = await allRows<{ n: number }>(connection, `SELECT count(*) AS n FROM ${read}`);
    const [rejected] = await allRows<{ n: number }>(connection, `SELECT count(DISTINCT line) AS n FROM reject_errors`);
    return loaded!.n + rejected!.n;
  });
}

describe('RecordScanner: counting records the way DuckDB reads them', () => {
  const files: Array<[string, string, number, string?]> = [
    ['plain', 'id,name\n1,a\n2,b\n', 2],
    ['no final line end', 'id,name\n1,a\n2,b', 2],
    ['CRLF line ends', 'id,name\r\n1,a\r\n\r\n2,"b\r\n"\r\n', 2],
    ['CR line ends', 'id,name\r1,a\r\r2,b\r', 2],
    ['blank lines are no records', 'id,name\n1,a\n\n\n2,b\n\n', 2],
    ['a blank line is a record of one column', 'name\na\n\nb\n\n', 1],
    ['quoted line ends and doubled quotes', 'id,name\n1,"a\nb ""c""\r\nd"\n2,b\n', 2],
    ['a quote inside an unquoted field is a character', 'id,name\n1,ab"c\n2,"x"y\n3,z\n', 2],
    ['an unclosed quote swallows the rest', 'id,name\n1,"never closed\n2,b\n3,c\n', 2],
    ['ragged rows and spaces', 'id,name\n1,a,extra\n   \n2\n3,c\n', 2],
    ['comment lines', 'id,name\n# a note\n1,a\n#2,b\n3,c\n', 2, '#'],
  ];
  for (const [title, text, columns, comment] of files) {
    it(`${title}: the same count as DuckDB's reader, however the bytes arrive`, async () => {
      const expected = await duckdbRecords(`${title.replace(/\W+/g, '-')}.csv`, text, columns, comment);
      for (const piece of [1, 2, 3, text.length]) expect(scan(text, { piece, columns, dialect: { comment: comment ?? '' } }).dataRecords, `in pieces of ${piece}`).toBe(expected);
    });
  }

  it('finds each record over the limit with its line, byte offset, length and first bytes, across read boundaries', () => {
    const text = `id,name\n1,short\n2,"${'x'.repeat(40)}\n${'y'.repeat(10)}"\n\n3,${'z'.repeat(30)}\n4,ok`;
    for (const piece of [1, 7, text.length]) {
      const found = scan(text, { piece, maxLineBytes: 20 });
      expect(found.dataRecords).toBe(4);
      expect(found.overlong.map(({ preview, ...rest }) => ({ ...rest, preview: preview.toString() }))).toEqual([
        { line: 3, byteOffset: 16, byteLength: 55, preview: '2,"xxx' },
        { line: 5, byteOffset: 73, byteLength: 32, preview: '3,zzzz' },
      ]);
    }
  });

  it('a header over the limit, or a file without a line end, is one line before the data', () => {
    expect(scan('x'.repeat(50), { maxLineBytes: 20 })).toMatchObject({ dataRecords: 0, overlong: [{ line: 1, byteOffset: 0, byteLength: 50 }] });
  });

  it('says whether the quote character occurs (without it the dialect assumed does not change the count)', () => {
    expect(scan('a;b\n1;2\n').sawQuote).toBe(false);
    expect(scan('a;b\n1;x"y\n').sawQuote).toBe(true);
  });

  it('a backslash escape keeps a quote inside the field', () => {
    expect(scan('id,name\n1,"a\\"\nb"\n2,c\n', { dialect: { escape: '\\' } }).dataRecords).toBe(2);
  });
});
