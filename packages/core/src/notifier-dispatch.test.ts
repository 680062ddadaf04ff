import { describe, expect, it } from 'vitest';
import { DEFAULT_NOTIFIED_EVENTS, EVENT_CATALOG } from './event-catalog.js';
import { LivingSchemaEventBus } from './events.js';
import type { Notification, NotifierV1 } from './notifier.js';
import { connectNotifiers } from './notifier-dispatch.js';

const clock = { now: () => new Date('2026-12-01T12:00:00Z') };

/** A third-party notifier that keeps what it hears. */
function keeping(name: string, events?: NotifierV1['events']): NotifierV1 & { heard: Notification[] } {
  const heard: Notification[] = [];
  return { specificationVersion: 'v1', name, ...(events ? { events } : {}), heard, notify: async (n) => void heard.push(n) };
}

/** Emits an event the map does not declare, as an untyped (JavaScript) plugin would. */
const emitUntyped = (bus: LivingSchemaEventBus, event: string, payload: unknown) => (bus.emit as unknown as (e: string, p: unknown) => boolean).call(bus, event, payload);

const loaded = { batchId: 'b_1', kind: 'records' as const, source: 'csv', sourceUri: 'a.csv', dataset: 'ports', rowsIn: 3, rowsLoaded: 2, rowsQuarantined: 1, durationMs: 4, schemaVersion: 1, columnChanges: [] };

describe('notifiers choose their events', () => {
  it('gives a notifier without a list only the default events', async () => {
    const bus = new LivingSchemaEventBus();
    const plain = keeping('plain');
    const dispatch = connectNotifiers(bus, [plain], clock);
    bus.emit('batch.loaded', loaded);
    bus.emit('conflict.resolved', { conflictId: 1, resolution: 'merge', candidate: 'harbour', existing: 'port' });
    await dispatch.settle();
    expect(plain.heard.map((n) => n.event)).toEqual(['conflict.resolved']);
  });

  it('gives a notifier the non-default and custom events it chose, worded', async () => {
    const bus = new LivingSchemaEventBus();
    const chooser = keeping('chooser', ['batch.loaded', 'audit.recorded' as never]);
    const dispatch = connectNotifiers(bus, [chooser], clock);
    bus.emit('batch.loaded', loaded);
    emitUntyped(bus, 'audit.recorded', { who: 'ana' });
    emitUntyped(bus, 'report.changed', { reportId: 'r', name: 'n', change: 'data_changed', added: 1, removed: 0, changed: 0 }); // not chosen
    await dispatch.settle();
    expect(chooser.heard.map(({ event, title, text }) => ({ event, title, text }))).toEqual([
      { event: 'batch.loaded', title: 'Batch loaded into ports', text: '2 of 3 row(s) loaded, 1 quarantined' },
      { event: 'audit.recorded', title: 'audit.recorded', text: '{"who":"ana"}' },
    ]);
    expect(chooser.heard[1]!.data).toEqual({ who: 'ana' });
  });

  it("hears every event with '*'", async () => {
    const bus = new LivingSchemaEventBus();
    const all = keeping('all', ['*']);
    const dispatch = connectNotifiers(bus, [all], clock);
    bus.emit('batch.skipped', { batchId: 'b_1', kind: 'records', source: 'csv', sourceUri: 'a.csv', dataset: 'ports', reason: 'already loaded' });
    emitUntyped(bus, 'mine.happened', 1);
    await dispatch.settle();
    expect(all.heard.map((n) => n.event)).toEqual(['batch.skipped', 'mine.happened']);
  });

  it('reports a failing notifier as an error event, to the others', async () => {
    const bus = new LivingSchemaEventBus();
    const failing: NotifierV1 = { specificationVersion: 'v1', name: 'broken', events: ['*'], notify: () => Promise.reject(new Error('webhook down')) };
    const plain = keeping('plain');
    const dispatch = connectNotifiers(bus, [failing, plain], clock);
    bus.emit('batch.failed', { batchId: 'b_1', kind: 'records', source: 'csv', sourceUri: 'a.csv', dataset: 'ports', error: 'disk full' });
    await dispatch.settle();
    await dispatch.settle();
    expect(plain.heard.map((n) => [n.event, n.text])).toEqual([
      ['batch.failed', 'disk full'],
      ['error', 'Plugin "broken" failed in notify: webhook down'],
    ]);
  });
});

describe('EVENT_CATALOG', () => {
  it('marks as default the eight events people act on', () => {
    expect(DEFAULT_NOTIFIED_EVENTS).toEqual(['batch.failed', 'entity.discovered', 'field.discovered', 'conflict.detected', 'conflict.resolved', 'schema.versioned', 'report.changed', 'error']);
    expect(Object.keys(EVENT_CATALOG)).toHaveLength(12);
  });
});
