import { EventEmitter } from 'eventemitter3';
import type { BatchKind } from './batch.js';
import type { ChangeImpact, SchemaChangeCause, SchemaDiffEntry } from './catalog.js';
import type { ColumnChange } from './sink.js';

export interface BatchEventBase {
  batchId: string;
  kind: BatchKind;
  source: string;
  sourceUri: string;
  dataset: string;
}

/**
 * The typed event map of the engine. Event names are `<noun>.<verb-past>`. A plugin adds events
 * of its own by declaration merging:
 * `declare module '@living-schema/core' { interface LivingSchemaEvents { 'audit.recorded': { batchId: string } } }`.
 * Every first-party event is listed, with its meaning, in `EVENT_CATALOG`.
 */
export interface LivingSchemaEvents {
  'batch.staged': BatchEventBase & { rowCount: number; stagingKey: string; schemaVersion: number };
  'batch.loaded': BatchEventBase & {
    rowsIn: number;
    rowsLoaded: number;
    rowsQuarantined: number;
    durationMs: number;
    schemaVersion: number;
    columnChanges: ColumnChange[];
  };
  'batch.skipped': BatchEventBase & { reason: string };
  'batch.failed': BatchEventBase & { error: string };
  'entity.discovered': { id: number; name: string; status: string; occurrenceCount: number; examples: string[]; batchId: string | null };
  'field.discovered': { id: number; dataset: string; name: string; dataType: string; status: string; batchId: string | null };
  'conflict.detected': { conflictId: number; candidate: string; existing: string; subject: 'entity_type' | 'field'; similarity: number; reason: string };
  'conflict.resolved': { conflictId: number; resolution: 'merge' | 'keep_separate' | 'rename'; candidate: string; existing: string; newName?: string };
  'schema.versioned': { version: number; previousVersion: number; contentHash: string; cause: SchemaChangeCause; diff: SchemaDiffEntry[]; impact: ChangeImpact };
  'query.executed': { executionId: string; sql: string; mode: string; durationMs: number; rowCount: number; resultHash: string | null; status: 'ok' | 'error' | 'refused' };
  'report.changed': { reportId: string; name: string; change: 'data_changed' | 'schema_changed'; added: number; removed: number; changed: number };
  error: { error: Error; during: string };
}

export type LivingSchemaEventName = keyof LivingSchemaEvents;

type Listeners = { [K in LivingSchemaEventName]: (payload: LivingSchemaEvents[K]) => void };

/** Hears every event emitted on the bus, whatever its name (see `onAny`). */
export type AnyEventListener = (event: LivingSchemaEventName, payload: unknown) => void;

/**
 * The engine's event bus: an eventemitter3 emitter typed by {@link LivingSchemaEvents}, plus
 * `onAny` for listeners that choose events at run time (notifiers, `'*'`).
 */
export class LivingSchemaEventBus extends EventEmitter<Listeners> {
  readonly #anyListeners = new Set<AnyEventListener>();

  /** Calls `listener` for every event, after the event's own listeners; returns the unsubscribe. */
  onAny(listener: AnyEventListener): () => void {
    this.#anyListeners.add(listener);
    return () => this.#anyListeners.delete(listener);
  }

  override emit<T extends LivingSchemaEventName>(event: T, ...args: EventEmitter.EventArgs<Listeners, T>): boolean {
    const heard = super.emit(event, ...args);
    for (const listener of this.#anyListeners) listener(event, args[0]);
    return heard || this.#anyListeners.size > 0;
  }
}
