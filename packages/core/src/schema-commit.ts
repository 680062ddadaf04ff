import type { SchemaChangeCause, SchemaSnapshot } from './catalog.js';
import type { LivingSchemaEventBus } from './events.js';
import type { SinkV1 } from './sink.js';

/**
 * Writes schema version n+1 from the catalog as it stands (a no-op returning null when its content
 * hash equals version n's) and emits `schema.versioned` with the diff and its impact.
 *
 * @example
 * const snapshot = await commitSchemaVersion(sink, events, { kind: 'manual', note: 'renamed FLAG' });
 */
export async function commitSchemaVersion(sink: SinkV1, events: LivingSchemaEventBus, cause: SchemaChangeCause): Promise<SchemaSnapshot | null> {
  const snapshot = await sink.catalog.commitVersion(cause);
  if (snapshot) {
    events.emit('schema.versioned', {
      version: snapshot.version,
      previousVersion: snapshot.version - 1,
      contentHash: snapshot.contentHash,
      cause: snapshot.cause,
      diff: snapshot.diff,
      impact: snapshot.diff.some((d) => d.impact === 'breaking') ? 'breaking' : 'additive',
    });
  }
  return snapshot;
}
