import { z } from 'zod';
import type { LlmProviderV1 } from '@living-schema/core';
import { createLlmProvider, LLM_PROVIDER_NAMES, type LlmProviderOptions } from '@living-schema/query-llm';
import { loadPlugin, pluginReferenceSchema } from './plugin-loader.js';

/** A first-party provider, chosen by name; the key only ever comes from the environment. */
const builtInLlmSchema = z
  .object({
    provider: z.enum(LLM_PROVIDER_NAMES),
    model: z.string().optional(),
    baseURL: z.string().url().optional(),
    apiKeyEnv: z.string().optional(),
  })
  .strict();

/**
 * The config's `llm`: a first-party provider (`{ provider, model?, baseURL?, apiKeyEnv? }`) or a
 * third-party provider package (`{ use, export?, options? }`, as for every plugin kind). Without
 * it the offline provider answers, unless LIVING_SCHEMA_LLM_PROVIDER names one: a vendor key in
 * the environment alone never chooses a provider.
 */
export const llmSelectionSchema = z.union([builtInLlmSchema, pluginReferenceSchema], {
  error: `expected a first-party provider { provider: ${LLM_PROVIDER_NAMES.map((name) => `"${name}"`).join(' | ')}, model?, baseURL?, apiKeyEnv? } or a provider package { use, export?, options? }`,
});

export type LlmConfig = z.input<typeof llmSelectionSchema>;
type ParsedLlmConfig = z.output<typeof llmSelectionSchema>;

/** Whether the config's `llm` names a plugin package rather than a first-party provider. */
export function isLlmPlugin(llm: ParsedLlmConfig | undefined): llm is Extract<ParsedLlmConfig, { use: string }> {
  return typeof llm === 'object' && llm !== null && 'use' in llm;
}

/** The first-party selection the config names (`{}` for none, or for a plugin). */
export function builtInSelection(llm: ParsedLlmConfig | undefined): LlmProviderOptions {
  return llm && 'provider' in llm ? llm : {};
}

/**
 * The LLM provider the config names: a plugin loaded like every other (`LS_PLUGIN_NOT_LOADED`
 * naming `llm` when it cannot be), else the first-party provider the selection and the
 * environment choose.
 */
export async function createConfiguredLlm(llm: ParsedLlmConfig | undefined, baseDirectory: string, env?: Record<string, string | undefined>): Promise<LlmProviderV1> {
  if (isLlmPlugin(llm)) return (await loadPlugin(llm, 'llm', 'llm', baseDirectory)) as LlmProviderV1;
  return createLlmProvider({ ...builtInSelection(llm), ...(env ? { env } : {}) });
}
