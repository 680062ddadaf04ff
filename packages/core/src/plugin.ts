import type { DependencyContainer } from 'tsyringe';
import type { LoadedBatchInfo } from './engine-types.js';
import type { LivingSchemaEventBus } from './events.js';

/** What a plugin module sees when it registers and initialises. */
export interface PluginContext {
  /** The engine's own child container: register services here, resolve with `Tokens`. */
  readonly container: DependencyContainer;
  readonly events: LivingSchemaEventBus;
  /**
   * Runs `hook` after every batch load, inside `ingest()`: the batch is in the store, and
   * `ingest()` resolves only when hooks finished. A failing hook is reported as an `error` event
   * (code `LS_PLUGIN_HOOK_FAILED`) and does not undo the load.
   */
  afterBatchLoaded(hook: (batch: LoadedBatchInfo) => Promise<void> | void): void;
  /**
   * Like {@link afterBatchLoaded}, once for a group of batches. A lone `ingest()` calls it after
   * each batch with that batch alone; while other ingests wait for the engine's writer, the
   * batches they load are settled together (at most 16 at a time), so a hook that costs the same
   * for one batch as for several (a discovery pass, a version check) runs once for all of them.
   * Each `ingest()` still resolves only when the hooks of its batches finished.
   */
  afterBatchesLoaded(hook: (batches: LoadedBatchInfo[]) => Promise<void> | void): void;
}

/**
 * A plugin module (credo-ts / Fastify style): a name, the plugins it needs, and lifecycle hooks.
 * Plugins that provide a service (discovery, query layer, schedules) are modules.
 */
export interface LivingSchemaPlugin {
  readonly name: string;
  readonly version?: string;
  /** Names of plugin modules that must also be registered. */
  readonly dependencies?: ReadonlyArray<string>;
  register?(context: PluginContext): void;
  initialize?(context: PluginContext): Promise<void> | void;
  shutdown?(context: PluginContext): Promise<void> | void;
}
