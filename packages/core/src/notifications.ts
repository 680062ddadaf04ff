import type { LivingSchemaEventName, LivingSchemaEvents } from './events.js';
import type { Notification } from './notifier.js';

/**
 * Turns an event into a notification: worded for the engine's events, generic (the event name and
 * its payload as JSON) for events of a plugin's own, so a notifier can subscribe to any event.
 */
export function toNotification<K extends LivingSchemaEventName>(event: K, payload: LivingSchemaEvents[K], at: Date): Notification {
  const base = { event, data: payload, at: at.toISOString() };
  switch (event) {
    case 'batch.failed': {
      const p = payload as LivingSchemaEvents['batch.failed'];
      return { ...base, severity: 'needs_review', title: `Batch failed to load from ${p.sourceUri}`, text: p.error, fields: [{ label: 'batch', value: p.batchId }, { label: 'dataset', value: p.dataset }] };
    }
    case 'entity.discovered': {
      const p = payload as LivingSchemaEvents['entity.discovered'];
      return { ...base, severity: 'informational', title: `New entity type ${p.name}`, text: `${p.occurrenceCount} occurrence(s)${p.examples.length ? `, e.g. ${p.examples.slice(0, 3).join(', ')}` : ''}`, fields: [{ label: 'status', value: p.status }] };
    }
    case 'field.discovered': {
      const p = payload as LivingSchemaEvents['field.discovered'];
      return { ...base, severity: 'informational', title: `New field ${p.dataset}.${p.name}`, text: `type ${p.dataType}`, fields: [{ label: 'status', value: p.status }] };
    }
    case 'conflict.detected': {
      const p = payload as LivingSchemaEvents['conflict.detected'];
      return { ...base, severity: 'needs_review', title: `Possible duplicate: ${p.candidate} ~ ${p.existing}`, text: p.reason, fields: [{ label: 'similarity', value: p.similarity.toFixed(2) }, { label: 'conflict', value: String(p.conflictId) }] };
    }
    case 'conflict.resolved': {
      const p = payload as LivingSchemaEvents['conflict.resolved'];
      return { ...base, severity: 'informational', title: `Conflict ${p.conflictId} resolved: ${p.resolution.replace('_', ' ')}`, text: `${p.candidate} / ${p.existing}${p.newName ? ` -> ${p.newName}` : ''}` };
    }
    case 'schema.versioned': {
      const p = payload as LivingSchemaEvents['schema.versioned'];
      return { ...base, severity: p.impact === 'breaking' ? 'needs_review' : 'informational', title: `Schema version ${p.version}`, text: `${p.diff.length} change(s), ${p.impact}`, fields: [{ label: 'cause', value: p.cause.kind }] };
    }
    case 'report.changed': {
      const p = payload as LivingSchemaEvents['report.changed'];
      return { ...base, severity: 'informational', title: `Report "${p.name}" changed (${p.change.replace('_', ' ')})`, text: `+${p.added} -${p.removed} ~${p.changed} rows` };
    }
    case 'error': {
      const p = payload as LivingSchemaEvents['error'];
      return { ...base, severity: 'needs_review', title: `Error during ${p.during}`, text: p.error.message };
    }
    case 'batch.loaded': {
      const p = payload as LivingSchemaEvents['batch.loaded'];
      return { ...base, severity: 'informational', title: `Batch loaded into ${p.dataset}`, text: `${p.rowsLoaded} of ${p.rowsIn} row(s) loaded, ${p.rowsQuarantined} quarantined`, fields: [{ label: 'batch', value: p.batchId }, { label: 'source', value: p.source }] };
    }
    case 'query.executed': {
      const p = payload as LivingSchemaEvents['query.executed'];
      return { ...base, severity: 'informational', title: `Query ${p.status} (${p.mode})`, text: `${p.rowCount} row(s) in ${p.durationMs} ms`, fields: [{ label: 'execution', value: p.executionId }] };
    }
    default:
      return { ...base, severity: 'informational', title: String(event), text: summarise(payload) };
  }
}

const SUMMARY_LIMIT = 500;

/** A payload as short JSON: a custom event's notification text (`data` keeps the payload whole). */
function summarise(payload: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(payload) ?? '';
  } catch {
    text = String(payload); // circular or BigInt payloads still notify
  }
  return text.length > SUMMARY_LIMIT ? `${text.slice(0, SUMMARY_LIMIT - 1)}…` : text;
}
