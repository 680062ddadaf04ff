import { z } from 'zod';
import type { Clock } from './clock.js';
import type { ConflictStrategyV1 } from './conflict-strategy.js';
import type { DiscoveryStrategyV1 } from './discovery-strategy.js';
import { ErrorCodes, LivingSchemaError } from './errors.js';
import type { LlmProviderV1 } from './llm-provider.js';
import type { NotifierV1 } from './notifier.js';
import { describeIssues } from './options.js';
import type { LivingSchemaPlugin } from './plugin.js';
import { sensitiveColumnsSchema } from './sensitive-columns.js';
import type { SinkV1 } from './sink.js';
import type { SourceV1 } from './source.js';
import type { StagingV1 } from './staging.js';

const SUPPORTED_SPECIFICATIONS = ['v1'];

function pluginOf<T>(kind: string, factoryHint: string) {
  return z.custom<T>(
    (value) =>
      typeof value === 'object' &&
      value !== null &&
      typeof (value as { name?: unknown }).name === 'string' &&
      typeof (value as { specificationVersion?: unknown }).specificationVersion === 'string',
    { message: `expected a ${kind} plugin (an object with \`name\` and \`specificationVersion\`), e.g. ${factoryHint}` },
  );
}

const modulePlugin = z.custom<LivingSchemaPlugin>(
  (value) => typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string',
  { message: 'expected a plugin module (an object with a `name` and optional register/initialize/shutdown hooks)' },
);

/** The engine's configuration schema (zod). `docs/configuration.md` is generated from it. */
export const livingSchemaConfigSchema = z
  .object({
    /** The store. Required. */
    sink: pluginOf<SinkV1>('sink', '`duckdb({ path })` from @living-schema/sink-duckdb'),
    /** Where batches are staged as Parquet. Default: a local folder (`stagingDirectory`). */
    staging: pluginOf<StagingV1>('staging', '`localStaging({ directory })`').optional(),
    /** Folder for the default local staging and temporary files. Default `.living-schema/staging`. */
    stagingDirectory: z.string().min(1).default('.living-schema/staging'),
    /** Keep staged Parquet files after a successful load (for audit or replay). Default false. */
    keepStagedFiles: z.boolean().default(false),
    /** Sources, tried in order when an input does not name one. */
    sources: z.array(pluginOf<SourceV1>('source', '`csv()` from @living-schema/source-csv')).default([]),
    /**
     * Worker threads that read sources off the engine's thread (a source that declares
     * `worker`), at most this many reads at once. 0: every source is read on the calling thread.
     * Default 0; the reference server sets 2, so a large upload never stalls its other routes.
     */
    sourceWorkers: z.number().int().min(0).max(64).default(0),
    /** Heap limit of each source worker thread in MiB; a read over it fails alone. Default: Node's. */
    sourceWorkerMemoryMb: z.number().int().min(64).optional(),
    /** Discovery strategies run after each load. */
    discovery: z.array(pluginOf<DiscoveryStrategyV1>('discovery strategy', '`annotationLabels()`')).default([]),
    /** Conflict strategy for new names. */
    conflicts: pluginOf<ConflictStrategyV1>('conflict strategy', '`levenshteinConflicts()`').optional(),
    /** LLM provider for descriptions and questions. */
    llm: pluginOf<LlmProviderV1>('LLM provider', '`createLlmProvider({ provider: "anthropic", model })`').optional(),
    /** Notifiers. Default: one console notifier writing to stderr. Pass `[]` for none. */
    notifiers: z.array(pluginOf<NotifierV1>('notifier', '`consoleNotifier()` or `slack({ webhookUrl })`')).optional(),
    /** Plugin modules (discovery service, query layer, schedules...). */
    plugins: z.array(modulePlugin).default([]),
    /**
     * Columns whose values never go to an LLM: `table.column`, `dataset.column` or `*.column`.
     * Discovery writes their descriptions without examples; the query layer leaves their values
     * out of the schema context. Default: none.
     */
    sensitiveColumns: sensitiveColumnsSchema,
    /** Time source; tests pass a fixed clock. */
    clock: z.custom<Clock>((v) => typeof v === 'object' && v !== null && typeof (v as Clock).now === 'function').optional(),
  })
  .strict();

export type LivingSchemaConfig = z.input<typeof livingSchemaConfigSchema>;
export type ResolvedConfig = z.output<typeof livingSchemaConfigSchema>;

/**
 * Type helper for config files: returns its argument, typed.
 *
 * @example
 * // living-schema.config.ts
 * export default defineConfig({ sink: duckdb({ path: './data.duckdb' }), sources: [csv()] });
 */
export function defineConfig(config: LivingSchemaConfig): LivingSchemaConfig {
  return config;
}

/** Validates a config, throwing `LS_CONFIG_INVALID` with every bad option's path. */
export function parseConfig(config: unknown): ResolvedConfig {
  const result = livingSchemaConfigSchema.safeParse(config);
  if (!result.success) {
    const problems = describeIssues(result.error);
    throw new LivingSchemaError({
      code: ErrorCodes.CONFIG_INVALID,
      message: `Invalid Living Schema config: ${problems.join('; ')}.`,
      details: { problems },
      cause: result.error,
    });
  }
  const resolved = result.data;
  const plugins: Array<[string, { specificationVersion?: string; name: string } | undefined]> = [
    ['sink', resolved.sink],
    ['staging', resolved.staging],
    ['conflicts', resolved.conflicts],
    ['llm', resolved.llm],
    ...resolved.sources.map((s, i) => [`sources[${i}]`, s] as [string, SourceV1]),
    ...resolved.discovery.map((s, i) => [`discovery[${i}]`, s] as [string, DiscoveryStrategyV1]),
    ...(resolved.notifiers ?? []).map((s, i) => [`notifiers[${i}]`, s] as [string, NotifierV1]),
  ];
  for (const [path, plugin] of plugins) {
    if (plugin && !SUPPORTED_SPECIFICATIONS.includes(String(plugin.specificationVersion))) {
      throw new LivingSchemaError({
        code: ErrorCodes.SPECIFICATION_UNSUPPORTED,
        message: `Plugin "${plugin.name}" at \`${path}\` implements specification "${String(plugin.specificationVersion)}", but this engine supports ${SUPPORTED_SPECIFICATIONS.join(', ')}. Upgrade @living-schema/core or use a plugin version built for it.`,
        details: { plugin: plugin.name, path, specificationVersion: plugin.specificationVersion },
      });
    }
  }
  return resolved;
}
