import type { Batch } from './batch.js';
import { LivingSchemaError, type ErrorCode } from './errors.js';
import type { SourceInput, SourceReadContext } from './source.js';

/**
 * How to build a source again inside a worker thread: the module to import, the factory it
 * exports and the options to call it with (structured-cloneable: no functions or class
 * instances). A source that sets `SourceV1.worker` may be read off the calling thread.
 *
 * @example
 * { module: '@living-schema/source-ocr', exportName: 'ocr', options: { dpi: 300 } }
 */
export interface SourceWorkerRecipe {
  /** A package name (resolved from @living-schema/core's folder) or a `file:` URL. */
  module: string;
  /** The factory's export name, e.g. `ocr`. */
  exportName: string;
  /** The factory's options. */
  options?: unknown;
}

/** The context callbacks the calling thread answers for a source read in a worker. */
export type SourceWorkerCall =
  | { method: 'isLoaded'; args: Parameters<NonNullable<SourceReadContext['isLoaded']>> }
  | { method: 'stagingMetadata'; args: Parameters<NonNullable<SourceReadContext['stagingMetadata']>> }
  | { method: 'state.get'; args: [key: string] }
  | { method: 'state.set'; args: [key: string, value: string, options?: { afterBatch?: string }] };

/** An error as it crosses threads: a Living Schema error keeps its code and details. */
export interface SerialisedError {
  name: string;
  message: string;
  code?: ErrorCode;
  details?: Record<string, unknown>;
}

/** Calling thread -> worker. One read at a time per worker; `next` asks for the next batch. */
export type ToWorker =
  | {
      type: 'read';
      recipe: SourceWorkerRecipe;
      input: SourceInput;
      dataset?: string;
      tempDirectory: string;
      /** Which optional context callbacks the calling thread answers. */
      answers: { isLoaded: boolean; stagingMetadata: boolean; state: boolean; progress: boolean };
    }
  | { type: 'next' }
  | ({ type: 'reply'; id: number } & ({ value: unknown } | { error: SerialisedError }));

/** Worker -> calling thread. */
export type FromWorker =
  | { type: 'batch'; batch: Batch }
  | { type: 'done' }
  | { type: 'failed'; error: SerialisedError }
  | { type: 'progress'; progress: Parameters<NonNullable<SourceReadContext['onProgress']>>[0] }
  | ({ type: 'call'; id: number } & SourceWorkerCall);

export function serialiseError(error: unknown): SerialisedError {
  if (LivingSchemaError.isInstance(error)) {
    return { name: error.name, message: error.message, code: error.code, details: error.details };
  }
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

/** The error again on this side: the same code, message and details it had in the worker. */
export function deserialiseError(error: SerialisedError): Error {
  if (error.code) return new LivingSchemaError({ code: error.code, message: error.message, details: error.details });
  const plain = new Error(error.message);
  plain.name = error.name;
  return plain;
}
