// examples/plugin-kinds/src/audit-trail.ts
import { z } from 'zod';
import { parsePluginOptions, type LivingSchemaPlugin } from '@living-schema/core';

// An event of this plugin's own, typed for every user of the bus (declaration merging).
declare module '@living-schema/core' {
  interface LivingSchemaEvents {
    'audit.recorded': { batchId: string; dataset: string; rowsLoaded: number; by: string };
  }
}

export const auditTrailOptionsSchema = z.object({
  /** Who the trail names as the loader. Default: `living-schema`. */
  by: z.string().min(1).default('living-schema'),
}).strict();

/** A plugin module: after every load, emits `audit.recorded` (a notifier may choose to hear it). */
export function auditTrail(options: z.input<typeof auditTrailOptionsSchema> = {}): LivingSchemaPlugin {
  const { by } = parsePluginOptions('audit-trail', auditTrailOptionsSchema, options);
  return {
    name: 'audit-trail',
    initialize(context) {
      context.afterBatchLoaded((batch) => {
        context.events.emit('audit.recorded', { batchId: batch.batchId, dataset: batch.dataset, rowsLoaded: batch.rowsLoaded, by });
      });
    },
  };
}
