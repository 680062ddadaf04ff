import { openAsBlob } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ErrorCodes, LivingSchemaError, type BatchOutcome, type IngestResult, type InputFailure } from '@living-schema/core';
import type { ServerClient } from './server-client.js';

/** A batch as `POST /api/ingest` answers it: `file` is the uploaded part's file name. */
type UploadedBatch = Omit<BatchOutcome, 'sourceUri'> & { file: string };

interface UploadAnswer {
  batches: UploadedBatch[];
  failures: InputFailure[];
}

export interface ServerIngestOptions {
  source?: string;
  dataset?: string;
  /** Called with each batch as its file's upload answers (the CLI prints one line per batch). */
  onBatch?: (batch: BatchOutcome) => void;
}

/**
 * `engine.ingest` through the server holding the store: each file is uploaded on its own (so no
 * limit on the number of files applies, and each answer is that file's), and its batches and
 * failures name its local path, as an ingest here does. A folder a source reads whole, or a URL,
 * cannot be uploaded: each is a failure that says so.
 */
export async function ingestThroughServer(server: ServerClient, inputs: string[], options: ServerIngestOptions): Promise<IngestResult> {
  const result: IngestResult = { batches: [], failures: [] };
  for (const input of inputs) {
    if (!(await isFile(input))) {
      result.failures.push(notUploadable(server, input));
      continue;
    }
    // Answered once the catalog shows the file, as an ingest here is: a `schema` after it sees it.
    const answer = await server.post<UploadAnswer>('/api/ingest?wait=catalog', await uploadForm(input, options));
    // One file per upload, so every batch and failure of the answer is this input's.
    for (const { file, ...uploaded } of answer.batches) {
      const batch = { ...uploaded, sourceUri: input } as BatchOutcome;
      options.onBatch?.(batch);
      result.batches.push(batch);
    }
    const named = (text: string) => text.split(basename(input)).join(input);
    result.failures.push(...answer.failures.map((f) => ({ ...f, input, message: named(f.message) })));
  }
  return result;
}

async function isFile(input: string): Promise<boolean> {
  return (await stat(input).catch(() => null))?.isFile() ?? false;
}

async function uploadForm(path: string, options: ServerIngestOptions): Promise<FormData> {
  const form = new FormData();
  // Streamed from disk by fetch: a large file is never read whole into memory here.
  form.append('file', await openAsBlob(path), basename(path));
  if (options.dataset) form.append('dataset', options.dataset);
  if (options.source) form.append('source', options.source);
  return form;
}

function notUploadable(server: ServerClient, input: string): InputFailure {
  return {
    input,
    code: ErrorCodes.NOT_THROUGH_SERVER,
    message:
      `${input}: the server at ${server.runtime.url} holds this database and takes uploaded files ` +
      `only, not a folder read whole or a URL (runtime file ${server.file}). Ingest its files, or ` +
      'stop the server and ingest it here.',
  };
}

/** An option that needs the store opened here, refused while a server holds it. */
export function refuseThroughServer(server: ServerClient, what: string): LivingSchemaError {
  return new LivingSchemaError({
    code: ErrorCodes.NOT_THROUGH_SERVER,
    message:
      `${what} needs the database opened here, but the server at ${server.runtime.url} holds it ` +
      `(runtime file ${server.file}). Stop the server to use it.`,
    details: { file: server.file, url: server.runtime.url },
  });
}
