import { describe, expect, it } from 'vitest';
import { LivingSchemaError } from '@living-schema/core';
import { QueryAdmission } from './duckdb-query-admission.js';

/** A piece of work that runs until `finish()` is called, noting when it started. */
function gate(log: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { work: async () => { log.push(`start ${name}`); await done; log.push(`end ${name}`); return name; }, finish };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('QueryAdmission', () => {
  it('runs at most maxConcurrent at once, queues up to maxQueued in order, and refuses the next with LS_QUERY_QUEUE_FULL', async () => {
    const admission = new QueryAdmission({ maxConcurrent: 2, maxConcurrentPerCaller: 2, maxQueued: 1 });
    const log: string[] = [];
    const [a, b, c] = [gate(log, 'a'), gate(log, 'b'), gate(log, 'c')];
    const running = [admission.run(a.work), admission.run(b.work), admission.run(c.work)];
    await tick();
    expect(log).toEqual(['start a', 'start b']);
    const refused = await admission.run(async () => 'd').then(() => null, (error: unknown) => error);
    expect(LivingSchemaError.hasCode(refused, 'LS_QUERY_QUEUE_FULL')).toBe(true);
    expect((refused as LivingSchemaError).message).toContain('2 are running and 1 are waiting');
    expect((refused as LivingSchemaError).details).toEqual({ maxConcurrentQueries: 2, maxQueuedQueries: 1 });
    a.finish();
    await tick();
    expect(log).toEqual(['start a', 'start b', 'end a', 'start c']);
    b.finish();
    c.finish();
    expect(await Promise.all(running)).toEqual(['a', 'b', 'c']);
    // All slots are free again: as many as allowed run at once.
    const [e, f] = [gate(log, 'e'), gate(log, 'f')];
    const again = [admission.run(e.work), admission.run(f.work)];
    await tick();
    expect(log.slice(-2)).toEqual(['start e', 'start f']);
    e.finish();
    f.finish();
    await Promise.all(again);
  });

  it('frees the slot when the work fails', async () => {
    const admission = new QueryAdmission({ maxConcurrent: 1, maxConcurrentPerCaller: 1, maxQueued: 0 });
    await expect(admission.run(async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(await admission.run(async () => 'next')).toBe('next');
  });

  it("keeps room for another caller: one caller's slow queries wait beyond its share, another's runs at once", async () => {
    const admission = new QueryAdmission({ maxConcurrent: 3, maxConcurrentPerCaller: 2, maxQueued: 8 });
    const log: string[] = [];
    const slow = [gate(log, 'a1'), gate(log, 'a2'), gate(log, 'a3')];
    const running = slow.map((g) => admission.run(g.work, 'alice'));
    await tick();
    expect(log).toEqual(['start a1', 'start a2']);
    expect(await admission.run(async () => 'bob', 'bob')).toBe('bob');
    slow[0]!.finish();
    await tick();
    expect(log).toEqual(['start a1', 'start a2', 'end a1', 'start a3']);
    for (const g of slow) g.finish();
    await Promise.all(running);
  });
});
