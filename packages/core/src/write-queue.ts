/**
 * The engine's one writer, and when the work after a load (discovery, versioning: the
 * after-load hooks) runs.
 *
 * Jobs (one per `ingest()` call) run one at a time, in the order they came. A batch a job loads
 * is *settled* (its hooks run) at once when no other job waits for the writer, so a lone caller
 * sees exactly what it always did: each batch discovered and versioned before the next one
 * loads. When other jobs do wait, settling is put off and the waiting jobs load first; the first
 * moment nobody waits (or `maxPending` batches are waiting to settle) every pending batch settles
 * in one pass. Six uploads queued behind a slow one then cost one discovery and one version
 * check, not six.
 *
 * A job's caller awaits the `settled` promises {@link WriteQueue.loaded} returns for its batches,
 * so `ingest()` still resolves only once its batches' hooks ran, however late that was.
 *
 * The next `lookahead` jobs in line are told so (`nearTurn`): the engine reads their first input
 * then, overlapping the running job's load (read-ahead.ts).
 */
export class WriteQueue<T> {
  private readonly waiting: Array<{ start: () => Promise<void>; nearTurn?: () => void }> = [];
  private running = false;
  private pending: Array<{ item: T; done: () => void }> = [];
  private idleWaiters: Array<() => void> = [];

  /**
   * @param settle runs the hooks of every pending item, in load order. It must not throw (the
   *   engine reports each failing hook as an `error` event); if it does, the items still count as
   *   settled and the error reaches the job whose turn it was.
   * @param options.maxPending the most items put off before they settle anyway (bounds how far
   *   the catalog may trail the data while jobs keep arriving), default 16
   * @param options.lookahead how many waiting jobs are told their turn is near, default 1
   */
  constructor(
    private readonly settle: (items: T[]) => Promise<void>,
    private readonly options: { maxPending?: number; lookahead?: number } = {},
  ) {}

  /** Runs `work` when every earlier job finished; settles what is pending if nobody waits after it. */
  run<R>(work: () => Promise<R>, nearTurn?: () => void): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const start = async () => {
        try {
          resolve(await work());
        } catch (error) {
          reject(error);
        }
      };
      this.waiting.push({ start, nearTurn });
      void this.drain();
    });
  }

  /**
   * Called inside a job for an item it loaded: settles now when no other job waits (or enough are
   * pending), else later. Returns once the item is settled or put off; `settled` resolves when its
   * hooks ran (at once when it settled at once). It is wrapped in an object because a promise an
   * async function returns is adopted, and awaiting this call would then wait for a settle that
   * only a later job can start.
   */
  async loaded(item: T): Promise<{ settled: Promise<void> }> {
    let done!: () => void;
    const settled = new Promise<void>((resolve) => (done = resolve));
    this.pending.push({ item, done });
    if (this.waiting.length === 0 || this.pending.length >= (this.options.maxPending ?? 16)) await this.settlePending();
    return { settled };
  }

  /** Resolves when every job queued so far finished and everything pending settled. */
  idle(): Promise<void> {
    if (!this.running && this.waiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Runs the waiting jobs one after the other; the last of a run of them settles what is pending. */
  private async drain(): Promise<void> {
    this.tellNear();
    if (this.running) return;
    this.running = true;
    try {
      for (let job = this.waiting.shift(); job; job = this.waiting.shift()) {
        this.tellNear();
        try {
          await job.start();
        } finally {
          // Still the writer's turn: a job arriving now waits for this settle.
          if (this.waiting.length === 0) await this.settlePending().catch(() => undefined);
        }
      }
    } finally {
      this.running = false;
      for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }

  /** Tells the next `lookahead` waiting jobs (once each) that their turn is near. */
  private tellNear(): void {
    for (const job of this.waiting.slice(0, this.options.lookahead ?? 1)) {
      const nearTurn = job.nearTurn;
      job.nearTurn = undefined;
      nearTurn?.();
    }
  }

  private async settlePending(): Promise<void> {
    const due = this.pending.splice(0);
    if (due.length === 0) return;
    try {
      await this.settle(due.map((p) => p.item));
    } finally {
      for (const p of due) p.done();
    }
  }
}
