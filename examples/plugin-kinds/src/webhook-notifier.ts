// examples/plugin-kinds/src/webhook-notifier.ts
import { z } from 'zod';
import { ErrorCodes, LivingSchemaError, parsePluginOptions, type Notification, type NotifierV1 } from '@living-schema/core';

export const webhookNotifierOptionsSchema = z.object({
  /** Where each notification is POSTed as JSON. */
  url: z.string().url(),
  /**
   * The events to hear: names from the event map (a plugin's own too) or `'*'`. Default: the
   * engine's DEFAULT_NOTIFIED_EVENTS. A config entry's `events` replaces this.
   */
  events: z.array(z.string().min(1)).min(1).optional(),
  /** Injectable fetch (tests); default the global one. */
  fetch: z.custom<typeof fetch>((value) => typeof value === 'function').optional(),
}).strict();

/** POSTs `{ event, severity, title, text, data }` to a URL; a refused delivery throws (reported as an `error` event). */
export function webhookNotifier(options: z.input<typeof webhookNotifierOptionsSchema>): NotifierV1 {
  const { url, events, fetch: send = fetch } = parsePluginOptions('webhook', webhookNotifierOptionsSchema, options);
  return {
    specificationVersion: 'v1',
    name: 'webhook',
    ...(events ? { events: events as NotifierV1['events'] } : {}),
    async notify(notification: Notification) {
      const { event, severity, title, text, data } = notification;
      const response = await send(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ event, severity, title, text, data }) });
      if (!response.ok) {
        throw new LivingSchemaError({ code: ErrorCodes.NOTIFY_FAILED, message: `webhook ${url} answered ${response.status}`, details: { status: response.status } });
      }
    },
  };
}
