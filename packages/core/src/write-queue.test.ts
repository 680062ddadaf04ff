import { afterEach, describe, expect, it, vi } from 'vitest';
import { WriteQueue } from './write-queue.js';

/** A queue whose settle records each group it was given, and a log of what ran in which order. */
function recorded(maxPending?: number) {
  const log: string[] = [];
  const groups: string[][] = [];
  const queue = new WriteQueue<string>(
    async (items) => {
      groups.push(items);
      log.push(`settle ${items.join('+')}`);
    },
    { maxPending },
  );
  /** A job that loads `items` in turn; resolves once all of them settled, as `ingest()` does. */
  const job = async (items: string[], gate?: Promise<void>) => {
    const settling: Array<Promise<void>> = [];
    await queue.run(async () => {
      await gate;
      for (const item of items) {
        log.push(`load ${item}`);
        settling.push((await queue.loaded(item)).settled);
      }
    });
    await Promise.all(settling);
    log.push(`done ${items.join('+')}`);
  };
  return { queue, log, groups, job };
}

describe('WriteQueue', () => {
  it('settles each item before the next loads when nobody waits', async () => {
    const { log, job } = recorded();
    await job(['a1', 'a2']);
    await job(['b1']);
    expect(log).toEqual(['load a1', 'settle a1', 'load a2', 'settle a2', 'done a1+a2', 'load b1', 'settle b1', 'done b1']);
  });

  it('puts settling off while other jobs wait, then settles everything they loaded in one pass', async () => {
    const { log, groups, job } = recorded();
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const first = job(['a'], gate);
    const rest = [job(['b']), job(['c1', 'c2'])];
    open();
    await Promise.all([first, ...rest]);
    // The last job loads with nobody waiting: what was put off settles with its first item.
    expect(groups).toEqual([['a', 'b', 'c1'], ['c2']]);
    // Nobody is told it is done before its items settled.
    expect(log.indexOf('settle a+b+c1')).toBeLessThan(log.indexOf('done a'));
    expect(log.slice(0, 4)).toEqual(['load a', 'load b', 'load c1', 'settle a+b+c1']);
  });

  it('settles at most maxPending items at a time', async () => {
    const { groups, job } = recorded(2);
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const all = [job(['a'], gate), job(['b']), job(['c']), job(['d']), job(['e'])];
    open();
    await Promise.all(all);
    expect(groups).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('still settles what waited when the job after it fails', async () => {
    const { queue, groups, job } = recorded();
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const first = job(['a'], gate);
    const failing = queue.run(async () => {
      throw new Error('staging folder is read-only');
    });
    open();
    await expect(failing).rejects.toThrow('staging folder is read-only');
    await first;
    expect(groups).toEqual([['a']]);
  });

  it('counts items as settled when the settle throws, and the error reaches the job whose turn it was', async () => {
    const queue = new WriteQueue<string>(async () => {
      throw new Error('hook crashed');
    });
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const settling: Array<Promise<void>> = [];
    const first = queue.run(async () => {
      await gate;
      settling.push((await queue.loaded('a')).settled);
    });
    const second = queue.run(async () => {
      settling.push((await queue.loaded('b')).settled);
    });
    open();
    await first;
    await expect(second).rejects.toThrow('hook crashed');
    await expect(Promise.all(settling)).resolves.toEqual([undefined]);
  });

  it('answers a job that loads its items deferred before they settle; idle() settles them in one pass', async () => {
    const log: string[] = [];
    let open!: () => void;
    const hooks = new Promise<void>((resolve) => (open = resolve));
    const queue = new WriteQueue<string>(async (items) => {
      log.push(`settle ${items.join('+')} begins`);
      await hooks;
      log.push(`settle ${items.join('+')} ends`);
    });
    const answer = await queue.run(async () => {
      await queue.loaded('a1', { deferred: true });
      await queue.loaded('a2', { deferred: true });
      return 'loaded a1, a2';
    });
    // The settle is held, so the answer came without waiting for it.
    expect(answer).toBe('loaded a1, a2');
    expect(log).not.toContain('settle a1+a2 ends');
    open();
    await queue.idle();
    expect(log).toEqual(['settle a1+a2 begins', 'settle a1+a2 ends']);
  });

  it('settles deferred items with the next job when one is waiting', async () => {
    const { queue, groups, job } = recorded();
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const first = queue.run(async () => {
      await gate;
      await queue.loaded('a', { deferred: true });
    });
    const second = job(['b']);
    open();
    await Promise.all([first, second]);
    expect(groups).toEqual([['a', 'b']]);
  });

  describe('deferred items (a job answered at commit)', () => {
    afterEach(() => {
      vi.useRealTimers();
    });
    /** A queue on a fake clock, and a job that loads `item` deferred; the job's answer is awaited. */
    function onFakeClock(options: { quietMs?: number; maxDelayMs?: number; maxPending?: number }) {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
      const groups: string[][] = [];
      const queue = new WriteQueue<string>(async (items) => void groups.push(items), options);
      const upload = (item: string) => queue.run(async () => void (await queue.loaded(item, { deferred: true })));
      return { queue, groups, upload };
    }

    it('settle together once the writer has been quiet for quietMs', async () => {
      const { groups, upload } = onFakeClock({ quietMs: 25 });
      // Each upload sent when the one before was answered, as a client sending a series does.
      for (const item of ['a', 'b', 'c']) await upload(item);
      await vi.advanceTimersByTimeAsync(24);
      expect(groups).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      expect(groups).toEqual([['a', 'b', 'c']]);
    });

    it('settle at the end of the job after the oldest waited maxDelayMs, however busy the writer stays', async () => {
      const { groups, upload } = onFakeClock({ quietMs: 10_000, maxDelayMs: 1000 });
      for (const item of ['a', 'b', 'c']) {
        await upload(item);
        await vi.advanceTimersByTimeAsync(400);
      }
      expect(groups).toEqual([]);
      await upload('d');
      // After d's answer, in the writer's turn (the quiet period is far off).
      await vi.advanceTimersByTimeAsync(1);
      expect(groups).toEqual([['a', 'b', 'c', 'd']]);
    });

    it('settle at the end of the job that makes maxPending of them', async () => {
      const { queue, groups, upload } = onFakeClock({ quietMs: 10_000, maxPending: 2 });
      await upload('a');
      await vi.advanceTimersByTimeAsync(1);
      expect(groups).toEqual([]);
      await upload('b');
      await vi.advanceTimersByTimeAsync(1);
      expect(groups).toEqual([['a', 'b']]);
      await upload('c');
      await queue.idle();
      expect(groups).toEqual([['a', 'b'], ['c']]);
    });
  });

  it('is idle once every queued job finished and nothing waits to settle', async () => {
    const { queue, groups, job } = recorded();
    void job(['a']);
    void job(['b']);
    await queue.idle();
    expect(groups.flat()).toEqual(['a', 'b']);
  });

  it('tells the next lookahead jobs in line, once each, that their turn is near', async () => {
    const told: string[] = [];
    const queue = new WriteQueue<string>(async () => undefined, { lookahead: 2 });
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const finished: string[] = [];
    const job = (name: string, wait?: Promise<void>) =>
      queue.run(
        async () => {
          await wait;
          finished.push(name);
        },
        () => told.push(`${name} after ${finished.join('') || 'none'}`),
      );
    const jobs = [job('a', gate), job('b'), job('c'), job('d')];
    // a runs (it was told on arrival, before it started); b and c wait next in line; d is third.
    expect(told).toEqual(['a after none', 'b after none', 'c after none']);
    open();
    await Promise.all(jobs);
    expect(told).toEqual(['a after none', 'b after none', 'c after none', 'd after a']);
  });
});
