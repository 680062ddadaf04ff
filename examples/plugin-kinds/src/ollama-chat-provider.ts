// examples/plugin-kinds/src/ollama-chat-provider.ts
import { z } from 'zod';
import { ErrorCodes, LivingSchemaError, parsePluginOptions, type LlmCompletion, type LlmCompletionRequest, type LlmProviderV1 } from '@living-schema/core';

export const ollamaChatOptionsSchema = z.object({
  /** The model the server runs, e.g. `llama3.1`. */
  model: z.string().min(1),
  /** The server. Default `http://127.0.0.1:11434` (a local Ollama: nothing leaves the machine). */
  baseURL: z.string().url().default('http://127.0.0.1:11434'),
  /** Injectable fetch (tests); default the global one. */
  fetch: z.custom<typeof fetch>((value) => typeof value === 'function').optional(),
}).strict();

interface OllamaChatResponse {
  model: string;
  message: { role: string; content: string };
  done_reason?: string;
  prompt_eval_count?: number;
  eval_count?: number;
}

/** An LLM provider speaking Ollama's native `/api/chat` (no SDK): one request, one answer. */
export function ollamaChat(options: z.input<typeof ollamaChatOptionsSchema>): LlmProviderV1 {
  const { model, baseURL, fetch: send = fetch } = parsePluginOptions('ollama-chat', ollamaChatOptionsSchema, options);
  return {
    specificationVersion: 'v1',
    name: 'ollama-chat',
    model,
    async complete(request: LlmCompletionRequest): Promise<LlmCompletion> {
      const body = {
        model,
        messages: request.messages,
        stream: false,
        ...(request.responseFormat === 'json' ? { format: 'json' } : {}),
        options: { ...(request.temperature === undefined ? {} : { temperature: request.temperature }), ...(request.maxTokens ? { num_predict: request.maxTokens } : {}) },
      };
      const response = await send(new URL('/api/chat', baseURL), {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), ...(request.signal ? { signal: request.signal } : {}),
      });
      if (!response.ok) {
        throw new LivingSchemaError({ code: ErrorCodes.LLM_REQUEST_FAILED, message: `ollama-chat: ${baseURL} answered ${response.status} (${(await response.text()).slice(0, 200)})`, details: { status: response.status } });
      }
      const answer = (await response.json()) as OllamaChatResponse;
      return {
        text: answer.message.content,
        model: answer.model,
        finishReason: answer.done_reason ?? null,
        usage: { inputTokens: answer.prompt_eval_count ?? 0, outputTokens: answer.eval_count ?? 0 },
      };
    },
  };
}
