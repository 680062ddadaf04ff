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
  /**
   * False for a provider that only answers the question-to-SQL request (the offline provider):
   * callers that want prose, such as discovery's descriptions, use their template instead of
   * storing its answer. Default true.
   */
  readonly writesText?: boolean;
  complete(request: LlmCompletionRequest): Promise<LlmCompletion>;
}
