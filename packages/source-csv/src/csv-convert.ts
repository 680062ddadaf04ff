import { rename, rm, writeFile } from 'node:fs/promises';
import type { DuckDBConnection } from '@duckdb/node-api';
import { LINEAGE_COLUMNS, parquetRowGroupSize, quoteLiteral, uniqueSnakeCaseNames, type ColumnOrigin, type RejectedRow } from '@living-schema/core';
import { firstLineFieldCount, readHead, type TextEncoding } from './csv-file-probe.js';
import { allRows, kvMetadataClause, runCounted } from './csv-duckdb.js';
import { copyWithoutRecords, OVERLONG_PREVIEW_BYTES, overlongLineReason, overlongRejection } from './csv-overlong-records.js';
import { normaliseLineEnds } from './csv-line-ends.js';
import { dataRecords, mixedLineEnds, scanRecords, type RecordDialect, type RecordScan } from './csv-record-scan.js';

export interface CsvDialectSettings {
  delimiter?: string;
  header?: boolean;
  encoding: TextEncoding;
  allText: boolean;
  sampleSize: number;
  maxLineBytes: number;
  /** More columns than this: refused (DuckDB's reader needs memory per column). */
  maxColumns?: number;
}

export interface CsvConversion {
  rowCount: number;
  rejected: RejectedRow[];
  columns: ColumnOrigin[];
  encoding: TextEncoding;
  delimiter: string;
  /** Columns whose sniffed type was widened because a value further on did not fit. */
  widened: Array<{ column: string; from: string; to: string }>;
  /** Lines before the header the sniffer skipped (title lines). */
  skippedLines: number;
  /** The file mixed line ends (`\r\n` and `\n`) and was read with `\n` throughout. */
  lineEndsNormalised: boolean;
}

/** The staged file's key/value metadata, possibly still being computed (it needs the file's hash). */
type CsvMetadata = Record<string, string> | Promise<Record<string, string> | undefined>;

/** Raised for a file DuckDB's sniffer or reader cannot make sense of; the caller names the file. */
export class CsvUnreadable extends Error {}

/** Raised when a file read as UTF-8 holds bytes that are not UTF-8: the caller transcodes it and reads again. */
export class CsvNotUtf8 extends Error {}

/** Raised for a file refused on the source's own account (not DuckDB's); the message is the reason. */
export class CsvRefused extends Error {}

interface SniffResult {
  Delimiter: string;
  Quote: string;
  Escape: string;
  NewLineDelimiter: string;
  Comment: string;
  SkipRows: number;
  HasHeader: boolean;
  Columns: Array<{ name: string; type: string }>;
  DateFormat: string | null;
  TimestampFormat: string | null;
}

const REJECTS = 'ls_csv_rejects';
/** Staged files are read once, soon after: fast compression beats small files. */
const COMPRESSION = 'snappy';
const REJECT_SCANS = 'ls_csv_reject_scans';
/** One step up the ladder for a sniffed type a later value did not fit. */
const WIDER: Record<string, string> = {
  BOOLEAN: 'VARCHAR',
  TINYINT: 'BIGINT',
  SMALLINT: 'BIGINT',
  INTEGER: 'BIGINT',
  BIGINT: 'DOUBLE',
  HUGEINT: 'VARCHAR',
  FLOAT: 'DOUBLE',
  DOUBLE: 'VARCHAR',
  DATE: 'TIMESTAMP',
  TIMESTAMP: 'VARCHAR',
  'TIMESTAMP WITH TIME ZONE': 'VARCHAR',
  TIME: 'VARCHAR',
};
const unquote = (value: string) => (value === '(empty)' ? '' : value);

/**
 * Options every sniff and read shares. The buffer holds two records at the line limit; no longer
 * record reaches DuckDB (it is cut out first: see csv-overlong-records.ts).
 */
function readerOptions(settings: CsvDialectSettings): string {
  const bufferSize = Math.max(32 * 1024 * 1024, 2 * settings.maxLineBytes);
  return `encoding = ${quoteLiteral(settings.encoding)}, max_line_size = ${settings.maxLineBytes}, buffer_size = ${bufferSize}`;
}

/**
 * Converts a delimited text file to Parquet with DuckDB's own reader: dialect, header and types
 * detected by its sniffer; header names normalised to snake_case (originals returned); a `_row`
 * column with the 1-based data row number; rows DuckDB cannot parse (ragged, unterminated quote)
 * returned as `rejected` instead of failing the file. A value that does not fit the type the
 * sniffer chose from its sample widens that column (BIGINT -> DOUBLE -> VARCHAR...) and the file
 * is read again, so no row is rejected for its type.
 *
 * Stages: scan (count the records, find those over `maxLineBytes`) -> cut them out of a copy ->
 * plan (sniff the copy) -> scan again if the dialect found changes the count -> read (DuckDB, to
 * Parquet) -> reconcile (read + rejected = the scan's count, or the file is refused).
 */
export async function convertCsvToParquet(
  connection: DuckDBConnection,
  input: string,
  destination: string,
  settings: CsvDialectSettings,
  options: { metadata?: CsvMetadata; sample?: Buffer } = {},
): Promise<CsvConversion> {
  // The records are counted and measured first, with the RFC 4180 dialect (the sniffer takes
  // tens of seconds to give up on a record over the limit: it never sees one).
  const assumed: RecordDialect = { delimiter: settings.delimiter ?? ',', quote: '"', escape: '"', comment: '' };
  let path = input;
  let scan = await scanUnlessSettled(path, assumed, settings, options.metadata);
  const normalised = `${destination}.lf.csv`;
  const lineEndsNormalised = mixedLineEnds(scan.lineEnds);
  let sample = options.sample;
  if (lineEndsNormalised) {
    await normaliseLineEnds(input, normalised);
    path = normalised;
    sample = await readHead(path);
    scan = await scanFile(path, assumed, settings);
  }
  if (settings.header !== false) refuseOverlongLines(scan, 1, settings.maxLineBytes);
  const fitted = `${destination}.fitted.csv`;
  try {
    let source = await withoutOverlong(path, fitted, scan);
    // Without its long records the copy may hold no quote at all: the scan says whether the
    // file uses quoting, and the hints come from the bytes DuckDB reads.
    const fittedHints = source === path ? undefined : { sample: await readHead(source), quoted: scan.quotedField };
    const plan = await planRead(connection, source, destination, settings, fittedHints?.sample ?? sample, fittedHints?.quoted);
    if (!scanHolds(scan, assumed, plan)) {
      scan = await scanFile(path, plan, settings);
      source = await withoutOverlong(path, fitted, scan);
    }
    refuseOverlongLines(scan, plan.skip + (plan.header ? 1 : 0), settings.maxLineBytes);
    const conversion = await convertRecords(connection, quoteLiteral(source), destination, settings, options.metadata, plan, scan);
    return { ...conversion, skippedLines: plan.skip, lineEndsNormalised };
  } finally {
    await rm(fitted, { force: true });
    await rm(normalised, { force: true });
  }
}

const scanFile = (path: string, dialect: RecordDialect, settings: CsvDialectSettings, signal?: AbortSignal) =>
  scanRecords(path, { dialect: { delimiter: dialect.delimiter, quote: dialect.quote, escape: dialect.escape, comment: dialect.comment }, maxLineBytes: settings.maxLineBytes, previewBytes: OVERLONG_PREVIEW_BYTES }, signal);

/**
 * The first scan, stopped when the pending metadata fails (the caller's way to say the file is
 * already loaded): a re-run then costs the hash, not a second pass over the file. The metadata's
 * own error is what is thrown.
 */
async function scanUnlessSettled(path: string, dialect: RecordDialect, settings: CsvDialectSettings, metadata: CsvMetadata | undefined): Promise<RecordScan> {
  const stop = new AbortController();
  const pending = Promise.resolve(metadata);
  pending.catch(() => stop.abort());
  try {
    return await scanFile(path, dialect, settings, stop.signal);
  } catch (error) {
    if (stop.signal.aborted) await pending;
    throw error;
  }
}

/** The file DuckDB reads: the original, or a copy without the records over the line limit. */
async function withoutOverlong(path: string, fitted: string, scan: RecordScan): Promise<string> {
  if (scan.overlong.length === 0) return path;
  await copyWithoutRecords(path, fitted, scan.overlong);
  return fitted;
}

/** A line before the data over the limit: no column is known, so no record can be read. */
function refuseOverlongLines(scan: RecordScan, linesBeforeData: number, maxLineBytes: number): void {
  const line = scan.overlong.find((record) => record.line <= linesBeforeData);
  if (line) throw new CsvRefused(overlongLineReason(line, maxLineBytes));
}

/** The scan with the assumed dialect stands for the sniffed one: the same, or no quote anywhere. */
function scanHolds(scan: RecordScan, assumed: RecordDialect, plan: RecordDialect): boolean {
  if (plan.comment !== assumed.comment) return false;
  if (!scan.sawQuote) return true;
  const escape = (d: RecordDialect) => d.escape || d.quote;
  return plan.delimiter === assumed.delimiter && plan.quote === assumed.quote && escape(plan) === escape(assumed);
}

/** The dialect and types a file is read with, from the sniff and the source's corrections. */
interface ReadPlan extends RecordDialect {
  sniff: SniffResult;
  types: string[];
  header: boolean;
  skip: number;
}

/** Sniffs the dialect, header and types of `path` (no record in it is over the line limit). */
async function planRead(
  connection: DuckDBConnection,
  path: string,
  destination: string,
  settings: CsvDialectSettings,
  sample: Buffer | undefined,
  quoted?: boolean,
): Promise<ReadPlan> {
  const encoding = settings.encoding;
  const file = quoteLiteral(path);
  const quoting = [`quote = '"'`, `escape = '"'`];
  let sniff: SniffResult;
  const sniffCsv = async (target = file, header = settings.header, extra: string[] = quoted ? quoting : [], strict = false) => {
    const hints = [
      readerOptions(settings),
      ...extra,
      ...(strict ? [] : ['ignore_errors = true']),
      `sample_size = ${settings.sampleSize}`,
      ...(settings.delimiter ? [`delim = ${quoteLiteral(settings.delimiter)}`] : []),
      ...(header !== undefined ? [`header = ${header}`] : []),
      ...(settings.allText ? ['all_varchar = true'] : []),
    ].join(', ');
    const rows = await allRows<SniffResult>(connection, `SELECT * FROM sniff_csv(${target}, ${hints})`);
    return rows[0]!;
  };
  try {
    sniff = await sniffBoth(() => sniffCsv(file, settings.header, quoted ? quoting : [], true), () => sniffCsv(), sample);
  } catch (error) {
    const message = String((error as Error).message);
    if (encoding === 'utf-8' && /invalid unicode/i.test(message)) throw new CsvNotUtf8(firstLine(error));
    // The sniffer gives up on a record longer than max_line_size even with ignore_errors; the
    // scan cut out every such record it found, but a dialect other than RFC 4180 can make
    // another record long: sniff the complete lines at the start of the file instead.
    if (/maximum line size/i.test(message) && sample) {
      // The head may hold no quoted field while the long record is quoted: say how quoting works.
      const hints = quoted || startsQuotedField(sample, settings.delimiter ?? ',') ? quoting : [];
      sniff = await sniffHead(sample, destination, (target, header) => sniffCsv(target, settings.header ?? header, hints));
    } else throw new CsvUnreadable(firstLine(error));
  }
  if (settings.maxColumns !== undefined && sniff.Columns.length > settings.maxColumns) {
    throw new CsvUnreadable(`it has ${sniff.Columns.length} columns, over the limit of ${settings.maxColumns} (the csv source's maxColumns option)`);
  }
  let quote = unquote(sniff.Quote);
  let escape = unquote(sniff.Escape);
  let types = sniff.Columns.map((c) => (settings.allText ? 'VARCHAR' : c.type));
  // The sniffer falls back to "no quoting" when one quote is never closed, which would keep the
  // quote characters in every value. When fields do start with a quote, read quoted and strictly:
  // the record with the unterminated quote is rejected, the rest load (as text: no types are
  // sniffed in this mode).
  if (quote === '' && sample && startsQuotedField(sample, sniff.Delimiter)) {
    quote = '"';
    escape = '"';
    types = types.map(() => 'VARCHAR');
  }
  return { sniff, delimiter: sniff.Delimiter, quote, escape, comment: unquote(sniff.Comment), types, header: sniff.HasHeader, skip: Number(sniff.SkipRows) };
}

/**
 * Sniffs strictly, as DuckDB's own read_csv does (only then does the sniffer skip title lines
 * above the header: with ignore_errors it takes the title for a one-column header), then, unless
 * that settles it, tolerantly. The strict result stands when it finds more than one column (or
 * as many as the tolerant one) and every line it skips is a title: blank, or with fewer fields
 * than the header it found. Otherwise the tolerant one does: the strict sniffer also "skips" data
 * rows to reach a consistent stretch of a ragged file, or settles for one column holding whole
 * lines. A clean file is sniffed once; a file the tolerant sniff cannot read is refused.
 */
async function sniffBoth(strict: () => Promise<SniffResult>, tolerant: () => Promise<SniffResult>, sample: Buffer | undefined): Promise<SniffResult> {
  const strictly = await strict().catch(() => null);
  const standing = strictly !== null && skipsOnlyTitles(strictly, sample);
  if (standing && strictly.Columns.length > 1) return strictly;
  const tolerantly = await tolerant();
  return standing && strictly.Columns.length >= tolerantly.Columns.length ? strictly : tolerantly;
}

/** The lines a sniff skips are titles: blank, or fewer fields than its header (which it found). */
function skipsOnlyTitles(sniff: SniffResult, sample: Buffer | undefined): boolean {
  const skip = Number(sniff.SkipRows);
  if (skip === 0) return true;
  if (!sniff.HasHeader || !sample) return false;
  const lines = sample.toString('utf8').split(/\r\n|\n|\r/).slice(0, skip);
  const fields = (line: string) => firstLineFieldCount(Buffer.from(line), 'utf-8', sniff.Delimiter).fields;
  return lines.length === skip && lines.every((line) => line.trim() === '' || fields(line) < sniff.Columns.length);
}

/**
 * Reads the records (no record over the line limit is left in `file`) to Parquet, widening types
 * a value did not fit, and returns them with the rejected ones, every record of the scan
 * accounted for.
 */
async function convertRecords(
  connection: DuckDBConnection,
  file: string,
  destination: string,
  settings: CsvDialectSettings,
  pendingMetadata: CsvMetadata | undefined,
  plan: ReadPlan,
  scan: RecordScan,
): Promise<Omit<CsvConversion, 'skippedLines' | 'lineEndsNormalised'>> {
  const { sniff, delimiter, quote, escape, comment, types, header, skip } = plan;
  const encoding = settings.encoding;
  const dialect = [
    'auto_detect = false',
    `delim = ${quoteLiteral(delimiter)}`,
    `quote = ${quoteLiteral(quote)}`,
    `escape = ${quoteLiteral(escape)}`,
    `comment = ${quoteLiteral(comment)}`,
    `skip = ${skip}`,
    ...(sniff.DateFormat ? [`dateformat = ${quoteLiteral(sniff.DateFormat)}`] : []),
    ...(sniff.TimestampFormat ? [`timestampformat = ${quoteLiteral(sniff.TimestampFormat)}`] : []),
  ];
  const readCsv = (columns: string, extra: string[]) => `read_csv(${file}, ${[readerOptions(settings), ...dialect, `columns = {${columns}}`, ...extra].join(', ')})`;

  let originals: string[];
  if (header) {
    const probe = sniff.Columns.map((_, i) => `${quoteLiteral(`c${i}`)}: 'VARCHAR'`).join(', ');
    const rows = await allRows<Record<string, string | null>>(connection, `SELECT * FROM ${readCsv(probe, ['header = false', 'ignore_errors = true'])} LIMIT 1`);
    originals = sniff.Columns.map((_, i) => rows[0]?.[`c${i}`] ?? '');
  } else {
    originals = sniff.Columns.map((_, i) => `column ${i + 1}`);
  }
  const names = uniqueSnakeCaseNames(originals, LINEAGE_COLUMNS);
  const columns = names.map((name, i) => ({ name, originalName: originals[i]! }));

  // Metadata may still be in the making (the file's hash): needed from the data pass on.
  const metadata = await pendingMetadata;
  const widened: CsvConversion['widened'] = [];
  const partial = `${destination}.partial.parquet`;
  let rowCount = 0;
  for (let attempt = 0; ; attempt += 1) {
    await connection.run(`DROP TABLE IF EXISTS ${REJECTS}; DROP TABLE IF EXISTS ${REJECT_SCANS}`);
    const spec = names.map((name, i) => `${quoteLiteral(name)}: ${quoteLiteral(types[i]!)}`).join(', ');
    // No row number here: the file keeps the input's order, so a row's position in it is its row
    // number (the sink reads it for free); only rejected rows make an explicit `_row` necessary.
    const select = `SELECT * FROM ${readCsv(spec, [
      `header = ${header}`,
      'allow_quoted_nulls = false',
      'store_rejects = true',
      `rejects_table = '${REJECTS}'`,
      `rejects_scan = '${REJECT_SCANS}'`,
    ])}`;
    try {
      rowCount = await runCounted(connection, `COPY (${select}) TO ${quoteLiteral(partial)} (FORMAT parquet, COMPRESSION ${COMPRESSION}, ROW_GROUP_SIZE ${parquetRowGroupSize(names.length)}${kvMetadataClause(metadata)})`);
    } catch (error) {
      await rm(partial, { force: true });
      throw new CsvUnreadable(firstLine(error));
    }
    const problems = await allRows<{ column_name: string | null; error_type: string; n: number }>(
      connection,
      `SELECT column_name, error_type, count(*) AS n FROM ${REJECTS} WHERE error_type IN ('CAST', 'INVALID ENCODING', 'INVALID UNICODE') GROUP BY ALL`,
    );
    if (problems.length === 0 || attempt >= 8) break;
    if (problems.some((p) => p.error_type !== 'CAST') && encoding === 'utf-8') {
      // A byte sequence that is not UTF-8 past the probed sample: the caller transcodes the file.
      await rm(partial, { force: true });
      throw new CsvNotUtf8('a byte sequence further on is not UTF-8');
    }
    let changed = false;
    for (const problem of problems.filter((p) => p.error_type === 'CAST')) {
      const index = names.indexOf(problem.column_name ?? '');
      if (index < 0) continue;
      const from = types[index]!;
      const to = WIDER[from.toUpperCase()] ?? 'VARCHAR';
      if (to === from) continue;
      types[index] = to;
      widened.push({ column: names[index]!, from, to });
      changed = true;
    }
    if (!changed) break;
  }

  const linesBeforeData = skip + (header ? 1 : 0);
  const cut = scan.overlong.map((record) => overlongRejection(record, linesBeforeData, settings.maxLineBytes));
  const rejected = [...(await rejectedRows(connection, linesBeforeData)), ...cut].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const counted = dataRecords(scan, { linesBeforeData, blankLinesAreRecords: sniff.Columns.length === 1 });
  if (rowCount + rejected.length !== counted) {
    await rm(partial, { force: true });
    throw new CsvRefused(
      `DuckDB's reader accounted for ${rowCount + rejected.length} of the ${counted} records in the file (${rowCount} read, ${rejected.length} rejected); nothing of it is loaded rather than lose a record`,
    );
  }
  if (rejected.length > 0) await renumberAroundRejects(connection, partial, destination, rejected, metadata, names.length + 1);
  else await rename(partial, destination);
  return { rowCount, rejected, columns, encoding, delimiter, widened };
}

/**
 * The gist of a DuckDB error for a message: its first two lines, each cut to 300 characters (an
 * "Original Line" can be megabytes), without DuckDB's tuning advice; running out of memory says
 * which limit to raise.
 */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/out of memory/i.test(message)) {
    const limit = /\(([\d.]+ [KMGT]iB)\/([\d.]+ [KMGT]iB) used\)/.exec(message)?.[2];
    return `DuckDB ran out of memory${limit ? ` at its limit of ${limit}` : ''} (raise the csv source's memoryLimit, env LIVING_SCHEMA_CSV_MEMORY_LIMIT, or split the file)`;
  }
  return message
    .split('\n')
    .filter((line) => line.trim() !== '' && !/^possible solution/i.test(line.trim()))
    .slice(0, 2)
    .map((line) => (line.length > 300 ? `${line.slice(0, 300)}… (${line.length} characters)` : line))
    .join(' ')
    .trim();
}

/**
 * Sniffs the complete lines of the file's first bytes (written to a file beside the staged one),
 * for a file whose full sniff failed on an over-long record. A head of one line is taken as the
 * header (a header followed by the long record is the likely shape).
 */
async function sniffHead(sample: Buffer, destination: string, sniff: (target: string, header?: boolean) => Promise<SniffResult>): Promise<SniffResult> {
  const end = sample.lastIndexOf(0x0a) + 1;
  if (end === 0) throw new CsvUnreadable(`its first record is longer than the ${sample.length}-byte sample the dialect is detected from, and longer than the line limit`);
  const head = sample.subarray(0, end);
  const lines = head.toString('latin1').split('\n').filter((line) => line.trim() !== '').length;
  const path = `${destination}.head.csv`;
  await writeFile(path, head);
  try {
    return await sniff(quoteLiteral(path), lines <= 1 ? true : undefined);
  } catch (error) {
    throw new CsvUnreadable(firstLine(error));
  } finally {
    await rm(path, { force: true });
  }
}

/** True when some field in the sample opens with a double quote (the file uses quoting). */
function startsQuotedField(sample: Buffer, delimiter: string): boolean {
  const text = sample.toString('latin1');
  const escaped = delimiter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|\\n|${escaped})"`).test(text);
}

/**
 * DuckDB's rejected rows. Its raw line starts with the empty lines before it (a record cut out
 * for its size leaves one): a record never starts with a line end, so they are trimmed.
 */
async function rejectedRows(connection: DuckDBConnection, linesBeforeData: number): Promise<RejectedRow[]> {
  const rows = await allRows<{ line: number; reason: string; raw: string | null }>(
    connection,
    `SELECT line, string_agg(DISTINCT error_type || ': ' || error_message, '; ' ORDER BY error_type || ': ' || error_message) AS reason, ltrim(first(csv_line), chr(10) || chr(13)) AS raw
     FROM ${REJECTS} GROUP BY line ORDER BY line`,
  );
  return rows.map((r) => ({ row: Number(r.line) - linesBeforeData, raw: r.raw ?? '', reason: r.reason.replace(/^[A-Z ]+(?=:)/, (type) => type.charAt(0) + type.slice(1).toLowerCase()) }));
}

/**
 * `_row` was numbered over the rows that parsed; shift it past the rejected rows so loaded and
 * quarantined rows share one numbering (1..rows in, each number once).
 */
async function renumberAroundRejects(
  connection: DuckDBConnection,
  partial: string,
  destination: string,
  rejected: RejectedRow[],
  metadata: Record<string, string> | undefined,
  columnCount: number,
): Promise<void> {
  const shifts = rejected.map((r, i) => `(${(r.row ?? 0) - (i + 1)}, ${i + 1})`).join(', ');
  await connection.run(`CREATE OR REPLACE TEMP TABLE ls_csv_shifts AS SELECT before, max(shift) AS shift FROM (VALUES ${shifts}) v(before, shift) GROUP BY before`);
  await connection.run(
    `COPY (SELECT p.* EXCLUDE (file_row_number), p.file_row_number + 1 + coalesce(s.shift, 0) AS _row
           FROM read_parquet(${quoteLiteral(partial)}, file_row_number = true) p ASOF LEFT JOIN ls_csv_shifts s ON p.file_row_number + 1 > s.before ORDER BY p.file_row_number)
     TO ${quoteLiteral(destination)} (FORMAT parquet, COMPRESSION ${COMPRESSION}, ROW_GROUP_SIZE ${parquetRowGroupSize(columnCount)}${kvMetadataClause(metadata)})`,
  );
  await rm(partial, { force: true });
  await connection.run('DROP TABLE ls_csv_shifts');
}
