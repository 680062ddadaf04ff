import type { ConflictStrategyV1, DiscoveryStrategyV1, LlmProviderV1 } from '@living-schema/core';
import { z } from 'zod';

const plugin = <T>(what: string) =>
  z.custom<T>((v) => typeof v === 'object' && v !== null && typeof (v as { name?: unknown }).name === 'string', { message: `expected a ${what} plugin object` });

export const discoveryOptionsSchema = z
  .object({
    /** Discovery strategies. Default: those in the engine config's `discovery`, else `annotationLabels()` and `recordColumns()`. */
    strategies: z.array(plugin<DiscoveryStrategyV1>('discovery strategy')).optional(),
    /** Conflict strategy. Default: the engine config's `conflicts`, else `levenshteinConflicts()`. */
    conflicts: plugin<ConflictStrategyV1>('conflict strategy').optional(),
    /** LLM for descriptions. Default: the engine config's `llm`; without one, descriptions come from a template. */
    llm: plugin<LlmProviderV1>('LLM provider').optional(),
    /** Run discovery on every loaded batch. Default true. */
    onBatch: z.boolean().default(true),
    /** Cron pattern (croner) for the full reconciliation. Default `0 * * * *` (hourly; env `LIVING_SCHEMA_DISCOVERY_CRON` in the CLI). */
    schedule: z.string().min(1).default('0 * * * *'),
    /** Start the reconciliation schedule when the engine starts (long-running hosts). Default false: call `startSchedule()`. */
    autoStartSchedule: z.boolean().default(false),
    /** Look for relationships (join keys) between record datasets on every batch and full run. Default true. */
    relationships: z.boolean().default(true),
    /** Examples kept per entity type or field. Default 5. */
    maxExamples: z.number().int().min(0).max(50).default(5),
    /** At most this many conflict rows per new name (best matches). Default 3. */
    maxConflictsPerName: z.number().int().min(1).max(20).default(3),
    /**
     * What an LLM-written description does: `suggest` (default) keeps the template in force and
     * stores the LLM's text as a suggestion a person accepts (`schema suggestions`, `schema
     * describe <target> --accept-suggestion`); `apply` puts it in force at once.
     */
    llmDescriptions: z.enum(['suggest', 'apply']).default('suggest'),
    /** Time allowed for one LLM description call before the template is kept. Default 15,000 ms. */
    descriptionTimeoutMs: z.number().int().positive().default(15_000),
    /** LLM description calls in flight at once. Default 4. */
    descriptionConcurrency: z.number().int().positive().default(4),
  })
  .strict();

export type DiscoveryOptions = z.input<typeof discoveryOptionsSchema>;
export type ResolvedDiscoveryOptions = z.output<typeof discoveryOptionsSchema>;
