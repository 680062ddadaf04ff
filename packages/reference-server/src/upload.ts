import Busboy from 'busboy';
import { createWriteStream, mkdirSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { redactPaths } from '@living-schema/core';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { HTTPException } from 'hono/http-exception';

export interface UploadedFile {
  field: string;
  filename: string;
  path: string;
  bytes: number;
}

export interface UploadResult {
  files: UploadedFile[];
  fields: Record<string, string>;
}

/** Thrown when the upload exceeds a limit: nothing of it is kept. */
export class UploadTooLarge extends HTTPException {
  constructor(message: string) {
    super(413, { message });
  }
}

/** The longest file name most file systems take, in UTF-8 bytes. */
export const MAX_FILE_NAME_BYTES = 255;

/** A file name too long to store: refused by name (cut short), never by the path it would get. */
function refuseLongName(name: string): HTTPException {
  const shown = `${[...name].slice(0, 40).join('')}…`;
  const bytes = Buffer.byteLength(name);
  return new HTTPException(400, { message: `The file name "${shown}" is ${bytes} bytes long; at most ${MAX_FILE_NAME_BYTES} are allowed. Rename the file and upload it again.` });
}

/**
 * Each file goes into its own numbered folder under its own name, which sources use for the
 * dataset name: letters and digits of any script are kept (`Schiffe_März_船.csv`); what could
 * leave the folder or confuse a shell becomes `_`.
 */
function safeName(name: string, index: number): string {
  const base = basename(name).replace(/[^\p{L}\p{M}\p{N}._ -]+/gu, '_').replace(/^\.+/, '');
  return join(String(index), base || 'upload');
}

/**
 * Removes what uploads in flight left behind when the server was killed (they are never
 * finished later). Returns how many uploads were removed.
 */
export async function removeUploadLeftovers(directory: string): Promise<number> {
  const entries = await readdir(directory).catch(() => [] as string[]);
  await Promise.all(entries.map((entry) => rm(join(directory, entry), { recursive: true, force: true })));
  return entries.length;
}

/**
 * Streams a multipart body to files in `directory` (never whole in memory). Over `maxBytes` in
 * total or `maxFiles` files, it stops reading, deletes what it wrote and throws 413.
 */
export async function receiveUpload(request: Request, directory: string, limits: { maxBytes: number; maxFiles: number }): Promise<UploadResult> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!contentType.toLowerCase().startsWith('multipart/form-data')) {
    throw new HTTPException(415, { message: 'Send files as multipart/form-data (field name "file").' });
  }
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limits.maxBytes) throw new UploadTooLarge(`The upload is ${declared} bytes; the limit is ${limits.maxBytes} bytes.`);
  if (!request.body) throw new HTTPException(400, { message: 'The request has no body.' });
  await mkdir(directory, { recursive: true });

  const files: UploadedFile[] = [];
  const fields: Record<string, string> = {};
  const writes: Promise<void>[] = [];
  let total = 0;
  let failure: Error | undefined;

  // Browsers send file names in UTF-8; busboy's default reads them as Latin-1.
  const parser = Busboy({ headers: { 'content-type': contentType }, defParamCharset: 'utf8', limits: { files: limits.maxFiles, fileSize: limits.maxBytes, fields: 20, fieldSize: 64 * 1024 } });
  const done = new Promise<void>((resolve, reject) => {
    parser.on('file', (field, stream, info) => {
      if (failure) {
        stream.resume();
        return;
      }
      if (Buffer.byteLength(basename(info.filename || '')) > MAX_FILE_NAME_BYTES) {
        failure = refuseLongName(basename(info.filename ?? ''));
        stream.resume();
        return;
      }
      const file: UploadedFile = { field, filename: basename(info.filename || 'upload'), path: join(directory, safeName(info.filename || 'upload', files.length + 1)), bytes: 0 };
      files.push(file);
      mkdirSync(dirname(file.path), { recursive: true });
      stream.on('data', (chunk: Buffer) => {
        file.bytes += chunk.length;
        total += chunk.length;
        if (total > limits.maxBytes && !failure) {
          failure = new UploadTooLarge(`The upload exceeds the limit of ${limits.maxBytes} bytes.`);
          stream.unpipe();
          stream.resume();
        }
      });
      stream.on('limit', () => {
        failure ??= new UploadTooLarge(`"${info.filename}" exceeds the limit of ${limits.maxBytes} bytes.`);
      });
      writes.push(pipeline(stream, createWriteStream(file.path)).catch((error) => {
        failure ??= error;
      }));
    });
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('filesLimit', () => {
      failure ??= new UploadTooLarge(`At most ${limits.maxFiles} files per upload.`);
    });
    parser.on('error', reject);
    parser.on('close', resolve);
  });
  try {
    // Both awaited together: a malformed body makes the parser fail both the pipeline and `done`,
    // and a rejection nobody awaits would end the whole process (one bad request, no server).
    await Promise.all([pipeline(Readable.fromWeb(request.body as never), parser), done]);
    await Promise.all(writes);
  } catch (error) {
    failure ??= error instanceof Error ? error : new Error(String(error));
  }
  if (failure) {
    await rm(directory, { recursive: true, force: true });
    if (failure instanceof HTTPException) throw failure;
    const reason = redactPaths(failure.message, [{ path: directory, as: '(upload)' }]);
    throw new HTTPException(400, { message: `The multipart body could not be read: ${reason}` });
  }
  if (files.length === 0) throw new HTTPException(400, { message: 'No file in the upload (send at least one part named "file").' });
  return { files, fields };
}

/**
 * When `POST /api/ingest` answers (its `wait` query parameter): `catalog` (the default) once
 * discovery and versioning have run, so a schema read or a question after the answer sees the
 * upload; `commit` once the rows are committed and queryable, for a script sending many files
 * that wants each answer early and lets the catalog catch up. Undefined for any other value.
 */
export function uploadWait(value: string | undefined): 'commit' | 'catalog' | undefined {
  if (value === undefined || value === '' || value === 'catalog') return 'catalog';
  return value === 'commit' ? 'commit' : undefined;
}
