export { createApp, type AppContext } from './app.js';
export { startServer, type StartedServer, type StartServerOptions } from './server.js';
export { serverOptionsSchema, tokensFromEnv, type ServerOptions, type ResolvedServerOptions } from './server-options.js';
export { serverConfigSchema, defineServerConfig, loadServerConfig, CONFIG_FILE_NAMES, type ServerConfig, type ResolvedServerConfig } from './server-config.js';
export { composeServices, queryService, reportService, catalogService, type ComposeOptions, type ComposedServices } from './compose.js';
export { ServerMetrics } from './metrics.js';
export { standardComposition, standardNotifiers, type StandardComposition } from './composition.js';
export { engineQueryService, type ServerServices, type QueryService, type ReportService, type CatalogService, type QueryRequest, type QueryResponse } from './services.js';
export { requireScope, TOKEN_COOKIE } from './auth.js';
export { problem, toProblem, type ProblemDetails } from './problem.js';

import { loadServerConfig } from './server-config.js';
import { composeServices } from './compose.js';
import { startServer, type StartedServer } from './server.js';

/**
 * Loads the config file, composes every package and starts the server — what
 * `living-schema serve` runs.
 *
 * @example
 * const server = await serveFromConfig({ configPath: './living-schema.config.json', overrides: { port: 0 } });
 */
export async function serveFromConfig(input: { configPath?: string; database?: string; overrides?: Record<string, unknown>; env?: Record<string, string | undefined> } = {}): Promise<StartedServer & { close(): Promise<void> }> {
  const config = await loadServerConfig(input.configPath);
  if (input.database) config.database = input.database;
  const services = await composeServices(config, { env: input.env });
  let server: StartedServer;
  try {
    server = await startServer({ services, options: { ...config.server, ...input.overrides } as never, env: input.env });
  } catch (error) {
    await services.close();
    throw error;
  }
  return {
    ...server,
    async close() {
      await server.close();
      await services.close();
    },
  };
}
