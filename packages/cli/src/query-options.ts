import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { LivingSchema } from '@living-schema/core';
import { createLlmProvider, createQueryLayer, unusedVendorKeys, LLM_PROVIDER_NAMES, type LlmProviderName, type QueryLayer } from '@living-schema/query-llm';
import { databasePath, withEngine } from './engine-factory.js';
import type { GlobalOptions } from './output.js';
import { configuredLlmProvider, configuredLlmSelection } from './registry.js';

export interface ProviderFlags {
  provider?: string;
  model?: string;
  baseUrl?: string;
  apiKeyEnv?: string;
}

/** Adds --provider, --model, --base-url and --api-key-env (the key itself only ever comes from the environment). */
export function withProviderOptions(command: Command): Command {
  return command
    .option('--provider <name>', `LLM provider: ${LLM_PROVIDER_NAMES.join(', ')} (env LIVING_SCHEMA_LLM_PROVIDER; default offline: a key alone never sends data to a vendor)`)
    .option('--model <name>', 'model name (env LIVING_SCHEMA_LLM_MODEL)')
    .option('--base-url <url>', 'API base URL, e.g. http://127.0.0.1:11434/v1 for Ollama (env LIVING_SCHEMA_LLM_BASE_URL)')
    .option('--api-key-env <name>', 'environment variable holding the API key (default ANTHROPIC_API_KEY / OPENAI_API_KEY)');
}

/** Opens the engine (read-write when the database exists, so runs are logged) and the query layer over it. */
export async function withQueryLayer<T>(options: GlobalOptions, flags: ProviderFlags, work: (layer: QueryLayer, engine: LivingSchema) => Promise<T>): Promise<T> {
  const db = databasePath(options);
  // A missing file is opened read-only, which fails with the usual "run living-schema init" message.
  const readOnly = db !== ':memory:' && !db.startsWith('md:') && !existsSync(db);
  const selection = {
    ...configuredLlmSelection(),
    ...(flags.provider ? { provider: flags.provider as LlmProviderName } : {}),
    ...(flags.model ? { model: flags.model } : {}),
    ...(flags.baseUrl ? { baseURL: flags.baseUrl } : {}),
    ...(flags.apiKeyEnv ? { apiKeyEnv: flags.apiKeyEnv } : {}),
  };
  // A provider package named in the config file answers unless a flag names a provider.
  const plugin = flags.provider ? undefined : configuredLlmProvider();
  const provider = plugin ?? createLlmProvider(selection);
  const unused = unusedVendorKeys(plugin ? { provider: 'offline' } : selection);
  if (unused.length > 0 && !options.json) {
    process.stderr.write(`note: ${unused.join(' and ')} ${unused.length > 1 ? 'are' : 'is'} set but no provider names ${unused.length > 1 ? 'them' : 'it'}: answering with the ${provider.name} provider (--provider or LIVING_SCHEMA_LLM_PROVIDER chooses a vendor).\n`);
  }
  return withEngine(options, { readOnly }, async (engine) => {
    const layer = createQueryLayer({ sink: engine.sink, events: engine.events, provider, sensitiveColumns: engine.config.sensitiveColumns });
    try {
      return await work(layer, engine);
    } finally {
      layer.close();
    }
  });
}
