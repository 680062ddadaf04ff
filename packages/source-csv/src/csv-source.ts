import { randomUUID } from 'node:crypto';
import { rm, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ErrorCodes,
  LivingSchemaError,
  describeError,
  exportBaseName,
  parsePluginOptions,
  sha256,
  toSnakeCase,
  type Batch,
  type BatchDetails,
  type SourceInput,
  type SourceReadContext,
  type SourceV1,
} from '@living-schema/core';
import type { DuckDBConnection } from '@duckdb/node-api';
import { compressionOf, CompressedUnreadable, decompress, withoutCompressionEnding, type Compression } from './csv-compression.js';
import { convertCsvToParquet, CsvNotUtf8, CsvRefused, CsvUnreadable } from './csv-convert.js';
import { withDuckDb } from './csv-duckdb.js';
import { canonicalEncoding, decodeToUtf8, type EncodingName } from './csv-encoding.js';
import { firstLineFieldCount, hashFile, probeFile, readHead } from './csv-file-probe.js';
import { csvOptionsSchema, type CsvSourceOptions, type ResolvedCsvSourceOptions } from './csv-options.js';
import { convertWorkbook, inspectWorkbook, XlsxUnreadable } from './xlsx-read.js';

export interface CsvSource extends SourceV1 {
  readonly options: Readonly<ResolvedCsvSourceOptions>;
}

/**
 * The dataset a file loads into when none is named: its file name in snake_case, without a
 * trailing date or version (`vessel_registry_2025-06.csv` -> `vessel_registry`), so successive
 * exports of one source land in one dataset (see `exportBaseName`); a compression ending is not
 * part of it (`vessels.csv.gz` -> `vessels`).
 */
export function datasetFromFileName(path: string): string {
  const name = basename(withoutCompressionEnding(path));
  return exportBaseName(basename(name, extname(name)));
}

function localPath(input: SourceInput): string | null {
  const uri = typeof input === 'string' ? input : input.uri;
  if (uri.startsWith('file://')) return fileURLToPath(uri);
  if (/^[a-z][a-z0-9+.-]*:/i.test(uri) && !/^[a-z]:[\\/]/i.test(uri)) return null;
  return resolve(uri);
}

function unreadable(path: string, reason: string, cause?: unknown): LivingSchemaError {
  return new LivingSchemaError({
    code: ErrorCodes.INPUT_UNREADABLE,
    message: `${path} was not loaded: ${reason}.`,
    details: { input: path },
    ...(cause === undefined ? {} : { cause }),
  });
}

/**
 * Reads CSV/TSV (any delimiter, quoting, header, UTF-8/UTF-16/Latin-1, types detected by
 * DuckDB's own sniffer) and XLSX workbooks into record batches. A delimited file becomes one
 * batch written straight to Parquet by DuckDB (rows never pass through JavaScript); a workbook
 * becomes one batch per sheet. Rows that cannot be parsed (ragged, unterminated quote) are
 * returned as rejected rows with their row number and the reason, and land in the quarantine.
 *
 * @param options.dataset dataset for every file, default from the file name
 * @param options.sheet XLSX: only this sheet, default every sheet with data
 * @param options.memoryLimit DuckDB memory for a conversion, default `512MB` (env `LIVING_SCHEMA_CSV_MEMORY_LIMIT`)
 * @example
 * import { createLivingSchema } from '@living-schema/core';
 * import { duckdb } from '@living-schema/sink-duckdb';
 * import { csv } from '@living-schema/source-csv';
 * const ls = createLivingSchema({ sink: duckdb({ path: './data.duckdb' }), sources: [csv()] });
 * await ls.ingest(['./exports/vessels.csv', './exports/ports.xlsx']);
 * @see https://duckdb.org/docs/stable/data/csv/auto_detection
 */
export function csv(options: CsvSourceOptions = {}): CsvSource {
  const resolved = parsePluginOptions('csv', csvOptionsSchema, options);
  const env = resolved.env ?? process.env;
  const memoryLimit = resolved.memoryLimit ?? env.LIVING_SCHEMA_CSV_MEMORY_LIMIT ?? '512MB';
  const threadsFromEnv = Number.parseInt(env.LIVING_SCHEMA_CSV_THREADS ?? '', 10);
  const threads = resolved.threads ?? (Number.isInteger(threadsFromEnv) && threadsFromEnv > 0 ? threadsFromEnv : undefined);
  const extensions = resolved.extensions.map((e) => e.toLowerCase());

  /**
   * A delimited file, `read` being the bytes (the input, or its unpacked copy) and `shown` the
   * input's name in batches and errors. Stages: probe (text? which encoding?) -> decode to UTF-8
   * when it is not -> check the first line's width -> convert (DuckDB, to Parquet).
   */
  async function* readDelimited(file: { read: string; shown: string }, dataset: string, size: number, context: SourceReadContext, found: BatchDetails = {}): AsyncIterable<Batch> {
    const { read, shown } = file;
    const probe = await probeFile(read);
    if (probe.encoding === null) throw unreadable(shown, probe.notTextReason ?? 'it is not text');
    const named = resolved.encoding === undefined ? undefined : canonicalEncoding(resolved.encoding)!;
    let encoding = named ?? probe.encoding;
    // The batch id (and so the staged file's metadata, which DuckDB writes in the same pass as the
    // data) depends on the file's hash: it is computed while DuckDB starts and sniffs the dialect,
    // and awaited just before the data pass. A file already loaded is not converted again.
    const identity = hashFile(read).then(async (contentHash) => {
      const batch = { source: resolved.name, kind: 'records' as const, dataset, contentHash };
      if (await context.isLoaded?.(batch)) return { contentHash, loaded: true, kv: undefined };
      return { contentHash, loaded: false, kv: await context.stagingMetadata?.(batch) };
    });
    identity.catch(() => undefined); // awaited below; a failure surfaces there, not as an unhandled rejection
    const metadata = identity.then((known) => {
      if (known.loaded) throw new AlreadyLoaded();
      return known.kv;
    });
    metadata.catch(() => undefined);
    const alreadyLoaded = (contentHash: string): Batch => ({
      kind: 'records',
      source: resolved.name,
      sourceUri: shown,
      dataset,
      contentHash,
      payload: { format: 'rows', rows: [] },
    });
    const destination = join(context.tempDirectory, `${randomUUID()}.parquet`);
    const transcoded = join(context.tempDirectory, `${randomUUID()}.utf8.csv`);
    let conversion;
    try {
      // DuckDB reads UTF-8 only (its latin-1 decoder refuses 0x80-0x9F: curly quotes, the euro
      // sign): any other encoding is decoded first, and records are counted and measured in the
      // UTF-8 bytes DuckDB reads.
      let readPath = read;
      const transcode = async (from: EncodingName) => {
        await decodeToUtf8(read, transcoded, from, { named: from === named });
        readPath = transcoded;
        encoding = from;
      };
      if (encoding !== 'utf-8') {
        // Rewriting the whole file costs more than hashing it: ask first.
        const known = await identity;
        if (known.loaded) {
          yield alreadyLoaded(known.contentHash);
          return;
        }
        await transcode(encoding);
      }
      const convert = async () => {
        const head = await readHead(readPath, HEAD_BYTES);
        refuseBlank(shown, head);
        refuseTooWide(shown, head);
        return withDuckDb({ memoryLimit, threads, tempDirectory: join(context.tempDirectory, 'duckdb') }, (connection) =>
          withProgress(connection, shown, size, context, () =>
            convertCsvToParquet(
              connection,
              readPath,
              destination,
              { delimiter: resolved.delimiter, header: resolved.header, encoding: 'utf-8', allText: resolved.allText, sampleSize: resolved.sampleSize, maxLineBytes: resolved.maxLineBytes, maxColumns: resolved.maxColumns },
              { sample: head, metadata },
            ),
          ),
        );
      };
      try {
        conversion = await convert();
      } catch (error) {
        // A byte that is not UTF-8 past the probed sample: rewrite the file and read it again.
        if (!(error instanceof CsvNotUtf8) || readPath !== read) throw error;
        await transcode('windows-1252');
        conversion = await convert();
      }
    } catch (error) {
      await rm(destination, { force: true });
      if (error instanceof AlreadyLoaded) {
        yield alreadyLoaded((await identity).contentHash);
        return;
      }
      if (error instanceof LivingSchemaError) throw error;
      const naming = (message: string) => namingInput(message, context.tempDirectory, shown);
      if (error instanceof CsvRefused) throw unreadable(shown, naming(error.message), error);
      if (error instanceof CsvUnreadable || error instanceof CsvNotUtf8) throw unreadable(shown, `DuckDB's CSV reader could not read it (${naming(error.message)})`, error);
      throw unreadable(shown, naming(describeError(error)), error);
    } finally {
      await rm(transcoded, { force: true });
    }
    const { contentHash } = await identity;
    context.onProgress?.({ uri: shown, done: size, total: size, unit: 'bytes' });
    const details: BatchDetails = { encoding, ...found, ...(conversion.skippedLines > 0 ? { skippedLines: conversion.skippedLines } : {}), ...(conversion.lineEndsNormalised ? { lineEndsNormalised: true } : {}) };
    try {
      yield {
        kind: 'records',
        source: resolved.name,
        sourceUri: shown,
        dataset,
        contentHash,
        payload: { format: 'parquet', path: destination, rowCount: conversion.rowCount },
        rejected: conversion.rejected,
        columns: conversion.columns,
        details,
      };
    } finally {
      await rm(destination, { force: true });
    }
  }

  /**
   * A file of blank lines and spaces has no header and no row; DuckDB would read its spaces as a
   * one-column header and a row. Seen whole when it fits in the head (a larger one is read).
   */
  function refuseBlank(shown: string, head: Buffer): void {
    if (head.length < HEAD_BYTES && head.toString('utf8').replace(/^\ufeff/, '').trim() === '') {
      throw unreadable(shown, 'it holds only blank lines and spaces: there is no header and no row to load');
    }
  }

  /**
   * DuckDB's reader needs memory for every column of every chunk it reads (a 10,000-column file
   * exhausts 512 MB before the first row): count the first line's fields before it starts.
   */
  function refuseTooWide(shown: string, head: Buffer): void {
    const width = firstLineFieldCount(head, 'utf-8', resolved.delimiter);
    if (width.fields > resolved.maxColumns) {
      throw unreadable(shown, `its first line has ${width.fields}${width.complete ? '' : ' or more'} fields, over the limit of ${resolved.maxColumns} columns (the csv source's maxColumns option); split the file or raise the limit`);
    }
  }

  /** A gzip or zstd file: unpacked (bounded by maxUncompressedBytes) to a working copy, then read. */
  async function* readCompressed(path: string, compression: Compression, dataset: string, context: SourceReadContext): AsyncIterable<Batch> {
    const unpacked = join(context.tempDirectory, `${randomUUID()}.unpacked`);
    try {
      try {
        await decompress(path, unpacked, compression, resolved.maxUncompressedBytes);
      } catch (error) {
        if (error instanceof CompressedUnreadable) throw unreadable(path, error.message, error);
        throw unreadable(path, namingInput(describeError(error), context.tempDirectory, path), error);
      }
      const { size } = await stat(unpacked);
      if (size === 0) throw unreadable(path, `it unpacks (${compression}) to an empty file: there is no header and no row to load`);
      yield* readDelimited({ read: unpacked, shown: path }, dataset, size, context, { compression });
    } finally {
      await rm(unpacked, { force: true });
    }
  }

  async function* readWorkbook(path: string, dataset: string, context: SourceReadContext): AsyncIterable<Batch> {
    let layout;
    try {
      layout = await inspectWorkbook(path, resolved);
    } catch (error) {
      if (error instanceof XlsxUnreadable) throw unreadable(path, error.message, error);
      throw unreadable(path, describeError(error), error);
    }
    const fileHash = await hashFile(path);
    let sheets;
    try {
      sheets = await withDuckDb({ memoryLimit, threads, tempDirectory: join(context.tempDirectory, 'duckdb') }, (connection) =>
        convertWorkbook(connection, path, { tempDirectory: context.tempDirectory, sheet: resolved.sheet, layout, maxColumns: resolved.maxColumns }),
      );
    } catch (error) {
      throw unreadable(path, `the workbook could not be read (${describeError(error)})`, error);
    }
    if (resolved.sheet !== undefined && sheets.length === 0) throw unreadable(path, `it has no sheet named "${resolved.sheet}" with data`);
    if (sheets.length === 0) throw unreadable(path, 'no sheet in the workbook has any data');
    try {
      for (const sheet of sheets) {
        // One sheet: the file's dataset. Several: one dataset per sheet, `<dataset>_<sheet>`.
        const sheetDataset = sheets.length === 1 ? dataset : `${dataset}_${toSnakeCase(sheet.name)}`;
        yield {
          kind: 'records',
          source: resolved.name,
          sourceUri: `${path}#${sheet.name}`,
          dataset: sheetDataset,
          contentHash: sha256(`${fileHash}\u0000${sheet.name}`),
          payload: { format: 'parquet', path: sheet.parquetPath, rowCount: sheet.rowCount },
          rejected: sheet.rejected,
          columns: sheet.columns,
          ...(sheet.titleRows > 0 ? { details: { headerRow: sheet.headerRow, skippedRows: sheet.titleRows } } : {}),
        };
        await rm(sheet.parquetPath, { force: true });
      }
    } finally {
      for (const sheet of sheets) await rm(sheet.parquetPath, { force: true });
    }
  }

  return {
    specificationVersion: 'v1',
    name: resolved.name,
    kinds: ['records'],
    options: resolved,
    // Its options are plain data, so it can be built again in a worker thread (config `sourceWorkers`).
    worker: { module: '@living-schema/source-csv', exportName: 'csv', options },
    canRead(input: SourceInput): boolean {
      const path = localPath(input);
      if (!path) return false;
      return extensions.includes(extname(withoutCompressionEnding(path)).toLowerCase());
    },
    async *read(input: SourceInput, context: SourceReadContext): AsyncIterable<Batch> {
      const uri = typeof input === 'string' ? input : input.uri;
      const path = localPath(input);
      if (!path) throw unreadable(uri, 'the csv source reads local files only');
      const info = await stat(path).catch(() => null);
      if (!info) throw unreadable(path, 'no such file');
      if (!info.isFile()) throw unreadable(path, 'it is not a regular file');
      if (info.size === 0) throw unreadable(path, 'the file is empty (0 bytes): there is no header and no row to load');
      const dataset = context.dataset ?? resolved.dataset ?? datasetFromFileName(path);
      const compression = compressionOf(path);
      if (compression) {
        yield* readCompressed(path, compression, dataset, context);
        return;
      }
      const probe = await probeFile(path);
      if (extname(path).toLowerCase() === '.xlsx' || probe.isZip) yield* readWorkbook(path, dataset, context);
      else yield* readDelimited({ read: path, shown: path }, dataset, info.size, context);
    },
  };
}

/**
 * DuckDB names the file it read in its errors: a working copy under the temporary folder (the
 * decoded, unpacked or normalised file) is named as the user's input instead.
 */
function namingInput(message: string, tempDirectory: string, shown: string): string {
  const folder = tempDirectory.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return message.replace(new RegExp(`${folder}[^"'\\s)]*`, 'g'), shown);
}

/** Reports DuckDB's progress on a long conversion as bytes of the input. */
async function withProgress<T>(connection: DuckDBConnection, shown: string, size: number, context: SourceReadContext, work: () => Promise<T>): Promise<T> {
  const onProgress = context.onProgress;
  if (!onProgress) return work();
  await connection.run('SET enable_progress_bar = true; SET enable_progress_bar_print = false');
  const timer = setInterval(() => {
    const percentage = connection.progress.percentage;
    if (percentage > 0) onProgress({ uri: shown, done: Math.round((Math.min(percentage, 100) / 100) * size), total: size, unit: 'bytes' });
  }, 250);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}

/** Bytes of the file's head the dialect hints and the blank and width checks look at. */
const HEAD_BYTES = 256 * 1024;

/** Thrown into the conversion to stop it: the engine says the file's batch is already loaded. */
class AlreadyLoaded extends Error {}
