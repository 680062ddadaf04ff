import { ErrorCodes, LivingSchemaError, parsePluginOptions, type LlmProviderV1 } from '@living-schema/core';
import { anthropicProvider } from './llm-provider-anthropic.js';
import { offlineProvider } from './llm-provider-offline.js';
import { openAiProvider } from './llm-provider-openai.js';
import { DEFAULT_KEY_ENV, DEFAULT_MODELS, LLM_PROVIDER_NAMES, llmProviderOptionsSchema, type LlmProviderName, type LlmProviderOptions } from './llm-provider-options.js';

/** Which provider and model a config (plus the environment) selects, without creating it. */
export function resolveLlmSelection(options: LlmProviderOptions = {}): { provider: LlmProviderName; model: string; baseURL?: string; apiKeyEnv: string | null } {
  const env = options.env ?? process.env;
  const fromEnv = env.LIVING_SCHEMA_LLM_PROVIDER?.trim() || undefined;
  if (fromEnv && !(LLM_PROVIDER_NAMES as ReadonlyArray<string>).includes(fromEnv)) {
    throw new LivingSchemaError({
      code: ErrorCodes.CONFIG_INVALID,
      message: `LIVING_SCHEMA_LLM_PROVIDER is "${fromEnv}"; use one of ${LLM_PROVIDER_NAMES.join(', ')}.`,
      details: { env: 'LIVING_SCHEMA_LLM_PROVIDER' },
    });
  }
  // A vendor key in the environment alone never picks the provider: the schema context (with real
  // example values) goes to a vendor only when the configuration names one.
  const provider: LlmProviderName = options.provider ?? (fromEnv as LlmProviderName | undefined) ?? 'offline';
  const model = options.model ?? (env.LIVING_SCHEMA_LLM_MODEL?.trim() || DEFAULT_MODELS[provider]);
  const baseURL = options.baseURL ?? (env.LIVING_SCHEMA_LLM_BASE_URL?.trim() || undefined);
  const apiKeyEnv = options.apiKeyEnv ?? DEFAULT_KEY_ENV[provider];
  return { provider, model, ...(baseURL ? { baseURL } : {}), apiKeyEnv };
}

/**
 * Vendor keys set in the environment that the selection does not use (e.g. `ANTHROPIC_API_KEY`
 * while answering offline): worth telling the user, since a key alone no longer picks a provider.
 */
export function unusedVendorKeys(options: LlmProviderOptions = {}): string[] {
  const env = options.env ?? process.env;
  const selection = resolveLlmSelection(options);
  const vendorKeys = Object.values(DEFAULT_KEY_ENV).filter((name): name is string => typeof name === 'string');
  return [...new Set(vendorKeys)].filter((name) => Boolean(env[name]?.trim()) && name !== selection.apiKeyEnv);
}

/**
 * Creates the LLM provider a config names: `anthropic`, `openai`, `openai-compatible` or
 * `offline` (the default: a key in the environment alone does not choose a vendor). Keys come
 * from the environment only.
 *
 * @param options.provider default: LIVING_SCHEMA_LLM_PROVIDER, else `offline`
 * @param options.model default: LIVING_SCHEMA_LLM_MODEL, else the provider's default
 * @param options.baseURL default: LIVING_SCHEMA_LLM_BASE_URL; required for `openai-compatible`
 * @param options.apiKeyEnv default: ANTHROPIC_API_KEY / OPENAI_API_KEY
 * @param options.timeoutMs default 60,000
 * @param options.maxRetries default 2
 * @example
 * const llm = createLlmProvider({ provider: 'openai-compatible', model: 'llama3.1', baseURL: 'http://127.0.0.1:11434/v1' });
 * @see https://docs.anthropic.com/en/api/messages
 */
export function createLlmProvider(options: LlmProviderOptions = {}): LlmProviderV1 {
  const parsed = parsePluginOptions('llm', llmProviderOptionsSchema, options);
  const env = parsed.env ?? process.env;
  const selection = resolveLlmSelection(parsed);
  if (selection.provider === 'offline') return offlineProvider({ model: selection.model });
  const apiKey = selection.apiKeyEnv ? env[selection.apiKeyEnv]?.trim() || undefined : undefined;
  if (!apiKey && selection.provider !== 'openai-compatible') {
    throw new LivingSchemaError({
      code: ErrorCodes.CONFIG_INVALID,
      message: `The ${selection.provider} provider needs an API key: set ${selection.apiKeyEnv}, or choose provider "offline".`,
      details: { provider: selection.provider, env: selection.apiKeyEnv },
    });
  }
  if (selection.provider === 'openai-compatible' && !selection.baseURL) {
    throw new LivingSchemaError({
      code: ErrorCodes.CONFIG_INVALID,
      message: 'The openai-compatible provider needs baseURL (e.g. http://127.0.0.1:11434/v1 for Ollama), or LIVING_SCHEMA_LLM_BASE_URL.',
      details: { provider: selection.provider },
    });
  }
  const settings = {
    model: selection.model,
    apiKey,
    apiKeyEnv: selection.apiKeyEnv,
    ...(selection.baseURL ? { baseURL: selection.baseURL } : {}),
    timeoutMs: parsed.timeoutMs,
    maxRetries: parsed.maxRetries,
    ...(parsed.fetch ? { fetch: parsed.fetch } : {}),
  };
  if (selection.provider === 'anthropic') return anthropicProvider(settings);
  return openAiProvider({ ...settings, name: selection.provider });
}
