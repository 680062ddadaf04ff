import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Batch } from './batch.js';
import { ErrorCodes, LivingSchemaError } from './errors.js';
import type { SourceInput, SourceReadContext, SourceV1 } from './source.js';
import {
  deserialiseError,
  serialiseError,
  type FromWorker,
  type SourceWorkerCall,
  type SourceWorkerRecipe,
  type ToWorker,
} from './source-worker-protocol.js';

export interface SourceWorkerPoolOptions {
  /** Most reads running in worker threads at once (and so most threads). A further read waits. */
  size: number;
  /** Heap limit of each worker thread in MiB: a read over it fails alone. Default: Node's own. */
  memoryMb?: number;
}

/** The worker entry, found through the package's own exports so it is the built file in every setup. */
function workerEntry(): string {
  return createRequire(import.meta.url).resolve('@living-schema/core/source-worker');
}

function uriOf(input: SourceInput): string {
  return typeof input === 'string' ? input : input.uri;
}

/**
 * Reads sources in worker threads, at most `size` at once, so a CPU-heavy read (a 10,000-page
 * PDF, OCR, a large workbook) never blocks the calling thread's event loop. A source is read in a
 * worker when it declares how to be built there (`SourceV1.worker`); any other source is read on
 * the calling thread as before. Batches come back one at a time and are staged and loaded by the
 * caller, into its one store. Errors keep their `LivingSchemaError` code, message and details; a
 * worker that dies (out of memory, a crash in a native module) fails that read alone with
 * `LS_SOURCE_WORKER_FAILED`. Idle workers are kept for the next read and do not keep the
 * process alive.
 *
 * @example
 * const pool = new SourceWorkerPool({ size: 2 });
 * for await (const batch of pool.read(ocr(), './report.pdf', { tempDirectory })) console.log(batch.dataset);
 * await pool.close();
 */
export class SourceWorkerPool {
  private readonly idle: Worker[] = [];
  private readonly workers = new Set<Worker>();
  private readonly waiting: Array<{ resolve(worker: Worker): void; reject(error: Error): void }> = [];
  private closed = false;

  constructor(private readonly options: SourceWorkerPoolOptions) {
    if (!Number.isInteger(options.size) || options.size < 1) {
      throw new RangeError(`SourceWorkerPool size must be a positive integer (got ${options.size}).`);
    }
  }

  /** Worker threads running now, busy or idle. */
  get threads(): number {
    return this.workers.size;
  }

  /** Reads `input` with `source`: in a worker when the source has a recipe, else on this thread. */
  read(source: SourceV1, input: SourceInput, context: SourceReadContext): AsyncIterable<Batch> {
    if (!source.worker || this.closed) return source.read(input, context);
    return this.readInWorker(source.worker, input, context);
  }

  private async *readInWorker(
    recipe: SourceWorkerRecipe,
    input: SourceInput,
    context: SourceReadContext,
  ): AsyncIterable<Batch> {
    context.signal?.throwIfAborted();
    const worker = await this.acquire();
    const job = new WorkerRead(worker, context, uriOf(input));
    try {
      job.start(recipe, input);
      for (let batch = await job.next(); batch; batch = await job.next()) {
        yield batch;
        job.askNext();
      }
    } finally {
      job.detach();
      // A worker still inside a read (the caller stopped early, an abort, a crash) is ended.
      this.release(worker, job.settled);
    }
  }

  private acquire(): Promise<Worker> {
    const idle = this.idle.pop();
    if (idle) {
      idle.ref();
      return Promise.resolve(idle);
    }
    if (this.workers.size < this.options.size) return Promise.resolve(this.spawn());
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  private spawn(): Worker {
    const { memoryMb } = this.options;
    const worker = new Worker(workerEntry(), memoryMb ? { resourceLimits: { maxOldGenerationSizeMb: memoryMb } } : {});
    this.workers.add(worker);
    // Always listened to: an 'error' event nobody hears would end the whole process.
    worker.on('error', () => this.discard(worker));
    worker.on('exit', () => this.discard(worker));
    return worker;
  }

  private release(worker: Worker, reusable: boolean): void {
    if (!reusable || this.closed || !this.workers.has(worker)) {
      this.discard(worker);
      void worker.terminate();
      return;
    }
    const next = this.waiting.shift();
    if (next) return next.resolve(worker);
    worker.unref();
    this.idle.push(worker);
  }

  /** Forgets a worker that ended; a read waiting for a thread gets a new one. */
  private discard(worker: Worker): void {
    if (!this.workers.delete(worker)) return;
    const index = this.idle.indexOf(worker);
    if (index >= 0) this.idle.splice(index, 1);
    const next = !this.closed && this.waiting.shift();
    if (next) next.resolve(this.spawn());
  }

  /** Ends every worker thread; reads still waiting for one fail with `LS_ENGINE_CLOSED`. */
  async close(): Promise<void> {
    this.closed = true;
    for (const waiter of this.waiting.splice(0)) {
      const message = 'The source worker pool was closed before this read could start.';
      waiter.reject(new LivingSchemaError({ code: ErrorCodes.ENGINE_CLOSED, message }));
    }
    const workers = [...this.workers];
    this.workers.clear();
    this.idle.length = 0;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

type Outcome = { batch: Batch } | { done: true } | { error: Error };

/** One read in one worker: its messages turned into batches, and its context calls answered. */
class WorkerRead {
  /** True once the worker finished the read (done or failed) and is free for another. */
  settled = false;
  private readonly outcomes: Outcome[] = [];
  private waiter: ((outcome: Outcome) => void) | undefined;
  private readonly onMessage = (message: FromWorker) => this.handle(message);
  private readonly onError = (error: Error) => this.deliver({ error: this.workerFailed(error) });
  private readonly onExit = (code: number) =>
    this.deliver({ error: this.workerFailed(new Error(`it exited with code ${code}`)) });
  private readonly onAbort = () =>
    this.deliver({ error: this.context.signal?.reason ?? new Error('aborted') });

  constructor(
    private readonly worker: Worker,
    private readonly context: SourceReadContext,
    private readonly uri: string,
  ) {
    worker.on('message', this.onMessage);
    worker.on('error', this.onError);
    worker.on('exit', this.onExit);
    context.signal?.addEventListener('abort', this.onAbort, { once: true });
  }

  start(recipe: SourceWorkerRecipe, input: SourceInput): void {
    const { context } = this;
    const message: ToWorker = {
      type: 'read',
      recipe,
      input,
      ...(context.dataset === undefined ? {} : { dataset: context.dataset }),
      tempDirectory: context.tempDirectory,
      answers: {
        isLoaded: !!context.isLoaded,
        stagingMetadata: !!context.stagingMetadata,
        state: !!context.state,
        progress: !!context.onProgress,
      },
    };
    try {
      this.worker.postMessage(message);
    } catch (error) {
      throw new LivingSchemaError({
        code: ErrorCodes.SOURCE_WORKER_FAILED,
        message:
          `${basename(this.uri)}: the source's worker recipe or the input cannot be sent to a worker ` +
          `thread (${(error as Error).message}); a recipe holds only plain data.`,
        details: { input: this.uri, module: recipe.module, exportName: recipe.exportName },
        cause: error,
      });
    }
  }

  /** The next batch, or null when the read is over; a failed read throws its error. */
  async next(): Promise<Batch | null> {
    const outcome =
      this.outcomes.shift() ?? (await new Promise<Outcome>((resolve) => (this.waiter = resolve)));
    if ('error' in outcome) throw outcome.error;
    return 'batch' in outcome ? outcome.batch : null;
  }

  askNext(): void {
    this.worker.postMessage({ type: 'next' } satisfies ToWorker);
  }

  detach(): void {
    this.worker.off('message', this.onMessage);
    this.worker.off('error', this.onError);
    this.worker.off('exit', this.onExit);
    this.context.signal?.removeEventListener('abort', this.onAbort);
  }

  private deliver(outcome: Outcome): void {
    const waiter = this.waiter;
    this.waiter = undefined;
    if (waiter) waiter(outcome);
    else this.outcomes.push(outcome);
  }

  private handle(message: FromWorker): void {
    if (message.type === 'batch') this.deliver({ batch: message.batch });
    else if (message.type === 'progress') this.context.onProgress?.(message.progress);
    else if (message.type === 'call') void this.answer(message.id, message);
    else {
      this.settled = true;
      this.deliver(message.type === 'done' ? { done: true } : { error: deserialiseError(message.error) });
    }
  }

  private async answer(id: number, request: SourceWorkerCall): Promise<void> {
    let reply: ToWorker;
    try {
      reply = { type: 'reply', id, value: await this.call(request) };
    } catch (error) {
      reply = { type: 'reply', id, error: serialiseError(error) };
    }
    // The worker may have ended meanwhile (an abort): nobody is left to answer.
    if (this.worker.threadId >= 0) this.worker.postMessage(reply);
  }

  private call(request: SourceWorkerCall): Promise<unknown> {
    const { context } = this;
    switch (request.method) {
      case 'isLoaded':
        return context.isLoaded!(...request.args);
      case 'stagingMetadata':
        return context.stagingMetadata!(...request.args);
      case 'state.get':
        return context.state!.get(...request.args);
      case 'state.set':
        return context.state!.set(...request.args);
    }
  }

  private workerFailed(cause: Error): LivingSchemaError {
    const outOfMemory = (cause as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
    const reason = outOfMemory ? 'it ran out of memory (the sourceWorkerMemoryMb setting)' : cause.message;
    return new LivingSchemaError({
      code: ErrorCodes.SOURCE_WORKER_FAILED,
      message:
        `${basename(this.uri)}: the worker thread reading it stopped (${reason}). Nothing of it ` +
        'was stored; other inputs and requests are unaffected.',
      details: { input: this.uri, reason: outOfMemory ? 'out-of-memory' : 'crashed' },
      cause,
    });
  }
}
