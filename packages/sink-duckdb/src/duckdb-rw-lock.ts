/**
 * An async readers-writer lock. Readers share; a writer waits until no reader holds it and runs
 * alone. Reader-preferring on purpose: a reader may nest inside another reader (a trusted read
 * inside a write, say) without deadlocking behind a waiting writer.
 */
export class RwLock {
  private readers = 0;
  private writing = false;
  private waiting: Array<() => void> = [];

  async shared<T>(work: () => Promise<T>): Promise<T> {
    while (this.writing) await this.wait();
    this.readers += 1;
    try {
      return await work();
    } finally {
      this.readers -= 1;
      this.wake();
    }
  }

  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    while (this.writing || this.readers > 0) await this.wait();
    this.writing = true;
    try {
      return await work();
    } finally {
      this.writing = false;
      this.wake();
    }
  }

  private wait(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }
}
