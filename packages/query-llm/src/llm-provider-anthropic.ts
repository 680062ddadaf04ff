import type Anthropic from '@anthropic-ai/sdk';
import type { LlmCompletion, LlmCompletionRequest, LlmProviderV1 } from '@living-schema/core';
import { importOptionalPackage } from '@living-schema/core';
import { llmError } from './llm-provider-errors.js';

export interface SdkProviderSettings {
  model: string;
  apiKey: string | undefined;
  apiKeyEnv: string | null;
  baseURL?: string;
  timeoutMs: number;
  maxRetries: number;
  fetch?: typeof fetch;
}

/**
 * Anthropic Messages API (`POST /v1/messages`) through @anthropic-ai/sdk: system messages go to
 * `system`, the SDK retries 408/409/429/5xx/529 with backoff honouring retry-after.
 */
export function anthropicProvider(settings: SdkProviderSettings): LlmProviderV1 {
  // The SDK loads on the first completion, so hosts that never call this provider never pay for it.
  let client: Promise<Anthropic> | undefined;
  const sdk = () =>
    (client ??= importOptionalPackage('@anthropic-ai/sdk', 'The anthropic LLM provider', () => import('@anthropic-ai/sdk')).then(
      ({ default: Sdk }) =>
        new Sdk({
          apiKey: settings.apiKey ?? null,
          baseURL: settings.baseURL ?? null,
          timeout: settings.timeoutMs,
          maxRetries: settings.maxRetries,
          logLevel: 'off',
          ...(settings.fetch ? { fetch: settings.fetch } : {}),
        }),
    ));
  return {
    specificationVersion: 'v1',
    name: 'anthropic',
    model: settings.model,
    async complete(request: LlmCompletionRequest): Promise<LlmCompletion> {
      const system = request.messages.filter((m) => m.role === 'system').map((m) => m.content).join('\n\n');
      const messages = request.messages
        .filter((m) => m.role !== 'system')
        .map((m) => ({ role: m.role as 'user' | 'assistant', content: m.content }));
      if (messages.length === 0 || messages[0]!.role !== 'user') messages.unshift({ role: 'user', content: '(see the instructions)' });
      try {
        const response = await (await sdk()).messages.create(
          {
            model: settings.model,
            max_tokens: request.maxTokens ?? 1024,
            ...(system ? { system } : {}),
            messages,
            ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
          },
          request.signal ? { signal: request.signal } : undefined,
        );
        const text = response.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
        return {
          text,
          model: response.model ?? settings.model,
          usage: { inputTokens: response.usage?.input_tokens ?? 0, outputTokens: response.usage?.output_tokens ?? 0 },
          finishReason: response.stop_reason ?? null,
        };
      } catch (error) {
        throw llmError('anthropic', settings.model, settings.apiKeyEnv, settings.apiKey, error);
      }
    },
  };
}
