import { z } from 'zod';
import type { Notification, NotifierV1 } from './notifier.js';
import { parsePluginOptions } from './options.js';

export const consoleNotifierOptionsSchema = z
  .object({
    /** Only notifications at least this important: `informational` (all) or `needs_review`. Default `informational`. */
    minimumSeverity: z.enum(['informational', 'needs_review']).default('informational'),
    /** Where to write; default `process.stderr` so `--json` output on stdout stays clean. */
    write: z.custom<(line: string) => void>((v) => typeof v === 'function').optional(),
  })
  .strict();

export type ConsoleNotifierOptions = z.input<typeof consoleNotifierOptionsSchema>;

/**
 * The default notifier: one line per notification on stderr.
 *
 * @example
 * createLivingSchema({ sink, notifiers: [consoleNotifier({ minimumSeverity: 'needs_review' })] });
 */
export function consoleNotifier(options: ConsoleNotifierOptions = {}): NotifierV1 {
  const parsed = parsePluginOptions('console', consoleNotifierOptionsSchema, options);
  const write = parsed.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  return {
    specificationVersion: 'v1',
    name: 'console',
    async notify(notification: Notification) {
      if (parsed.minimumSeverity === 'needs_review' && notification.severity !== 'needs_review') return;
      const marker = notification.severity === 'needs_review' ? '[needs review]' : '[info]';
      const fields = (notification.fields ?? []).map((f) => `${f.label}=${f.value}`).join(' ');
      write(`${marker} ${notification.title}${notification.text ? `: ${notification.text}` : ''}${fields ? ` (${fields})` : ''}`);
    },
  };
}
