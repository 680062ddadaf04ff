import type { LivingSchemaEventName } from './events.js';

/** Airbyte's split: `informational` updates versus `needs_review` items a person must act on. */
export type NotificationSeverity = 'informational' | 'needs_review';

export interface Notification {
  event: LivingSchemaEventName;
  severity: NotificationSeverity;
  title: string;
  /** Plain-text body. */
  text: string;
  /** Short label/value pairs shown beside the text. */
  fields?: Array<{ label: string; value: string }>;
  /** The event payload, for notifiers that render their own format. */
  data: unknown;
  at: string;
}

/** An event a notifier subscribes to: a name from the event map (yours too, see below) or `'*'` for every event. */
export type NotifierEventChoice = LivingSchemaEventName | '*';

/** Delivers notifications. `notify` may queue; `flush` waits until everything queued was sent or failed. */
export interface NotifierV1 {
  readonly specificationVersion: 'v1';
  readonly name: string;
  /**
   * The events this notifier hears. Default: `DEFAULT_NOTIFIED_EVENTS` (the ones people act on).
   * Any event may be listed, a plugin's own too (declare it on `LivingSchemaEvents` to type it);
   * `'*'` hears every event. A config entry's `events` replaces this list.
   */
  readonly events?: ReadonlyArray<NotifierEventChoice>;
  notify(notification: Notification): Promise<void>;
  flush?(): Promise<void>;
  close?(): Promise<void>;
}
