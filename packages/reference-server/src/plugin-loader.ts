import { extname, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import {
  ErrorCodes,
  LivingSchemaError,
  type ConflictStrategyV1,
  type DiscoveryStrategyV1,
  type LivingSchemaPlugin,
  type NotifierEventChoice,
  type NotifierV1,
  type SourceV1,
  type StagingV1,
} from '@living-schema/core';

/**
 * One plugin named in `living-schema.config.*`: a package name or a module path (relative to the
 * config file), the export that is the plugin's factory (default: the module's default export),
 * and the options passed to it. The factory validates them with its own zod schema, as every
 * plugin factory does (`parsePluginOptions`). A string is `{ use: string }`.
 */
export const pluginReferenceSchema = z.union([
  z.string().min(1).transform((use) => ({ use })),
  z
    .object({
      /** Package name (`@acme/living-schema-jsonl`) or path (`./plugins/audit.mjs`). */
      use: z.string().min(1),
      /** The factory's export name. Default: the default export. */
      export: z.string().min(1).optional(),
      /** Passed to the factory, which validates them. */
      options: z.unknown().optional(),
      /**
       * Notifiers only: the events it hears (event names, a plugin's own too, or `'*'`),
       * replacing the notifier's own choice. Default: the notifier's `events`, else
       * `DEFAULT_NOTIFIED_EVENTS`.
       */
      events: z.array(z.string().min(1)).min(1).optional(),
    })
    .strict(),
]);

export type PluginReference = z.output<typeof pluginReferenceSchema>;

/** Where plugins may be named in the config, each with the check its plugins must pass. */
const KINDS = {
  sources: { noun: 'source', check: (p: Candidate) => isSpecified(p) && typeof p.read === 'function' && typeof p.canRead === 'function' },
  discovery: { noun: 'discovery strategy', check: (p: Candidate) => isSpecified(p) && typeof p.discover === 'function' },
  conflicts: { noun: 'conflict strategy', check: (p: Candidate) => isSpecified(p) && typeof p.findConflicts === 'function' },
  notifiers: { noun: 'notifier', check: (p: Candidate) => isSpecified(p) && typeof p.notify === 'function' },
  staging: { noun: 'staging', check: (p: Candidate) => isSpecified(p) },
  plugins: { noun: 'plugin module', check: (p: Candidate) => typeof p.name === 'string' },
  llm: { noun: 'LLM provider', check: (p: Candidate) => isSpecified(p) && typeof p.complete === 'function' && typeof p.model === 'string' },
} as const;

export type PluginKind = keyof typeof KINDS;

type Candidate = Record<string, unknown>;
const isSpecified = (p: Candidate) => typeof p.name === 'string' && typeof p.specificationVersion === 'string';

/** The config's plugin lists (each entry a reference, or in a code config the plugin itself). */
export const configuredPluginsSchema = z.object({
  // Described with .describe(): server-config.ts spreads these keys, and docs/configuration.md is
  // generated from the schema.
  sources: z.array(z.unknown()).default([]).describe('Third-party sources (package or path references), tried before the first-party ones.'),
  discovery: z.array(z.unknown()).default([]).describe('Third-party discovery strategies, run after the first-party ones.'),
  conflicts: z.unknown().optional().describe('A conflict strategy; replaces the first-party Levenshtein one.'),
  notifiers: z.array(z.unknown()).default([]).describe('Third-party notifiers, added to the console (and Slack) ones.'),
  staging: z.unknown().optional().describe('A staging store; replaces the local folder.'),
  plugins: z.array(z.unknown()).default([]).describe('Plugin modules (services, hooks), added after the first-party ones.'),
});

export interface LoadedPlugins {
  sources: SourceV1[];
  discovery: DiscoveryStrategyV1[];
  conflicts?: ConflictStrategyV1;
  notifiers: NotifierV1[];
  staging?: StagingV1;
  plugins: LivingSchemaPlugin[];
}

const notLoaded = (at: string, message: string, cause?: unknown) =>
  new LivingSchemaError({ code: ErrorCodes.PLUGIN_NOT_LOADED, message: `${at}: ${message}`, details: { at }, ...(cause ? { cause } : {}) });

/** "a source", "an LLM provider". */
const article = (noun: string) => (/^(?:[aeiou]|LLM)/i.test(noun) ? 'an' : 'a');

const isPath = (use: string) => use.startsWith('.') || isAbsolute(use);

/**
 * Imports the module a reference names, as the config file would: a path from the config's
 * folder, a package from the `node_modules` above it (ESM resolution, so an ES-module-only
 * plugin loads and shares our copy of core). TypeScript files go through jiti.
 */
async function importReferenced(use: string, baseDirectory: string): Promise<Record<string, unknown>> {
  const { createJiti } = await import('jiti');
  const jiti = createJiti(join(baseDirectory, 'living-schema.config.js'));
  const target = isPath(use) ? resolve(baseDirectory, use) : jiti.esmResolve(use);
  if (extname(target.startsWith('file:') ? new URL(target).pathname : target) === '.ts') return jiti.import(target);
  return import(target.startsWith('file:') ? target : pathToFileURL(target).href);
}

/** Loads one plugin: import, find the factory, call it with the options, check the result's kind. */
export async function loadPlugin(raw: unknown, kind: PluginKind, at: string, baseDirectory: string): Promise<unknown> {
  const { noun, check } = KINDS[kind];
  const parsed = pluginReferenceSchema.safeParse(raw);
  // A code config may hold the plugin itself (`sources: [jsonl()]`).
  if (!parsed.success) {
    if (typeof raw === 'object' && raw !== null && check(raw as Candidate)) return raw;
    throw notLoaded(at, `expected a package name or path, \`{ use, export?, options?, events? }\`, or ${article(noun)} ${noun} object`);
  }
  const { use, export: exportName = 'default', options, events } = parsed.data as { use: string; export?: string; options?: unknown; events?: string[] };
  if (events && kind !== 'notifiers') throw notLoaded(at, '`events` applies only to notifiers.');
  let module: Record<string, unknown>;
  try {
    module = await importReferenced(use, baseDirectory);
  } catch (error) {
    // Node's first line says what is missing; the require stack after it only names our loader.
    throw notLoaded(at, `cannot load "${use}" (${String((error as Error).message).split('\n')[0]}). Install it in the project that holds the config, or fix the path.`, error);
  }
  const factory = module[exportName];
  if (typeof factory !== 'function') {
    const functions = Object.keys(module).filter((name) => typeof module[name] === 'function');
    throw notLoaded(at, `"${use}" has no function export "${exportName}" (its functions: ${functions.join(', ') || 'none'}); name the factory with \`export\`.`);
  }
  let plugin: unknown;
  try {
    plugin = await (factory as (options: unknown) => unknown)(options);
  } catch (error) {
    if (LivingSchemaError.isInstance(error)) {
      throw new LivingSchemaError({ code: error.code, message: `${at} (${use}): ${error.message}`, details: { ...error.details, at }, cause: error });
    }
    throw notLoaded(at, `"${use}".${exportName}() failed: ${(error as Error).message}`, error);
  }
  if (typeof plugin !== 'object' || plugin === null || !check(plugin as Candidate)) {
    throw notLoaded(at, `"${use}".${exportName}() did not return ${article(noun)} ${noun} (see docs/plugin-authoring.md for the interface).`);
  }
  return events ? hearing(plugin as NotifierV1, events as NotifierEventChoice[]) : plugin;
}

/** The notifier with the config's event choice; delegates so that a class instance keeps its `this`. */
function hearing(notifier: NotifierV1, events: NotifierEventChoice[]): NotifierV1 {
  return {
    specificationVersion: notifier.specificationVersion,
    name: notifier.name,
    events,
    notify: (notification) => notifier.notify(notification),
    ...(notifier.flush ? { flush: () => notifier.flush!() } : {}),
    ...(notifier.close ? { close: () => notifier.close!() } : {}),
  };
}

/**
 * Loads every plugin the config names, in order; the first that fails stops the start with an
 * error naming its entry (`sources[1]`). Relative paths are resolved from `baseDirectory` (the
 * config file's folder).
 *
 * @example
 * const loaded = await loadConfiguredPlugins({ sources: [{ use: '@acme/ls-jsonl', export: 'jsonl' }] }, process.cwd());
 * createLivingSchema({ sink, ...loaded });
 */
export async function loadConfiguredPlugins(config: z.input<typeof configuredPluginsSchema>, baseDirectory: string): Promise<LoadedPlugins> {
  const lists = configuredPluginsSchema.parse(config);
  const many = async <T>(kind: PluginKind, entries: unknown[]) => {
    const loaded: T[] = [];
    for (const [index, entry] of entries.entries()) loaded.push((await loadPlugin(entry, kind, `${kind}[${index}]`, baseDirectory)) as T);
    return loaded;
  };
  const one = async <T>(kind: PluginKind, entry: unknown) => (entry === undefined ? undefined : ((await loadPlugin(entry, kind, kind, baseDirectory)) as T));
  const conflicts = await one<ConflictStrategyV1>('conflicts', lists.conflicts);
  const staging = await one<StagingV1>('staging', lists.staging);
  return {
    sources: await many<SourceV1>('sources', lists.sources),
    discovery: await many<DiscoveryStrategyV1>('discovery', lists.discovery),
    notifiers: await many<NotifierV1>('notifiers', lists.notifiers),
    plugins: await many<LivingSchemaPlugin>('plugins', lists.plugins),
    ...(conflicts ? { conflicts } : {}),
    ...(staging ? { staging } : {}),
  };
}
