import { dirname, join, resolve } from 'node:path';
import { createLivingSchema, type LivingSchemaConfig } from '@living-schema/core';
import { duckdb } from '@living-schema/sink-duckdb';
import type { ResolvedServerConfig } from './server-config.js';
import type { ServerServices } from './services.js';

export interface ComposeOptions {
  env?: Record<string, string | undefined>;
  /** Extra engine config merged last (tests inject notifiers, clocks...). */
  engine?: Partial<LivingSchemaConfig>;
}

/**
 * Builds the engine and the services the server exposes from one config: DuckDB sink, every
 * source, discovery with conflict detection, the query layer with the configured LLM, and
 * notifiers. Swapping the LLM provider is a config change only.
 */
export async function composeServices(config: ResolvedServerConfig, compose: ComposeOptions = {}): Promise<ServerServices> {
  const env = compose.env ?? process.env;
  const database = config.database ?? env.LIVING_SCHEMA_DB ?? './living-schema.duckdb';
  const stagingDirectory =
    config.stagingDirectory ?? (database === ':memory:' || database.startsWith('md:') ? resolve('.living-schema/staging') : join(dirname(resolve(database)), '.living-schema', 'staging'));
  const engine = createLivingSchema({
    sink: duckdb({ path: database }),
    stagingDirectory,
    ...compose.engine,
  });
  return { engine };
}
