import type { SourceStateStore } from './source.js';

/**
 * An ingest's first input is read while the ingest still waits for the engine's writer, once it
 * is next in line (WriteQueue's `nearTurn`): parsing a small upload (a CSV converted in a worker
 * thread) then overlaps another upload's load on the other core instead of adding to the
 * writer's time. Only the first batch is read ahead, so a large input is not read into memory
 * while it waits, and only the next job or two in line read ahead, so read-aheads never hold
 * every source worker thread while the job whose turn it is needs one.
 */

/** What {@link readAhead} returns: the items, a way to start reading them early, and a way to let the source go. */
export interface ReadAhead<T> extends AsyncIterable<T> {
  /** Opens the source and pulls its first item now (iterating does it too, if this was not called). */
  start(): void;
  /** Ends the source's read if it is still open (an ingest aborted before it got to this input). */
  close(): Promise<void>;
}

/** `open()`'s items, the first pulled as soon as {@link ReadAhead.start} is called. */
export function readAhead<T>(open: () => Promise<AsyncIterable<T>>): ReadAhead<T> {
  let iterator: Promise<AsyncIterator<T>> | undefined;
  let first: Promise<IteratorResult<T>> | undefined;
  let pulled = false;
  const start = () => {
    if (iterator) return;
    iterator = open().then((items) => items[Symbol.asyncIterator]());
    first = iterator.then((it) => it.next());
    // Awaited when iterated: a source that fails fails there, for the input it belongs to.
    iterator.catch(() => undefined);
    first.catch(() => undefined);
  };
  const close = async () => {
    const it = await iterator?.catch(() => undefined);
    await it?.return?.();
  };
  return {
    start,
    close,
    [Symbol.asyncIterator]: () => ({
      next: async () => {
        start();
        if (pulled) return (await iterator!).next();
        pulled = true;
        return first!;
      },
      return: async () => {
        await close();
        return { done: true, value: undefined };
      },
    }),
  };
}

/**
 * A source's state store whose every read and write waits for `turn` (the ingest's turn of the
 * writer): a cursor is then never read by one ingest while another ingest of the same source is
 * still moving it, however early the source began reading.
 */
export function stateInTurn(store: SourceStateStore, turn: Promise<void>): SourceStateStore {
  return {
    get: async (key) => {
      await turn;
      return store.get(key);
    },
    set: async (key, value, options) => {
      await turn;
      return store.set(key, value, options);
    },
  };
}
