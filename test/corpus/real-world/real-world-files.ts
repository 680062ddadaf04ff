/**
 * The real-world-shaped corpus: CSV, TSV and workbook files written here, class by class, in the
 * shapes found in other projects' test suites (title lines above the header, inch marks, files
 * from Japanese and Greek systems, gzip exports, names with brackets...). Nothing is copied:
 * every file is generated at test time into a temporary folder.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DuckDBInstance } from '@duckdb/node-api';
import iconv from 'iconv-lite';
import { sheetRows, zip, type ZipEntry } from '../corpus-files.js';

/** One file of the corpus and what a user relies on when ingesting it. */
export interface RealWorldCase {
  id: string;
  /** The class of the finding (issue 14, "Found on real-world files"). */
  finding:
    | 'title lines'
    | 'zero-row loads'
    | 'compressed'
    | 'literal names'
    | 'encodings'
    | 'line endings'
    | 'rejected rows'
    | 'nul and parts';
  title: string;
  make: (directory: string) => Promise<string> | string;
  /** The file is delimited text DuckDB's `read_csv` may read (its count is the floor). */
  delimited: boolean;
  /** Exact rows loaded, when the file says (DuckDB's count is a floor only). */
  rowsLoaded?: number;
  rowsQuarantined?: number;
  /** Original column names the dataset must have (in order, a prefix of its columns). */
  columns?: string[];
  /** A value some loaded row must hold (text as decoded), with the column it is in. */
  value?: { column: string; equals: string };
  /** The encoding the batch must report. */
  encoding?: string;
  /** Refused on purpose: the reason the refusal must give. */
  refused?: RegExp;
  /** Peak RSS bound for this case, MiB (default in the test). */
  rssMiB?: number;
}

const write = (directory: string, name: string, content: string | Buffer) => {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
};

const VESSELS = [
  ['9100000', 'Aurora', 'Liberia', '1200'],
  ['9107919', 'Borealis', 'Panama', '3400'],
  ['9115838', 'Cassiopeia', 'Malta', '560'],
  ['9123757', 'Draco', 'Marshall Islands', '8800'],
  ['9131676', 'Eridanus', 'Bahamas', '410'],
];
const vesselLines = (delimiter = ',') => VESSELS.map((v) => v.join(delimiter));
const vesselHeader = (delimiter = ',') =>
  ['imo_number', 'vessel_name', 'flag_state', 'gross_tonnage'].join(delimiter);
const vesselCsv = (delimiter = ',', end = '\n') =>
  [vesselHeader(delimiter), ...vesselLines(delimiter)].join(end) + end;

/** A workbook with one sheet (`sheetData` rows) whose parts sit at the given paths. */
function workbook(sheetData: string, paths: { workbook?: string; sheet?: string } = {}): Buffer {
  const xml = (body: string) =>
    Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`, 'utf8');
  const workbookPath = paths.workbook ?? 'xl/workbook.xml';
  const sheetPath = paths.sheet ?? 'xl/worksheets/sheet1.xml';
  const folder = workbookPath.includes('/')
    ? workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1)
    : '';
  const relsPath = `${folder}_rels/${workbookPath.slice(folder.length)}.rels`;
  const sheetTarget = sheetPath.startsWith(folder)
    ? sheetPath.slice(folder.length)
    : `/${sheetPath}`;
  const entries: ZipEntry[] = [
    {
      name: '[Content_Types].xml',
      data: xml(
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${workbookPath}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/${sheetPath}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`
      ),
    },
    {
      name: '_rels/.rels',
      data: xml(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${workbookPath}"/></Relationships>`
      ),
    },
    {
      name: workbookPath,
      data: xml(
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Calls" sheetId="1" r:id="rId1"/></sheets></workbook>'
      ),
    },
    {
      name: relsPath,
      data: xml(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${sheetTarget}"/></Relationships>`
      ),
    },
    {
      name: sheetPath,
      data: xml(
        `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData></worksheet>`
      ),
    },
  ];
  return zip(entries);
}

/** A CSV written by DuckDB itself with zstd compression (node 20's zlib has no zstd). */
async function zstdCsv(path: string, csvText: string): Promise<void> {
  const plain = `${path}.plain.csv`;
  writeFileSync(plain, csvText);
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(
      `COPY (SELECT * FROM read_csv('${plain}', all_varchar = true)) TO '${path}' (FORMAT csv, COMPRESSION zstd)`
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

const PORT_CALLS = [
  ['Rotterdam', 412, 'NL', 398],
  ['Antwerp', 301, 'BE', 296],
  ['Hamburg', 250, 'DE', 251],
  ['Piraeus', 190, 'GR', 188],
] as const;

const RAGGED_COLUMNS = ['call_id', 'port', 'vessel', 'berth', 'remarks'];

/** A file of `rows` records, every `everyNth` of them with two fields too many (ragged). */
function raggedCsv(rows: number, everyNth: number): string {
  const lines = [RAGGED_COLUMNS.join(',')];
  for (let i = 1; i <= rows; i += 1) {
    const base = `${i},Port ${i % 97},Vessel ${i % 389},B${i % 13},inspection report ${'x'.repeat(
      i % 40
    )}`;
    lines.push(i % everyNth === 0 ? `${base},extra,fields` : base);
  }
  return `${lines.join('\n')}\n`;
}

export const REAL_WORLD_CASES: RealWorldCase[] = [
  // 1. Title lines above the header.
  {
    id: 'title-one-line',
    finding: 'title lines',
    title: 'one title line above the header',
    delimited: true,
    make: (d) => write(d, 'fleet_register.csv', `Fleet register\n${vesselCsv()}`),
    rowsLoaded: 5,
    rowsQuarantined: 0,
    columns: ['imo_number', 'vessel_name', 'flag_state', 'gross_tonnage'],
  },
  {
    id: 'title-three-lines',
    finding: 'title lines',
    title: 'a title, a date line and a blank line above the header',
    delimited: true,
    make: (d) =>
      write(
        d,
        'fleet_report.csv',
        `Fleet report\nGenerated 2025-06-01 by the registry export\n\n${vesselCsv()}`
      ),
    rowsLoaded: 5,
    rowsQuarantined: 0,
    columns: ['imo_number', 'vessel_name', 'flag_state', 'gross_tonnage'],
  },
  {
    id: 'title-with-delimiter',
    finding: 'title lines',
    title: 'a title line that holds one comma',
    delimited: true,
    make: (d) => write(d, 'fleet_title_comma.csv', `Fleet register, June 2025\n${vesselCsv()}`),
    rowsLoaded: 5,
    rowsQuarantined: 0,
    columns: ['imo_number', 'vessel_name', 'flag_state', 'gross_tonnage'],
  },
  {
    id: 'xlsx-title-rows',
    finding: 'title lines',
    title: 'a workbook with a title row and a blank row above the header',
    delimited: false,
    make: (d) =>
      write(
        d,
        'port_calls_title.xlsx',
        workbook(
          sheetRows([
            ['Port calls, June 2025'],
            [],
            ['port', 'arrivals', 'country', 'departures'],
            ...PORT_CALLS.map((r) => [...r]),
          ])
        )
      ),
    rowsLoaded: 4,
    rowsQuarantined: 0,
    columns: ['port', 'arrivals', 'country', 'departures'],
  },
  {
    id: 'xlsx-unlabelled-column',
    finding: 'title lines',
    title: 'a workbook whose third column has no header, and a fifth column only some rows fill',
    delimited: false,
    make: (d) =>
      write(
        d,
        'port_calls_blank.xlsx',
        workbook(
          sheetRows([
            ['port', 'arrivals', null, 'departures'],
            ...PORT_CALLS.map((r, i) => (i % 2 === 0 ? [...r, 'late'] : [...r])),
          ])
        )
      ),
    rowsLoaded: 4,
    rowsQuarantined: 0,
    columns: ['port', 'arrivals', 'column C', 'departures', 'column E'],
    value: { column: 'column_c', equals: 'NL' },
  },

  // 2. Silent zero-row loads.
  {
    id: 'quote-at-field-end',
    finding: 'zero-row loads',
    title: 'inch marks: an unescaped quote at the end of fields',
    delimited: true,
    make: (d) =>
      write(d, 'pipe_sizes.csv', 'part,size,label\n1,12",pipe\n2,3/4",valve\n3,8",flange\n'),
    rowsLoaded: 3,
    value: { column: 'size', equals: '12"' },
  },
  {
    id: 'quote-at-field-end-quoted',
    finding: 'zero-row loads',
    title: 'inch marks in a file that also quotes fields',
    delimited: true,
    make: (d) =>
      write(
        d,
        'pipe_sizes_quoted.csv',
        'part,size,label\n1,12",pipe\n2,"3/4""",valve\n3,8",flange\n4,6",bend\n'
      ),
  },
  {
    id: 'multi-char-delimiter',
    finding: 'zero-row loads',
    title: 'a two-character delimiter (||)',
    delimited: true,
    make: (d) => write(d, 'double_pipe.csv', `${vesselCsv('||')}`),
  },
  {
    id: 'unterminated-last-line',
    finding: 'zero-row loads',
    title: 'no line end after the last record',
    delimited: true,
    make: (d) => write(d, 'no_final_newline.csv', vesselCsv().trimEnd()),
    rowsLoaded: 5,
  },
  {
    id: 'unterminated-last-quote',
    finding: 'zero-row loads',
    title: 'the last record opens a quote it never closes',
    delimited: true,
    make: (d) => write(d, 'open_quote_last.csv', `${vesselCsv()}9139595,"Fornax,Cyprus,700`),
  },

  // 3. Compressed files.
  {
    id: 'csv-gz',
    finding: 'compressed',
    title: 'a gzip-compressed CSV (.csv.gz)',
    delimited: true,
    make: (d) => write(d, 'vessels.csv.gz', gzipSync(vesselCsv())),
    rowsLoaded: 5,
    columns: ['imo_number', 'vessel_name', 'flag_state', 'gross_tonnage'],
  },
  {
    id: 'tsv-gz',
    finding: 'compressed',
    title: 'a gzip-compressed TSV (.tsv.gz)',
    delimited: true,
    make: (d) => write(d, 'vessels_tab.tsv.gz', gzipSync(vesselCsv('\t'))),
    rowsLoaded: 5,
    columns: ['imo_number', 'vessel_name', 'flag_state', 'gross_tonnage'],
  },
  {
    id: 'csv-zst',
    finding: 'compressed',
    title: 'a zstd-compressed CSV (.csv.zst)',
    delimited: true,
    make: async (d) => {
      const path = join(d, 'vessels_zstd.csv.zst');
      await zstdCsv(path, vesselCsv());
      return path;
    },
    rowsLoaded: 5,
    columns: ['imo_number', 'vessel_name', 'flag_state', 'gross_tonnage'],
  },
  {
    id: 'csv-gz-not-gzip',
    finding: 'compressed',
    title: 'a .csv.gz that is plain text',
    delimited: false,
    make: (d) => write(d, 'not_really.csv.gz', vesselCsv()),
    refused: /not gzip/,
  },

  // 4. File names taken literally.
  {
    id: 'name-brackets',
    finding: 'literal names',
    title: 'square brackets in the file name',
    delimited: true,
    make: (d) => write(d, 'report [final].csv', vesselCsv()),
    rowsLoaded: 5,
  },
  {
    id: 'name-star-question',
    finding: 'literal names',
    title: 'a star and a question mark in the file name',
    delimited: true,
    make: (d) => write(d, 'vessels*final?.csv', vesselCsv()),
    rowsLoaded: 5,
  },

  // 5. Encodings.
  {
    id: 'shift-jis',
    finding: 'encodings',
    title: 'Shift-JIS text from a Japanese system',
    delimited: true,
    make: (d) =>
      write(
        d,
        'ports_sjis.csv',
        iconv.encode(
          '港名,船名,総トン数,備考\n東京,さくら丸,1200,定期点検済み\n横浜,あさひ丸,800,入港予定\n神戸,みなと丸,950,出港済み\n名古屋,ひかり丸,1500,点検待ち\n',
          'Shift_JIS'
        )
      ),
    rowsLoaded: 4,
    columns: ['港名', '船名', '総トン数', '備考'],
    value: { column: '船名', equals: 'さくら丸' },
    encoding: 'shift_jis',
  },
  {
    id: 'iso-8859-7',
    finding: 'encodings',
    title: 'ISO-8859-7 Greek text',
    delimited: true,
    make: (d) =>
      write(
        d,
        'greek_ports.csv',
        iconv.encode(
          'λιμάνι,πλοίο,σημαία,παρατηρήσεις\nΠειραιάς,Αθηνά,Ελλάδα,επιθεώρηση ολοκληρώθηκε\nΘεσσαλονίκη,Ποσειδών,Κύπρος,αναμένεται άφιξη\nΗράκλειο,Αριάδνη,Μάλτα,αναχώρησε χθες\nΠάτρα,Ερμής,Ελλάδα,σε αναμονή επιθεώρησης\n',
          'ISO-8859-7'
        )
      ),
    rowsLoaded: 4,
    columns: ['λιμάνι', 'πλοίο', 'σημαία', 'παρατηρήσεις'],
    value: { column: 'πλοίο', equals: 'Αθηνά' },
    encoding: 'iso-8859-7',
  },
  {
    id: 'utf16le-bom',
    finding: 'encodings',
    title: 'UTF-16LE with a byte-order mark',
    delimited: true,
    make: (d) =>
      write(
        d,
        'vessels_utf16le.csv',
        Buffer.concat([
          Buffer.from([0xff, 0xfe]),
          iconv.encode('name,port\nSjöberg,Göteborg\nÅsa,Malmö\n', 'utf-16le'),
        ])
      ),
    rowsLoaded: 2,
    value: { column: 'name', equals: 'Sjöberg' },
    encoding: 'utf-16le',
  },
  {
    id: 'utf16be-bom',
    finding: 'encodings',
    title: 'UTF-16BE with a byte-order mark',
    delimited: true,
    make: (d) =>
      write(
        d,
        'vessels_utf16be.csv',
        Buffer.concat([
          Buffer.from([0xfe, 0xff]),
          iconv.encode('name,port\nSjöberg,Göteborg\nÅsa,Malmö\n', 'utf-16be'),
        ])
      ),
    rowsLoaded: 2,
    value: { column: 'name', equals: 'Sjöberg' },
    encoding: 'utf-16be',
  },
  {
    id: 'windows-1252',
    finding: 'encodings',
    title: 'Windows-1252 from Excel: curly quotes and the euro sign',
    delimited: true,
    make: (d) =>
      write(
        d,
        'prices_cp1252.csv',
        iconv.encode(
          'item,price,note\nCafé crème,4 €,“house” blend\nThé,3 €,served – hot\nCrêpe,5 €,Nicolás’s recipe\n',
          'windows-1252'
        )
      ),
    rowsLoaded: 3,
    value: { column: 'note', equals: '“house” blend' },
    encoding: 'windows-1252',
  },
  {
    id: 'utf-8-after-sniff-failure',
    finding: 'encodings',
    title: 'valid UTF-8 with a line DuckDB cannot sniff past (never "not UTF-8")',
    delimited: true,
    make: (d) =>
      write(
        d,
        'crew_utf8.csv',
        'nom,rôle\r\nJosé,capitaine\nZoë,mécanicienne\r\nŁukasz,cuisinier\n'
      ),
    rowsLoaded: 3,
    value: { column: 'nom', equals: 'Zoë' },
    encoding: 'utf-8',
  },

  // 6. Mixed line endings.
  {
    id: 'mixed-line-endings',
    finding: 'line endings',
    title: '\\r\\n and \\n in one file',
    delimited: true,
    make: (d) =>
      write(
        d,
        'mixed_endings.csv',
        [vesselHeader(), ...vesselLines()].map((line, i) => line + (i % 2 ? '\n' : '\r\n')).join('')
      ),
    rowsLoaded: 5,
  },
  {
    id: 'mixed-line-endings-quoted',
    finding: 'line endings',
    title: 'mixed line ends with a quoted field spanning two lines',
    delimited: true,
    make: (d) => write(d, 'mixed_quoted.csv', 'id,remark\r\n1,"two\nlines"\n2,plain\r\n3,end\n'),
    rowsLoaded: 3,
  },

  // 7. Memory bounded however many rows are rejected.
  // The columns as well as the counts: a ragged file must not load as one column of whole lines.
  {
    id: 'rejects-6000',
    finding: 'rejected rows',
    title: 'a 1.7 MB file with 6,000 ragged rows',
    delimited: true,
    make: (d) => write(d, 'ragged_6000.csv', raggedCsv(24_000, 4)),
    rowsLoaded: 18_000,
    rowsQuarantined: 6_000,
    columns: RAGGED_COLUMNS,
    rssMiB: 600,
  },
  {
    id: 'rejects-12000',
    finding: 'rejected rows',
    title: 'twice that: 12,000 ragged rows in 3.3 MB',
    delimited: true,
    make: (d) => write(d, 'ragged_12000.csv', raggedCsv(48_000, 4)),
    rowsLoaded: 36_000,
    rowsQuarantined: 12_000,
    columns: RAGGED_COLUMNS,
    rssMiB: 600,
  },
  {
    // DuckDB's strict sniffer reads this as one column of whole lines; its tolerant one as three.
    id: 'ragged-first-rows',
    finding: 'rejected rows',
    title: 'a short and a long row straight after the header (no data row taken for a title)',
    delimited: true,
    make: (d) =>
      write(
        d,
        'ragged_start.csv',
        'id,name,port\n1,Aurora\n2,Borealis,Rotterdam,late,extra\n3,Cassiopeia,Antwerp\n4,Draco,Hamburg\n5,Eridanus,Piraeus\n6,Fornax,Busan\n',
      ),
    rowsLoaded: 4,
    rowsQuarantined: 2,
    columns: ['id', 'name', 'port'],
  },

  // 8. One NUL byte; workbook parts at the paths the package names.
  {
    id: 'one-nul-byte',
    finding: 'nul and parts',
    title: 'one NUL byte in a value',
    delimited: true,
    make: (d) => write(d, 'vessels_nul.csv', vesselCsv().replace('Borealis', 'Bore\u0000alis')),
  },
  {
    id: 'xlsx-parts-elsewhere',
    finding: 'nul and parts',
    title: 'a workbook whose parts sit where [Content_Types].xml and the relationships say',
    delimited: false,
    make: (d) =>
      write(
        d,
        'calls_parts.xlsx',
        workbook(
          sheetRows([
            ['port', 'arrivals'],
            ['Rotterdam', 412],
            ['Antwerp', 301],
          ]),
          { workbook: 'workbook.xml', sheet: 'sheets/calls.xml' }
        )
      ),
    rowsLoaded: 2,
    columns: ['port', 'arrivals'],
  },
];
