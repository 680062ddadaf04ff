import { mkdtempSync, rmSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { Batch } from './batch.js';
import { LivingSchemaError } from './errors.js';
import type { SourceReadContext } from './source.js';
import { SourceWorkerPool } from './source-worker-pool.js';
// @ts-expect-error plain ESM fixture (a worker thread imports it as it is)
import { workerTestSource } from './__fixtures__/worker-test-source.mjs';

// The pool starts core's built worker entry (dist/source-worker-entry.js): build core first.
const tempDirectory = mkdtempSync(join(tmpdir(), 'ls-source-worker-'));
const pools: SourceWorkerPool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});
process.on('exit', () => rmSync(tempDirectory, { recursive: true, force: true }));

function newPool(size = 1, memoryMb?: number): SourceWorkerPool {
  const pool = new SourceWorkerPool({ size, ...(memoryMb ? { memoryMb } : {}) });
  pools.push(pool);
  return pool;
}

async function collect(batches: AsyncIterable<Batch>): Promise<Batch[]> {
  const list: Batch[] = [];
  for await (const batch of batches) list.push(batch);
  return list;
}

const rowsOf = (batches: Batch[]) => batches.flatMap((b) => (b.payload.format === 'rows' ? b.payload.rows : []));
const gate = () => new Int32Array(new SharedArrayBuffer(4));
const release = (g: Int32Array) => Atomics.store(g, 0, 1);
/** Resolves after the event loop turns once more: only a free calling thread gets here. */
const turn = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('SourceWorkerPool', () => {
  it('reads a source with a recipe in a worker thread and gives its batches back in order, dates intact', async () => {
    const batches = await collect(newPool().read(workerTestSource({ batches: 3 }), 'in.txt', { tempDirectory }));
    const rows = rowsOf(batches);
    expect(rows.map((r) => r.n)).toEqual([1, 2, 3]);
    expect(new Set(rows.map((r) => r.threadId)).size).toBe(1);
    expect(rows[0]!.threadId).not.toBe(threadId);
    expect(rows[2]!.when).toEqual(new Date(Date.UTC(2026, 0, 3)));
  });

  it('keeps the calling thread free while the source spins on the CPU', async () => {
    const held = gate();
    const reading = collect(newPool().read(workerTestSource({ gate: held, batches: 1 }), 'in.txt', { tempDirectory }));
    // On the calling thread the read would spin forever and these timers would never run: the
    // gate is opened only from here, after the event loop turned twice while the source was busy.
    await turn();
    await turn();
    release(held);
    expect(rowsOf(await reading)).toHaveLength(1);
  });

  it.runIf(process.platform === 'linux')('runs the read at a lower priority than the calling thread (Linux)', async () => {
    const [row] = rowsOf(await collect(newPool().read(workerTestSource({ batches: 1 }), 'in.txt', { tempDirectory })));
    expect(row!.niceness).toBe(Math.min(19, getPriority(process.pid) + 10));
  });

  it('reads a source without a recipe on the calling thread, as before', async () => {
    const rows = rowsOf(await collect(newPool().read(workerTestSource({ inThreadOnly: true, batches: 2 }), 'in.txt', { tempDirectory })));
    expect(rows.map((r) => r.threadId)).toEqual([threadId, threadId]);
  });

  it('carries a LivingSchemaError back with its code, message and details; a plain error keeps its message', async () => {
    const pool = newPool();
    const refused = await collect(pool.read(workerTestSource({ behaviour: 'refuse' }), 'report.pdf', { tempDirectory })).catch((error) => error);
    expect(LivingSchemaError.isInstance(refused)).toBe(true);
    expect(refused).toMatchObject({ code: 'LS_INPUT_UNREADABLE', message: 'report.pdf: refused, page 7 is damaged.', details: { input: 'report.pdf', page: 7 } });
    const broken = await collect(pool.read(workerTestSource({ behaviour: 'throw-plain' }), 'x.csv', { tempDirectory })).catch((error) => error);
    expect(LivingSchemaError.isInstance(broken)).toBe(false);
    expect(broken).toMatchObject({ name: 'TypeError', message: 'x.csv: something broke' });
    // A failed read leaves its worker free for the next one.
    expect(pool.threads).toBe(1);
    expect(rowsOf(await collect(pool.read(workerTestSource({ batches: 1 }), 'in.txt', { tempDirectory })))).toHaveLength(1);
    expect(pool.threads).toBe(1);
  });

  it('answers the context from the calling thread: progress, isLoaded, stagingMetadata and state', async () => {
    const progress: unknown[] = [];
    const state = new Map<string, string>([['cursor', 'a']]);
    const context: SourceReadContext = {
      tempDirectory,
      dataset: 'chosen',
      onProgress: (p) => progress.push(p),
      isLoaded: async (batch) => batch.contentHash === 'hash-1',
      stagingMetadata: async (batch) => ({ batch_id: `b_${batch.contentHash}`, schema_version: '4' }) as never,
      state: {
        get: async (key) => {
          if (key === 'refuse') throw new LivingSchemaError({ code: 'LS_LOAD_FAILED', message: 'state store is down' });
          return state.get(key) ?? null;
        },
        set: async (key, value) => {
          state.set(key, value);
          return true;
        },
      },
    };
    const [row] = rowsOf(await collect(newPool().read(workerTestSource({ behaviour: 'context' }), 'in.txt', context)));
    expect(row).toEqual({
      loaded: true,
      metadata: { batch_id: 'b_hash-1', schema_version: '4' },
      before: 'a',
      saved: true,
      refusal: { code: 'LS_LOAD_FAILED', message: 'state store is down' },
      dataset: 'chosen',
      tempDirectory,
    });
    expect(state.get('cursor')).toBe('b');
    expect(progress).toEqual([{ uri: 'in.txt', done: 1, total: 2, unit: 'rows' }]);
  });

  it('runs at most `size` reads at once; the next waits for a free worker', async () => {
    const pool = newPool(1);
    const first = gate();
    const order: string[] = [];
    const a = collect(pool.read(workerTestSource({ gate: first, batches: 1 }), 'a.txt', { tempDirectory })).then(() => order.push('a'));
    const b = collect(pool.read(workerTestSource({ batches: 1 }), 'b.txt', { tempDirectory })).then(() => order.push('b'));
    await turn();
    await turn();
    // b has nothing to wait for but the one worker, which a holds.
    expect(order).toEqual([]);
    expect(pool.threads).toBe(1);
    release(first);
    await Promise.all([a, b]);
    expect(order).toEqual(['a', 'b']);
    expect(pool.threads).toBe(1);
  });

  it('a worker that dies fails only its own read, with LS_SOURCE_WORKER_FAILED, and the pool goes on', async () => {
    const pool = newPool(1);
    const exited = await collect(pool.read(workerTestSource({ behaviour: 'exit' }), '/uploads/big.pdf', { tempDirectory })).catch((error) => error);
    expect(exited).toMatchObject({ code: 'LS_SOURCE_WORKER_FAILED', details: { input: '/uploads/big.pdf', reason: 'crashed' } });
    expect(exited.message).toMatch(/^big\.pdf: the worker thread reading it stopped \(it exited with code 3\)/);
    expect(rowsOf(await collect(pool.read(workerTestSource({ batches: 2 }), 'in.txt', { tempDirectory })))).toHaveLength(2);
  });

  it('a read over the memory limit fails alone with LS_SOURCE_WORKER_FAILED (out-of-memory)', async () => {
    const pool = newPool(1, 64);
    const failed = await collect(pool.read(workerTestSource({ behaviour: 'exhaust-memory' }), 'bomb.xlsx', { tempDirectory })).catch((error) => error);
    expect(failed).toMatchObject({ code: 'LS_SOURCE_WORKER_FAILED', details: { input: 'bomb.xlsx', reason: 'out-of-memory' } });
    expect(failed.message).toMatch(/ran out of memory/);
    expect(rowsOf(await collect(pool.read(workerTestSource({ batches: 1 }), 'in.txt', { tempDirectory })))).toHaveLength(1);
  });

  it('an abort ends a busy read at once with the signal reason and ends its worker', async () => {
    const pool = newPool(1);
    const controller = new AbortController();
    const reading = collect(pool.read(workerTestSource({ gate: gate() }), 'in.txt', { tempDirectory, signal: controller.signal })).catch((error) => error);
    await turn();
    controller.abort(new Error('the client went away'));
    expect((await reading).message).toBe('the client went away');
    expect(pool.threads).toBe(0);
  });

  it('refuses a size that is not a positive integer', () => {
    expect(() => new SourceWorkerPool({ size: 0 })).toThrow(/positive integer \(got 0\)/);
  });
});
