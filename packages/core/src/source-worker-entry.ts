/**
 * The worker thread a {@link SourceWorkerPool} starts: it builds sources from their recipes and
 * reads one input at a time, so the CPU-heavy part of a read (PDF text extraction, OCR, XLSX
 * parsing) runs here and not on the thread that answers HTTP requests. Batches go back to the
 * calling thread one at a time, when it asks for the next; the calling thread stages and loads
 * them into its store (this thread never opens one). Context callbacks (`isLoaded`,
 * `stagingMetadata`, `state`) are answered by the calling thread.
 */
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { SourceReadContext, SourceV1 } from './source.js';
import {
  deserialiseError,
  serialiseError,
  type FromWorker,
  type SourceWorkerCall,
  type SourceWorkerRecipe,
  type ToWorker,
} from './source-worker-protocol.js';

const port = parentPort;
if (!port) throw new Error('source-worker-entry runs as a worker thread (started by SourceWorkerPool).');

/** How much nicer than its process a worker thread runs (Linux nice steps). */
const BACKGROUND_NICENESS = 10;

/**
 * Parsing is background work: on a busy machine a worker thread at the process's priority takes
 * the CPU from the thread answering requests (and from the store's own threads running their
 * queries). On Linux this thread, and every thread it starts (OCR, a conversion's DuckDB), runs
 * `BACKGROUND_NICENESS` steps nicer; elsewhere, or when the system refuses, it keeps the
 * process's priority.
 */
function runAsBackground(): void {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(threadId) || threadId <= 0) return;
    setPriority(threadId, Math.min(19, getPriority(threadId) + BACKGROUND_NICENESS));
  } catch {
    // Not Linux, or not permitted: same priority as the process.
  }
}
runAsBackground();

/** Sources built in this worker, by recipe: an OCR engine's start-up is paid once per worker. */
const sources = new Map<string, Promise<SourceV1>>();
const pendingCalls = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
let nextCallId = 0;
let wantNext: (() => void) | undefined;

function post(message: FromWorker): void {
  port!.postMessage(message);
}

function sourceFor(recipe: SourceWorkerRecipe): Promise<SourceV1> {
  const key = JSON.stringify([recipe.module, recipe.exportName, recipe.options ?? null]);
  let source = sources.get(key);
  if (!source) {
    source = import(recipe.module).then((module: Record<string, unknown>) => {
      const factory = module[recipe.exportName];
      if (typeof factory !== 'function') {
        throw new Error(`${recipe.module} has no export "${recipe.exportName}" that builds a source.`);
      }
      return factory(recipe.options) as SourceV1;
    });
    // A recipe that failed to build is tried again on the next read, not cached as a failure.
    source.catch(() => sources.delete(key));
    sources.set(key, source);
  }
  return source;
}

/** Asks the calling thread to answer a context callback. */
function call(request: SourceWorkerCall): Promise<never> {
  const id = (nextCallId += 1);
  return new Promise((resolve, reject) => {
    pendingCalls.set(id, { resolve: resolve as (value: unknown) => void, reject });
    post({ type: 'call', id, ...request });
  });
}

function contextFor(message: Extract<ToWorker, { type: 'read' }>): SourceReadContext {
  const { answers } = message;
  return {
    ...(message.dataset === undefined ? {} : { dataset: message.dataset }),
    tempDirectory: message.tempDirectory,
    ...(answers.progress ? { onProgress: (progress) => post({ type: 'progress', progress }) } : {}),
    ...(answers.isLoaded ? { isLoaded: (batch) => call({ method: 'isLoaded', args: [batch] }) } : {}),
    ...(answers.stagingMetadata
      ? { stagingMetadata: (batch) => call({ method: 'stagingMetadata', args: [batch] }) }
      : {}),
    ...(answers.state
      ? {
          state: {
            get: (key) => call({ method: 'state.get', args: [key] }),
            set: (key, value, options) => call({ method: 'state.set', args: [key, value, options] }),
          },
        }
      : {}),
  };
}

async function read(message: Extract<ToWorker, { type: 'read' }>): Promise<void> {
  try {
    const source = await sourceFor(message.recipe);
    for await (const batch of source.read(message.input, contextFor(message))) {
      const asked = new Promise<void>((resolve) => (wantNext = resolve));
      post({ type: 'batch', batch });
      await asked;
    }
    post({ type: 'done' });
  } catch (error) {
    postFailure(error);
  }
}

function postFailure(error: unknown): void {
  const serialised = serialiseError(error);
  try {
    post({ type: 'failed', error: serialised });
  } catch {
    // Details that cannot be cloned (a plugin's own objects) are dropped; the code and message stay.
    post({ type: 'failed', error: { ...serialised, details: {} } });
  }
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'read') void read(message);
  else if (message.type === 'next') wantNext?.();
  else {
    const pending = pendingCalls.get(message.id);
    pendingCalls.delete(message.id);
    if ('error' in message) pending?.reject(deserialiseError(message.error));
    else pending?.resolve(message.value);
  }
});
