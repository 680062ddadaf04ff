import { describe, expect, it } from 'vitest';
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
