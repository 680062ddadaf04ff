import { ErrorCodes, LivingSchemaError, describeError, redactSecrets } from '@living-schema/core';

interface ApiErrorLike {
  status?: number;
  error?: unknown;
  headers?: unknown;
  name?: string;
  message?: string;
}

/**
 * Removes the key, whole or any piece an upstream echoes (cut, URL-encoded, base64), and anything
 * shaped like a bearer token, from text bound for errors or logs: core's `redactSecrets`.
 */
export function scrubSecret(text: string, secret: string | undefined): string {
  return redactSecrets(text, [secret]);
}

/** The provider's own error message, from an Anthropic (`error.error.message`) or OpenAI (`error.message`) body. */
function providerMessage(body: unknown): { type?: string; message?: string } {
  if (!body || typeof body !== 'object') return {};
  const b = body as Record<string, unknown>;
  const inner = (b.error && typeof b.error === 'object' ? b.error : b) as Record<string, unknown>;
  return { type: typeof inner.type === 'string' ? inner.type : typeof inner.code === 'string' ? inner.code : undefined, message: typeof inner.message === 'string' ? inner.message : undefined };
}

/**
 * Turns an SDK error into a Living Schema error: `LS_LLM_AUTH_FAILED` for 401/403 (naming the
 * environment variable, never the key), `LS_LLM_REQUEST_FAILED` otherwise.
 */
export function llmError(provider: string, model: string, keyEnv: string | null, key: string | undefined, error: unknown): LivingSchemaError {
  // A missing SDK is not a failed request: its own error says which package to install.
  if (LivingSchemaError.isInstance(error) && error.code === ErrorCodes.PACKAGE_NOT_INSTALLED) return error;
  const e = (error ?? {}) as ApiErrorLike;
  const status = typeof e.status === 'number' ? e.status : undefined;
  const { type, message } = providerMessage(e.error);
  const detail = scrubSecret(message ?? describeError(error), key);
  const details = { provider, model, status: status ?? null, type: type ?? null };
  if (status === 401 || status === 403) {
    return new LivingSchemaError({
      code: ErrorCodes.LLM_AUTH_FAILED,
      message: `${provider} refused the API key${keyEnv ? ` in ${keyEnv}` : ''} (${status}${type ? ` ${type}` : ''}): ${detail}. Check the key, or unset it to use the offline provider.`,
      details,
    });
  }
  const timedOut = /timed? ?out/i.test(e.name ?? '') || /timed? ?out/i.test(describeError(error));
  const what = status
    ? `${status}${type ? ` ${type}` : ''}`
    : timedOut
      ? 'timeout'
      : 'no response';
  return new LivingSchemaError({
    code: ErrorCodes.LLM_REQUEST_FAILED,
    message: `${provider} request for model ${model} failed after retries (${what}): ${detail}`,
    details,
  });
}
