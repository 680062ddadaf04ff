import type { LivingSchemaEventName } from './events.js';

export interface EventInfo {
  /** What happened, in one line (docs/plugins list it from here). */
  readonly description: string;
  /** Whether a notifier that does not choose its events hears this one. */
  readonly notifiedByDefault: boolean;
}

/**
 * Every event the engine and the first-party packages emit: the one list the docs and the
 * notifier wiring read. `satisfies` makes the compiler refuse an event of the map missing here.
 */
export const EVENT_CATALOG = {
  'batch.staged': { description: 'A batch was written to staging as Parquet.', notifiedByDefault: false },
  'batch.loaded': { description: 'A batch was loaded into the store (rows in, loaded, quarantined).', notifiedByDefault: false },
  'batch.skipped': { description: 'A batch was already loaded; nothing was added.', notifiedByDefault: false },
  'batch.failed': { description: 'A batch failed to load; nothing of it was kept.', notifiedByDefault: true },
  'entity.discovered': { description: 'Discovery found a new entity type.', notifiedByDefault: true },
  'field.discovered': { description: 'Discovery found a new field of a dataset.', notifiedByDefault: true },
  'conflict.detected': { description: 'A new name is close to an existing one and awaits review.', notifiedByDefault: true },
  'conflict.resolved': { description: 'A conflict was resolved (merge, keep separate, rename).', notifiedByDefault: true },
  'schema.versioned': { description: 'The catalog changed and a new schema version was written.', notifiedByDefault: true },
  'query.executed': { description: 'A query ran (SQL, mode, duration, rows, result hash, status).', notifiedByDefault: false },
  'report.changed': { description: "A saved report's answer changed (data or schema).", notifiedByDefault: true },
  error: { description: 'Something failed outside a request (a hook, a notifier, a schedule).', notifiedByDefault: true },
} as const satisfies Record<LivingSchemaEventName, EventInfo>;

/** The events a notifier hears unless it (or its config entry) lists `events`. */
export const DEFAULT_NOTIFIED_EVENTS = (Object.keys(EVENT_CATALOG) as Array<keyof typeof EVENT_CATALOG>).filter(
  (name) => EVENT_CATALOG[name].notifiedByDefault,
);

/** @deprecated Use {@link DEFAULT_NOTIFIED_EVENTS}: a notifier may now choose any event. */
export const NOTIFIED_EVENTS = DEFAULT_NOTIFIED_EVENTS;
