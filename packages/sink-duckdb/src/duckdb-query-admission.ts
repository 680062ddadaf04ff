import { ErrorCodes, LivingSchemaError } from '@living-schema/core';

export interface QueryAdmissionOptions {
  /** Queries running at once. */
  maxConcurrent: number;
  /** Queries waiting for a slot at most; one more is refused with `LS_QUERY_QUEUE_FULL`. */
  maxQueued: number;
}

/**
 * Admits queries to run a few at a time, so that parallel heavy queries (each may hold up to
 * `maxResultBytes` of result, and DuckDB's own memory for it) cannot add up to exhaust the
 * process. Others wait in a bounded first-in, first-out queue; when that is full a query is
 * refused at once with `LS_QUERY_QUEUE_FULL` (the server answers 503 with Retry-After) rather
 * than piling up.
 */
export class QueryAdmission {
  private running = 0;
  private readonly queue: Array<() => void> = [];

  constructor(private readonly options: QueryAdmissionOptions) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.running < this.options.maxConcurrent) {
      this.running += 1;
      return Promise.resolve();
    }
    if (this.queue.length >= this.options.maxQueued) return Promise.reject(queueFull(this.options));
    // The slot passes straight from the releasing query to the first in line (running stays).
    return new Promise((resolve) => this.queue.push(resolve));
  }

  private release(): void {
    const next = this.queue.shift();
    if (next) next();
    else this.running -= 1;
  }
}

function queueFull(options: QueryAdmissionOptions): LivingSchemaError {
  return new LivingSchemaError({
    code: ErrorCodes.QUERY_QUEUE_FULL,
    message:
      `Too many queries at once: ${options.maxConcurrent} are running and ${options.maxQueued} are waiting. Retry in a moment. ` +
      'An operator can allow more with the DuckDB sink options maxConcurrentQueries and maxQueuedQueries (env LIVING_SCHEMA_MAX_CONCURRENT_QUERIES, LIVING_SCHEMA_MAX_QUEUED_QUERIES).',
    details: { maxConcurrentQueries: options.maxConcurrent, maxQueuedQueries: options.maxQueued },
  });
}
