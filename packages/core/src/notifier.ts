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

/** Delivers notifications. `notify` may queue; `flush` waits until everything queued was sent or failed. */
export interface NotifierV1 {
  readonly specificationVersion: 'v1';
  readonly name: string;
  notify(notification: Notification): Promise<void>;
  flush?(): Promise<void>;
  close?(): Promise<void>;
}
