import { ErrorCodes, LivingSchemaError } from '@living-schema/core';

export interface QueryAdmissionOptions {
  /** Queries running at once, all callers together. */
  maxConcurrent: number;
  /** Queries one caller may run at once; the rest of its queries wait. */
  maxConcurrentPerCaller: number;
  /** Queries waiting for a slot at most; one more is refused with `LS_QUERY_QUEUE_FULL`. */
  maxQueued: number;
}

interface Waiting {
  caller: string;
  admit: () => void;
}

/** Queries without a named caller share this one. */
const ANONYMOUS = '';

/**
 * Admits queries to run a few at a time, so that parallel heavy queries (each may hold up to
 * `maxResultBytes` of result, and DuckDB's own memory for it) cannot add up to exhaust the
 * process, and no caller can take every slot: one caller's slow queries leave room for another
 * caller's quick one. Others wait in a bounded queue, first in first out among the callers that
 * have room; when that is full a query is refused at once with `LS_QUERY_QUEUE_FULL` (the
 * server answers 503 with Retry-After) rather than piling up.
 */
export class QueryAdmission {
  private running = 0;
  private readonly runningBy = new Map<string, number>();
  private readonly queue: Waiting[] = [];

  constructor(private readonly options: QueryAdmissionOptions) {}

  async run<T>(work: () => Promise<T>, caller: string = ANONYMOUS): Promise<T> {
    await this.acquire(caller);
    try {
      return await work();
    } finally {
      this.release(caller);
    }
  }

  private hasRoom(caller: string): boolean {
    return this.running < this.options.maxConcurrent && (this.runningBy.get(caller) ?? 0) < this.options.maxConcurrentPerCaller;
  }

  private take(caller: string): void {
    this.running += 1;
    this.runningBy.set(caller, (this.runningBy.get(caller) ?? 0) + 1);
  }

  private acquire(caller: string): Promise<void> {
    if (this.hasRoom(caller)) {
      this.take(caller);
      return Promise.resolve();
    }
    if (this.queue.length >= this.options.maxQueued) return Promise.reject(queueFull(this.options));
    return new Promise((admit) => this.queue.push({ caller, admit }));
  }

  private release(caller: string): void {
    this.running -= 1;
    const left = (this.runningBy.get(caller) ?? 1) - 1;
    if (left > 0) this.runningBy.set(caller, left);
    else this.runningBy.delete(caller);
    // The first waiting query whose caller has room now runs (others keep their place).
    const next = this.queue.findIndex((waiting) => this.hasRoom(waiting.caller));
    if (next < 0) return;
    const [waiting] = this.queue.splice(next, 1);
    this.take(waiting!.caller);
    waiting!.admit();
  }
}

function queueFull(options: QueryAdmissionOptions): LivingSchemaError {
  return new LivingSchemaError({
    code: ErrorCodes.QUERY_QUEUE_FULL,
    message:
      `Too many queries at once: ${options.maxConcurrent} are running and ${options.maxQueued} are waiting. Retry in a moment. ` +
      'An operator can allow more with the DuckDB sink options maxConcurrentQueries, maxConcurrentQueriesPerCaller and maxQueuedQueries (env LIVING_SCHEMA_MAX_CONCURRENT_QUERIES, LIVING_SCHEMA_MAX_CONCURRENT_QUERIES_PER_CALLER, LIVING_SCHEMA_MAX_QUEUED_QUERIES).',
    details: { maxConcurrentQueries: options.maxConcurrent, maxQueuedQueries: options.maxQueued },
  });
}
