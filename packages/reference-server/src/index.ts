export { createApp, type AppContext } from './app.js';
export { startServer, type StartedServer, type StartServerOptions } from './server.js';
export { serverOptionsSchema, tokensFromEnv, type ServerOptions, type ResolvedServerOptions } from './server-options.js';
export { serverConfigSchema, defineServerConfig, loadServerConfig, CONFIG_FILE_NAMES, type ServerConfig, type ResolvedServerConfig } from './server-config.js';
export { composeServices, queryService, reportService, catalogService, type ComposeOptions, type ComposedServices } from './compose.js';
export { ServerMetrics } from './metrics.js';
export { standardComposition, standardNotifiers, withConfiguredPlugins, type StandardComposition, type Composition } from './composition.js';
export { createConfiguredLlm, builtInSelection, isLlmPlugin, llmSelectionSchema, type LlmConfig } from './llm-config.js';
export { loadConfiguredPlugins, loadPlugin, pluginReferenceSchema, configuredPluginsSchema, type LoadedPlugins, type PluginKind, type PluginReference } from './plugin-loader.js';
export { engineQueryService, type ServerServices, type QueryService, type ReportService, type CatalogService, type QueryRequest, type QueryResponse } from './services.js';
export { createAuth, SESSION_COOKIE, type Auth } from './auth.js';
export { SessionStore, type Session, type Identity } from './sessions.js';
export { problem, toProblem, statusOfCode, SERVER_FAULT_CODES, type ProblemDetails } from './problem.js';
export { serverRedactor, type ServerSecrets } from './server-redaction.js';
export { removeUploadLeftovers, MAX_FILE_NAME_BYTES } from './upload.js';

import { randomBytes } from 'node:crypto';
import { ErrorCodes, LivingSchemaError } from '@living-schema/core';
import { loadServerConfig } from './server-config.js';
import { tokensFromEnv as parseTokens, type ResolvedServerOptions } from './server-options.js';
import { composeServices } from './compose.js';
import { startServer, type StartedServer } from './server.js';
import { ServerRuntimeFile } from './server-runtime.js';

/** `PORT` from the environment (above the config file, below `--port`), as platforms set it. */
function portFromEnv(value: string | undefined): { port?: number } {
  if (value === undefined || value.trim() === '') return {};
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new LivingSchemaError({ code: ErrorCodes.CONFIG_INVALID, message: `PORT="${value}" is not a port number (0-65535; 0 picks a free one).`, details: { variable: 'PORT' } });
  }
  return { port };
}

/** How a person signs in to a started server. */
export interface SignIn {
  /** Names and scopes of the configured tokens (never the tokens themselves). */
  tokens: Array<{ name: string; scope: 'read' | 'admin' }>;
  /** The admin token minted for this run when none was configured (`mintTokenIfNone`). */
  mintedToken?: string;
}

/** A server `serveFromConfig` started. */
export interface ServedFromConfig extends StartedServer {
  signIn: SignIn;
  /**
   * The runtime file beside the database (`<database>.server.json`, mode 0600) through which
   * the CLI finds this server; null for `:memory:` and `md:` stores.
   */
  runtimeFile: string | null;
  /** Removes the runtime file, stops the server, closes the engine. */
  close(): Promise<void>;
}

export interface ServeFromConfigInput {
  configPath?: string;
  database?: string;
  overrides?: Record<string, unknown>;
  env?: Record<string, string | undefined>;
  /**
   * When auth is `tokens` and no token is configured (config or `LIVING_SCHEMA_TOKENS`), mint one
   * random admin token for this run instead of refusing to start; `signIn.mintedToken` holds it.
   * Default false (a deployment must name its tokens). `living-schema serve` turns it on.
   */
  mintTokenIfNone?: boolean;
}

/**
 * Loads the config file, composes every package and starts the server — what
 * `living-schema serve` runs.
 *
 * @example
 * const server = await serveFromConfig({ configPath: './living-schema.config.json', overrides: { port: 0 } });
 */
export async function serveFromConfig(input: ServeFromConfigInput = {}): Promise<ServedFromConfig> {
  const config = await loadServerConfig(input.configPath);
  if (input.database) config.database = input.database;
  const env = input.env ?? process.env;
  const options = { ...config.server, ...portFromEnv(env.PORT), ...input.overrides } as ResolvedServerOptions;
  const configured = [...(options.tokens ?? []), ...parseTokens(env.LIVING_SCHEMA_TOKENS)];
  const mintedToken = input.mintTokenIfNone && options.auth !== 'none' && configured.length === 0 ? randomBytes(24).toString('hex') : undefined;
  if (mintedToken) options.tokens = [{ token: mintedToken, scope: 'admin', name: 'session' }];
  const services = await composeServices(config, { env: input.env });
  const runtime = ServerRuntimeFile.for(services.database);
  let server: StartedServer | undefined;
  let runtimeFile: string | null = null;
  try {
    server = await startServer({ services, options, env: input.env, localTokens: runtime ? [runtime.token] : [] });
    runtimeFile = (await runtime?.announce(server.url)) ?? null;
  } catch (error) {
    await server?.close();
    await services.close();
    throw error;
  }
  const tokens = mintedToken ? [{ name: 'session', scope: 'admin' as const }] : configured.map(({ name, scope }) => ({ name, scope }));
  const started = server;
  return {
    ...started,
    signIn: { tokens, ...(mintedToken ? { mintedToken } : {}) },
    runtimeFile,
    async close() {
      // The file goes first: a CLI that starts now opens the store itself once it is free.
      await runtime?.withdraw();
      await started.close();
      await services.close();
    },
  };
}
