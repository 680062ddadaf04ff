import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';

/**
 * Read connections of the store's one instance, reused between reads. Each read gets a
 * connection of its own, so DuckDB gives it its own MVCC snapshot and a write on the writer
 * connection never waits for it (nor it for the write). A connection whose work failed is closed
 * rather than reused, so no aborted state carries over to the next read.
 */
export class DuckDbConnectionPool {
  private readonly idle: DuckDBConnection[] = [];
  private readonly busy = new Set<DuckDBConnection>();
  private drained: (() => void) | undefined;
  private closing = false;

  constructor(
    private readonly instance: DuckDBInstance,
    private readonly maxIdle: number,
  ) {}

  async use<T>(work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    const connection = this.idle.pop() ?? (await this.instance.connect());
    this.busy.add(connection);
    let reusable = false;
    try {
      const result = await work(connection);
      reusable = true;
      return result;
    } finally {
      this.busy.delete(connection);
      if (reusable && !this.closing && this.idle.length < this.maxIdle) this.idle.push(connection);
      else connection.closeSync();
      if (this.closing && this.busy.size === 0) this.drained?.();
    }
  }

  /** Interrupts running reads, waits for them to end, and closes every connection. */
  async close(): Promise<void> {
    this.closing = true;
    for (const connection of this.idle.splice(0)) connection.closeSync();
    if (this.busy.size === 0) return;
    const drained = new Promise<void>((resolve) => (this.drained = resolve));
    for (const connection of this.busy) connection.interrupt();
    await drained;
  }
}
