import type { Clock } from './clock.js';
import { DEFAULT_NOTIFIED_EVENTS } from './event-catalog.js';
import type { LivingSchemaEventBus, LivingSchemaEventName, LivingSchemaEvents } from './events.js';
import type { NotifierV1 } from './notifier.js';
import { toNotification } from './notifications.js';
import { hookFailed } from './plugin-manager.js';

/** Whether a notifier hears an event: its own `events` list, else the default list. */
export function notifierHears(notifier: Pick<NotifierV1, 'events'>, event: string): boolean {
  const chosen: ReadonlyArray<string> = notifier.events ?? DEFAULT_NOTIFIED_EVENTS;
  return chosen.includes('*') || chosen.includes(event);
}

/**
 * Delivers every event to the notifiers that chose it. A failing notifier is reported as an
 * `error` event (never for an `error` event itself, which could loop) and is never fatal.
 * `settle()` waits for the deliveries under way (the engine's close).
 */
export function connectNotifiers(events: LivingSchemaEventBus, notifiers: ReadonlyArray<NotifierV1>, clock: Clock): { settle(): Promise<void> } {
  const pending = new Set<Promise<void>>();
  const deliver = (notifier: NotifierV1, event: LivingSchemaEventName, payload: unknown) => {
    const delivery = Promise.resolve()
      .then(() => notifier.notify(toNotification(event, payload as LivingSchemaEvents[typeof event], clock.now())))
      .catch((error) => {
        if (event !== 'error') events.emit('error', { error: hookFailed(notifier.name, 'notify', error), during: 'notify' });
      })
      .finally(() => pending.delete(delivery));
    pending.add(delivery);
  };
  if (notifiers.length > 0) {
    events.onAny((event, payload) => {
      for (const notifier of notifiers) if (notifierHears(notifier, event)) deliver(notifier, event, payload);
    });
  }
  return {
    async settle() {
      await Promise.allSettled([...pending]);
    },
  };
}
