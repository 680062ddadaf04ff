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
 * so `ingest()` still resolves only once its batches' hooks ran, however late that was. A caller
 * that only needs its rows committed (an upload answered at commit) loads its items `deferred`:
 * nobody waits for them, so they settle once the writer has been quiet for `quietMs` (another
 * upload sent straight after the answer loads first and settles with them), when `maxPending`
 * items wait, when the oldest has waited `maxDelayMs`, or when someone waits for a settle
 * (a job's own undeferred item, {@link WriteQueue.idle}). Like group commit: uploads in a quick
 * series cost one discovery between them, and the catalog trails their data by a bounded time.
 *
 * The next `lookahead` jobs in line are told so (`nearTurn`): the engine reads their first input
 * then, overlapping the running job's load (read-ahead.ts).
 */
export class WriteQueue<T> {
  private readonly waiting: Array<{ start: () => Promise<void>; nearTurn?: () => void }> = [];
  private running = false;
  private pending: Array<{ item: T; done: () => void; deferred: boolean; since: number }> = [];
  private idleWaiters: Array<() => void> = [];
  private quietTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * @param settle runs the hooks of every pending item, in load order. It must not throw (the
   *   engine reports each failing hook as an `error` event); if it does, the items still count as
   *   settled and the error reaches the job whose turn it was.
   * @param options.maxPending the most items put off before they settle anyway (bounds how far
   *   the catalog may trail the data while jobs keep arriving), default 16
   * @param options.lookahead how many waiting jobs are told their turn is near, default 1
   * @param options.quietMs how long the writer must stay idle before deferred items settle,
   *   default 25 ms: longer than a client takes to send its next upload after an answer
   * @param options.maxDelayMs the longest a deferred item waits while jobs keep coming, default 1 s
   */
  constructor(
    private readonly settle: (items: T[]) => Promise<void>,
    private readonly options: { maxPending?: number; lookahead?: number; quietMs?: number; maxDelayMs?: number } = {},
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
   * pending), else later. A `deferred` item is one nobody waits for: it settles after its job,
   * as the class comment says. Returns once the item is settled or put off; `settled` resolves when its hooks
   * ran. It is wrapped in an object because a promise an async function returns is adopted, and
   * awaiting this call would then wait for a settle that only a later job can start.
   */
  async loaded(item: T, options: { deferred?: boolean } = {}): Promise<{ settled: Promise<void> }> {
    let done!: () => void;
    const settled = new Promise<void>((resolve) => (done = resolve));
    const deferred = options.deferred ?? false;
    this.pending.push({ item, done, deferred, since: performance.now() });
    // A deferred item settles at a job's end at the earliest: its own job's answer never waits for it.
    if (!deferred && (this.waiting.length === 0 || this.mustSettle())) await this.settlePending();
    return { settled };
  }

  /** Resolves when every job queued so far finished and everything pending settled (deferred items settle now). */
  idle(): Promise<void> {
    if (!this.running && this.waiting.length === 0 && this.pending.length === 0) return Promise.resolve();
    const idle = new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    if (!this.running) this.settleInTurn();
    return idle;
  }

  /** Runs the waiting jobs one after the other; the last of a run of them settles what is due. */
  private async drain(): Promise<void> {
    this.tellNear();
    if (this.running) return;
    this.running = true;
    clearTimeout(this.quietTimer);
    try {
      for (let job = this.waiting.shift(); job; job = this.waiting.shift()) {
        this.tellNear();
        try {
          await job.start();
        } finally {
          // Still the writer's turn: a job arriving now waits for this settle.
          if (this.settleDue()) await this.settlePending().catch(() => undefined);
        }
      }
    } finally {
      this.running = false;
      this.afterDrain();
    }
  }

  /** Whether, a job just done, what is pending settles before the next job: someone waits for it, or it waited long enough. */
  private settleDue(): boolean {
    if (this.mustSettle() || this.idleWaiters.length > 0) return true;
    return this.waiting.length === 0 && this.pending.some((p) => !p.deferred);
  }

  /** Too many items pending, or the oldest waited `maxDelayMs`: the catalog may trail no further. */
  private mustSettle(): boolean {
    const oldest = this.pending[0];
    if (!oldest) return false;
    return this.pending.length >= (this.options.maxPending ?? 16) || performance.now() - oldest.since >= (this.options.maxDelayMs ?? 1000);
  }

  /** The writer went idle: deferred items settle after a quiet period; idle waiters wake once nothing is pending. */
  private afterDrain(): void {
    if (this.waiting.length > 0) return void this.drain();
    if (this.pending.length === 0) {
      for (const resolve of this.idleWaiters.splice(0)) resolve();
      return;
    }
    this.quietTimer = setTimeout(() => this.settleInTurn(), this.options.quietMs ?? 25);
    // A process that exits without closing its engine leaves these to the catch-up at the next start.
    this.quietTimer.unref?.();
  }

  /** Settles what is pending as a job of its own, so it takes the writer's turn like any job. */
  private settleInTurn(): void {
    clearTimeout(this.quietTimer);
    void this.run(() => this.settlePending()).catch(() => undefined);
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
