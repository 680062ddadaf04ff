// A source for source-worker-pool.test.ts, in plain JavaScript so a worker thread can import it
// as it is. What it does is chosen by `options.behaviour`; `options.gate` (an Int32Array over a
// SharedArrayBuffer) lets the test hold the read in a busy loop until it lets it go.
import { readlinkSync } from 'node:fs';
import { getPriority } from 'node:os';
import { threadId } from 'node:worker_threads';
import { LivingSchemaError } from '@living-schema/core';

/** Spins on the CPU (never yielding to the event loop) until the test sets gate[0]. */
function spinUntilReleased(gate) {
  while (Atomics.load(gate, 0) === 0) {
    // busy: a CPU-heavy parse as far as the thread is concerned
  }
}

/** The Linux nice value of the thread running this code. */
const niceness = () => getPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()));

const batch = (uri, n, rows) => ({ kind: 'records', source: 'worker-test', sourceUri: uri, dataset: 'worker_test', contentHash: `hash-${n}`, payload: { format: 'rows', rows } });

export function workerTestSource(options = {}) {
  return {
    specificationVersion: 'v1',
    name: 'worker-test',
    kinds: ['records'],
    canRead: () => true,
    worker: options.inThreadOnly ? undefined : { module: import.meta.url, exportName: 'workerTestSource', options },
    async *read(input, context) {
      const uri = typeof input === 'string' ? input : input.uri;
      if (options.gate) spinUntilReleased(options.gate);
      switch (options.behaviour) {
        case 'refuse':
          throw new LivingSchemaError({ code: 'LS_INPUT_UNREADABLE', message: `${uri}: refused, page 7 is damaged.`, details: { input: uri, page: 7 } });
        case 'throw-plain':
          throw new TypeError(`${uri}: something broke`);
        case 'exit':
          process.exit(3);
          break;
        case 'exhaust-memory': {
          const hoard = [];
          for (;;) hoard.push(new Array(1_000_000).fill(hoard.length));
        }
        case 'context': {
          const identity = { source: 'worker-test', kind: 'records', dataset: 'worker_test', contentHash: 'hash-1' };
          context.onProgress?.({ uri, done: 1, total: 2, unit: 'rows' });
          const loaded = await context.isLoaded?.(identity);
          const metadata = await context.stagingMetadata?.(identity);
          const before = await context.state?.get('cursor');
          const saved = await context.state?.set('cursor', 'b', { afterBatch: 'b_1' });
          let refusal = null;
          await context.state?.get('refuse').catch((error) => (refusal = { code: error.code, message: error.message }));
          yield batch(uri, 1, [{ loaded, metadata, before, saved, refusal, dataset: context.dataset ?? null, tempDirectory: context.tempDirectory }]);
          return;
        }
        default:
          for (let n = 1; n <= (options.batches ?? 3); n += 1) yield batch(uri, n, [{ n, threadId, niceness: niceness(), when: new Date(Date.UTC(2026, 0, n)) }]);
      }
    },
  };
}
