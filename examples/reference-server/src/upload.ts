import Busboy from 'busboy';
import { createWriteStream, mkdirSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
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

/** Each file goes into its own numbered folder under its own (sanitised) name, which sources use for the dataset name. */
function safeName(name: string, index: number): string {
  const base = basename(name).replace(/[^A-Za-z0-9._ -]+/g, '_').replace(/^\.+/, '');
  return join(String(index), base || 'upload');
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

  const parser = Busboy({ headers: { 'content-type': contentType }, limits: { files: limits.maxFiles, fileSize: limits.maxBytes, fields: 20, fieldSize: 64 * 1024 } });
  const done = new Promise<void>((resolve, reject) => {
    parser.on('file', (field, stream, info) => {
      if (failure) {
        stream.resume();
        return;
      }
      const file: UploadedFile = { field, filename: info.filename || 'upload', path: join(directory, safeName(info.filename || 'upload', files.length + 1)), bytes: 0 };
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
    throw new HTTPException(400, { message: `The multipart body could not be read: ${failure.message}` });
  }
  if (files.length === 0) throw new HTTPException(400, { message: 'No file in the upload (send at least one part named "file").' });
  return { files, fields };
}
