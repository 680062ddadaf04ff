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
  type SourceInput,
  type SourceReadContext,
  type SourceV1,
} from '@living-schema/core';
import { convertCsvToParquet, CsvNotUtf8, CsvRefused, CsvUnreadable } from './csv-convert.js';
import { withDuckDb } from './csv-duckdb.js';
import { firstLineFieldCount, hashFile, probeFile, readHead, transcodeToUtf8, transcodeUtf16ToUtf8 } from './csv-file-probe.js';
import { csvOptionsSchema, type CsvSourceOptions, type ResolvedCsvSourceOptions } from './csv-options.js';
import { convertWorkbook, inspectWorkbook, XlsxUnreadable } from './xlsx-read.js';

export interface CsvSource extends SourceV1 {
  readonly options: Readonly<ResolvedCsvSourceOptions>;
}

/**
 * The dataset a file loads into when none is named: its file name in snake_case, without a
 * trailing date or version (`vessel_registry_2025-06.csv` -> `vessel_registry`), so successive
 * exports of one source land in one dataset (see `exportBaseName`).
 */
export function datasetFromFileName(path: string): string {
  return exportBaseName(basename(path, extname(path)));
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

  async function* readDelimited(path: string, dataset: string, size: number, context: SourceReadContext): AsyncIterable<Batch> {
    const probe = await probeFile(path);
    if (probe.encoding === null) throw unreadable(path, probe.notTextReason ?? 'it is not text');
    const named = resolved.encoding;
    let encoding = named ?? probe.encoding;
    const head = await readHead(path);
    // DuckDB's reader needs memory for every column of every chunk it reads (a 10,000-column file
    // exhausts 512 MB before the first row): count the first line's fields before it starts.
    const width = firstLineFieldCount(head, encoding, resolved.delimiter);
    if (width.fields > resolved.maxColumns) {
      throw unreadable(path, `its first line has ${width.fields}${width.complete ? '' : ' or more'} fields, over the limit of ${resolved.maxColumns} columns (the csv source's maxColumns option); split the file or raise the limit`);
    }
    // The batch id (and so the staged file's metadata, which DuckDB writes in the same pass as the
    // data) depends on the file's hash: it is computed while DuckDB starts and sniffs the dialect,
    // and awaited just before the data pass. A file already loaded is not converted again.
    const identity = hashFile(path).then(async (contentHash) => {
      const batch = { source: resolved.name, kind: 'records' as const, dataset, contentHash };
      if (await context.isLoaded?.(batch)) return { contentHash, loaded: true, kv: undefined };
      return { contentHash, loaded: false, kv: await context.stagingMetadata?.(batch) };
    });
    identity.catch(() => undefined); // awaited below; a failure surfaces there, not as an unhandled rejection
    const metadata = identity.then((found) => {
      if (found.loaded) throw new AlreadyLoaded();
      return found.kv;
    });
    metadata.catch(() => undefined);
    const alreadyLoaded = (contentHash: string): Batch => ({
      kind: 'records',
      source: resolved.name,
      sourceUri: path,
      dataset,
      contentHash,
      payload: { format: 'rows', rows: [] },
    });
    const destination = join(context.tempDirectory, `${randomUUID()}.parquet`);
    const transcoded = join(context.tempDirectory, `${randomUUID()}.utf8.csv`);
    let conversion;
    try {
      // Text that is not UTF-8 (Latin-1, or Windows-1252 as Excel writes it) is rewritten as
      // UTF-8 first: DuckDB's own latin-1 decoder refuses bytes 0x80-0x9F (curly quotes, €).
      // UTF-16 too: records are counted and measured in the UTF-8 bytes DuckDB reads.
      let readPath = path;
      const transcode = async () => {
        if (encoding === 'utf-16') await transcodeUtf16ToUtf8(path, transcoded);
        else await transcodeToUtf8(path, transcoded, { everyLine: named === 'latin-1' });
        readPath = transcoded;
        encoding = 'utf-8';
      };
      if (encoding === 'latin-1' || encoding === 'utf-16') {
        // Rewriting the whole file costs more than hashing it: ask first.
        const found = await identity;
        if (found.loaded) {
          yield alreadyLoaded(found.contentHash);
          return;
        }
        await transcode();
      }
      const convert = () =>
        withDuckDb({ memoryLimit, threads, tempDirectory: join(context.tempDirectory, 'duckdb') }, async (connection) => {
          const onProgress = context.onProgress;
          let timer: NodeJS.Timeout | undefined;
          if (onProgress) {
            await connection.run("SET enable_progress_bar = true; SET enable_progress_bar_print = false");
            timer = setInterval(() => {
              const percentage = connection.progress.percentage;
              if (percentage > 0) onProgress({ uri: path, done: Math.round((Math.min(percentage, 100) / 100) * size), total: size, unit: 'bytes' });
            }, 250);
          }
          try {
            const sample = readPath === path ? head : await readHead(readPath);
            return await convertCsvToParquet(
              connection,
              readPath,
              destination,
              { delimiter: resolved.delimiter, header: resolved.header, encoding, allText: resolved.allText, sampleSize: resolved.sampleSize, maxLineBytes: resolved.maxLineBytes, maxColumns: resolved.maxColumns },
              { sample, metadata },
            );
          } finally {
            if (timer) clearInterval(timer);
          }
        });
      try {
        conversion = await convert();
      } catch (error) {
        // A byte that is not UTF-8 past the probed sample: rewrite the file and read it again.
        if (!(error instanceof CsvNotUtf8) || readPath !== path) throw error;
        await transcode();
        conversion = await convert();
      }
    } catch (error) {
      await rm(destination, { force: true });
      if (error instanceof AlreadyLoaded) {
        yield alreadyLoaded((await identity).contentHash);
        return;
      }
      if (error instanceof CsvRefused) throw unreadable(path, error.message, error);
      if (error instanceof CsvUnreadable || error instanceof CsvNotUtf8) throw unreadable(path, `DuckDB's CSV reader could not read it (${error.message})`, error);
      throw unreadable(path, describeError(error), error);
    } finally {
      await rm(transcoded, { force: true });
    }
    const { contentHash } = await identity;
    context.onProgress?.({ uri: path, done: size, total: size, unit: 'bytes' });
    try {
      yield {
        kind: 'records',
        source: resolved.name,
        sourceUri: path,
        dataset,
        contentHash,
        payload: { format: 'parquet', path: destination, rowCount: conversion.rowCount },
        rejected: conversion.rejected,
        columns: conversion.columns,
      };
    } finally {
      await rm(destination, { force: true });
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
      return extensions.includes(extname(path).toLowerCase());
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
      const probe = await probeFile(path);
      if (extname(path).toLowerCase() === '.xlsx' || probe.isZip) yield* readWorkbook(path, dataset, context);
      else yield* readDelimited(path, dataset, info.size, context);
    },
  };
}

/** Thrown into the conversion to stop it: the engine says the file's batch is already loaded. */
class AlreadyLoaded extends Error {}
