import { z } from 'zod';

export const LLM_PROVIDER_NAMES = ['anthropic', 'openai', 'openai-compatible', 'offline'] as const;
export type LlmProviderName = (typeof LLM_PROVIDER_NAMES)[number];

/** Default model per provider (override with `model` or LIVING_SCHEMA_LLM_MODEL). */
export const DEFAULT_MODELS: Record<LlmProviderName, string> = {
  anthropic: 'claude-sonnet-4-5',
  openai: 'gpt-4o-mini',
  'openai-compatible': 'llama3.1',
  offline: 'offline-catalog-v1',
};

/** Environment variable holding each provider's key (override with `apiKeyEnv`). */
export const DEFAULT_KEY_ENV: Record<LlmProviderName, string | null> = {
  anthropic: 'ANTHROPIC_API_KEY',
  openai: 'OPENAI_API_KEY',
  'openai-compatible': 'OPENAI_API_KEY',
  offline: null,
};

export const llmProviderOptionsSchema = z
  .object({
    /**
     * `anthropic`, `openai`, `openai-compatible` (Ollama, vLLM, LM Studio... via `baseURL`) or
     * `offline`. Default: env LIVING_SCHEMA_LLM_PROVIDER, else `offline` (a vendor key in the
     * environment alone never chooses a vendor: nothing is sent to one unless configured).
     */
    provider: z.enum(LLM_PROVIDER_NAMES).optional(),
    /** Model name. Default: env LIVING_SCHEMA_LLM_MODEL, else the provider's default (DEFAULT_MODELS). */
    model: z.string().min(1).optional(),
    /**
     * API base URL. Default: env LIVING_SCHEMA_LLM_BASE_URL, else the provider's own. Required for
     * `openai-compatible`, e.g. `http://127.0.0.1:11434/v1` for Ollama.
     */
    baseURL: z.string().url().optional(),
    /** Name of the environment variable holding the API key (never the key itself). Default: ANTHROPIC_API_KEY / OPENAI_API_KEY. */
    apiKeyEnv: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name').optional(),
    /** Milliseconds before one request is abandoned. Default 60,000. */
    timeoutMs: z.number().int().positive().default(60_000),
    /** Retries on 408/409/429/5xx/529 and connection errors, with exponential backoff honouring retry-after. Default 2. */
    maxRetries: z.number().int().nonnegative().max(10).default(2),
    /** Injectable environment (tests); default `process.env`. */
    env: z.record(z.string(), z.string().optional()).optional(),
    /** Injectable fetch (tests); default the global fetch. */
    fetch: z.custom<typeof fetch>((v) => typeof v === 'function').optional(),
  })
  .strict();

export type LlmProviderOptions = z.input<typeof llmProviderOptionsSchema>;
export type ResolvedLlmProviderOptions = z.output<typeof llmProviderOptionsSchema>;
