import type OpenAI from 'openai';
import type { LlmCompletion, LlmCompletionRequest, LlmProviderV1 } from '@living-schema/core';
import { importOptionalPackage } from '@living-schema/core';
import type { SdkProviderSettings } from './llm-provider-anthropic.js';
import { llmError } from './llm-provider-errors.js';

/**
 * OpenAI Chat Completions (`POST /v1/chat/completions`) through the openai SDK. With `baseURL` it
 * speaks to any compatible server (Ollama, vLLM, LM Studio) as `openai-compatible`.
 */
export function openAiProvider(settings: SdkProviderSettings & { name: 'openai' | 'openai-compatible' }): LlmProviderV1 {
  // The SDK loads on the first completion, so hosts that never call this provider never pay for it.
  let client: Promise<OpenAI> | undefined;
  const sdk = () =>
    (client ??= importOptionalPackage('openai', 'The openai LLM provider', () => import('openai')).then(
      ({ default: Sdk }) =>
        new Sdk({
          // Local servers need no key, but the SDK wants a value.
          apiKey: settings.apiKey ?? 'not-needed',
          baseURL: settings.baseURL ?? null,
          timeout: settings.timeoutMs,
          maxRetries: settings.maxRetries,
          logLevel: 'off',
          ...(settings.fetch ? { fetch: settings.fetch } : {}),
        }),
    ));
  return {
    specificationVersion: 'v1',
    name: settings.name,
    model: settings.model,
    async complete(request: LlmCompletionRequest): Promise<LlmCompletion> {
      try {
        const response = await (await sdk()).chat.completions.create(
          {
            model: settings.model,
            messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
            ...(request.maxTokens ? { max_tokens: request.maxTokens } : {}),
            ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
            ...(request.responseFormat === 'json' ? { response_format: { type: 'json_object' as const } } : {}),
          },
          request.signal ? { signal: request.signal } : undefined,
        );
        const choice = response.choices?.[0];
        return {
          text: choice?.message?.content ?? '',
          model: response.model ?? settings.model,
          usage: { inputTokens: response.usage?.prompt_tokens ?? 0, outputTokens: response.usage?.completion_tokens ?? 0 },
          finishReason: choice?.finish_reason ?? null,
        };
      } catch (error) {
        throw llmError(settings.name, settings.model, settings.apiKeyEnv, settings.apiKey, error);
      }
    },
  };
}
