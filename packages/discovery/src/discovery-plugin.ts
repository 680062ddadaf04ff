import { Cron } from 'croner';
import { ErrorCodes, LivingSchemaError, parsePluginOptions, type LivingSchemaPlugin } from '@living-schema/core';
import type { InjectionToken } from 'tsyringe';
import { discoveryOptionsSchema, type DiscoveryOptions } from './discovery-options.js';
import { DiscoveryService } from './discovery-service.js';

/** Where the discovery plugin registers its service in the engine's container. */
export const DiscoveryServiceToken = Symbol.for('living-schema.discovery-service') as InjectionToken<DiscoveryService>;

export interface DiscoveryPlugin extends LivingSchemaPlugin {
  readonly name: 'discovery';
}

/**
 * The discovery plugin module: runs discovery on every loaded batch (inside `ingest()`, so an
 * entity type is in the catalog when `ingest()` resolves), flags near-duplicates, writes
 * descriptions, versions the schema, and offers a cron-scheduled full reconciliation.
 *
 * @param options.onBatch run on every loaded batch, default true
 * @param options.schedule cron pattern of the full reconciliation, default hourly (`0 * * * *`)
 * @param options.autoStartSchedule start that schedule with the engine, default false
 * @example
 * const ls = createLivingSchema({ sink: duckdb({ path }), conflicts: levenshteinConflicts(), plugins: [discovery()] });
 * await ls.ingest(['./annotations.json']);
 * const pending = await getDiscovery(ls).conflicts();
 * await getDiscovery(ls).resolveConflict(pending[0].id, { action: 'merge' });
 */
export function discovery(options: DiscoveryOptions = {}): DiscoveryPlugin {
  const parsed = parsePluginOptions('discovery', discoveryOptionsSchema, options);
  try {
    new Cron(parsed.schedule, { paused: true }).stop();
  } catch (error) {
    throw new LivingSchemaError({
      code: ErrorCodes.PLUGIN_OPTIONS_INVALID,
      message: `Invalid options for plugin "discovery": option \`schedule\`: "${parsed.schedule}" is not a cron pattern (e.g. "0 * * * *" for hourly).`,
      details: { plugin: 'discovery', paths: ['schedule'] },
      cause: error,
    });
  }
  return {
    name: 'discovery',
    version: '0.1.0',
    register(context) {
      const service = new DiscoveryService(context, parsed);
      context.container.registerInstance(DiscoveryServiceToken, service);
      // Batches loaded while other ingests waited are discovered in one pass (see afterBatchesLoaded).
      if (parsed.onBatch) context.afterBatchesLoaded((batches) => service.onBatchesLoaded(batches).then(() => undefined));
    },
    async initialize(context) {
      const service = context.container.resolve(DiscoveryServiceToken);
      // A crash between a load and its discovery left the catalog behind the data: catch up.
      await service.catchUpOnStart();
      if (parsed.autoStartSchedule) service.startSchedule();
    },
    async shutdown(context) {
      const service = context.container.resolve(DiscoveryServiceToken);
      service.stopSchedule();
      await service.idle();
    },
  };
}

/**
 * The discovery service of an engine that has the {@link discovery} plugin.
 *
 * @example
 * const result = await getDiscovery(ls).reconcile();
 */
export function getDiscovery(engine: { container: { isRegistered(token: unknown, recursive?: boolean): boolean; resolve<T>(token: InjectionToken<T>): T } }): DiscoveryService {
  if (!engine.container.isRegistered(DiscoveryServiceToken, true)) {
    throw new LivingSchemaError({
      code: ErrorCodes.PLUGIN_DEPENDENCY_MISSING,
      message: 'This engine has no discovery plugin: add `discovery()` from @living-schema/discovery to `plugins`.',
      details: { plugin: 'discovery' },
    });
  }
  return engine.container.resolve(DiscoveryServiceToken);
}
