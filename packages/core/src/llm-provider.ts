export interface LlmMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface LlmCompletionRequest {
  messages: LlmMessage[];
  maxTokens?: number;
  temperature?: number;
  /** Ask for a JSON object answer where the provider supports it. */
  responseFormat?: 'text' | 'json';
  signal?: AbortSignal;
}

export interface LlmUsage {
  inputTokens: number;
  outputTokens: number;
}

export interface LlmCompletion {
  text: string;
  usage: LlmUsage;
  model: string;
  finishReason?: string | null;
}

/** One completion call: provider-neutral messages in, text out, usage reported. */
export interface LlmProviderV1 {
  readonly specificationVersion: 'v1';
  /** Provider name, e.g. `anthropic`, `openai`, `offline`. */
  readonly name: string;
  readonly model: string;
  complete(request: LlmCompletionRequest): Promise<LlmCompletion>;
}
