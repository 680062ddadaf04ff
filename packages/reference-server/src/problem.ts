import { LivingSchemaError, type ErrorCode } from '@living-schema/core';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';

/** RFC 9457 problem details, the body of every error response. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code?: string;
  /** For validation errors: each bad field and why. */
  errors?: Array<{ field: string; message: string }>;
  /** For a question the offline reader could not answer: the words it could not place. */
  unplaced?: string[];
}

// Every code has its status here, checked by the compiler (a new code without one does not
// build): a refusal of the request is its 4xx, an upstream (LLM, source server) failing a 502, a
// full disk 507; only what the server itself failed at stays 500 (SERVER_FAULT_CODES).
const STATUS_BY_CODE: Record<ErrorCode, number> = {
  LS_QUERY_REFUSED: 400,
  LS_QUERY_FAILED: 400,
  LS_CONFIG_INVALID: 400,
  LS_NOT_FOUND: 404,
  LS_CONFLICT_ALREADY_RESOLVED: 409,
  // The store was opened read-only (a read-only file or folder): reads work, writes cannot.
  LS_STORE_READ_ONLY: 409,
  LS_INPUT_UNREADABLE: 422,
  LS_SOURCE_NOT_FOUND: 422,
  LS_QUESTION_NOT_UNDERSTOOD: 422,
  LS_SQL_GENERATION_FAILED: 422,
  LS_CONFLICT_RESOLUTION_INVALID: 422,
  LS_RELATIONSHIP_REVIEW_INVALID: 422,
  LS_DESCRIPTION_INVALID: 422,
  LS_SYNONYM_INVALID: 422,
  LS_REPORT_MISMATCH: 422,
  LS_FEEDBACK_INVALID: 422,
  // The query was valid but its answer (or its spill) is too big: 422, not 413 (which is about
  // the request's own size and would have a client shrink the wrong thing).
  LS_RESULT_TOO_LARGE: 422,
  LS_QUERY_SPILL_LIMIT: 422,
  LS_LLM_AUTH_FAILED: 502,
  LS_LLM_REQUEST_FAILED: 502,
  LS_SOURCE_UNAVAILABLE: 502,
  LS_NOTIFY_FAILED: 502,
  LS_DATABASE_BUSY: 503,
  LS_ENGINE_CLOSED: 503,
  LS_QUERY_QUEUE_FULL: 503,
  LS_DISK_FULL: 507,
  // A file the server's worker thread failed to read (it crashed or ran out of its memory): that
  // input is refused, the server carries on.
  LS_SOURCE_WORKER_FAILED: 422,
  // The CLI's own codes for reaching a running server: a route never raises them.
  LS_RUNTIME_FILE_INVALID: 500,
  LS_SERVER_UNREACHABLE: 502,
  LS_NOT_THROUGH_SERVER: 400,
  LS_STAGING_FAILED: 500,
  LS_LOAD_FAILED: 500,
  LS_MIGRATION_FAILED: 500,
  LS_PLUGIN_OPTIONS_INVALID: 500,
  LS_PLUGIN_DUPLICATE: 500,
  LS_PLUGIN_DEPENDENCY_MISSING: 500,
  LS_PLUGIN_HOOK_FAILED: 500,
  LS_PLUGIN_NOT_LOADED: 500,
  LS_SPECIFICATION_UNSUPPORTED: 500,
  LS_PACKAGE_NOT_INSTALLED: 500,
  LS_PORT_IN_USE: 500,
};

/**
 * The codes that are the server's own fault (its configuration, plugins, staging or store), not
 * the request's: the only ones answered 500.
 */
export const SERVER_FAULT_CODES: ReadonlySet<ErrorCode> = new Set(
  (Object.keys(STATUS_BY_CODE) as ErrorCode[]).filter((code) => STATUS_BY_CODE[code] === 500),
);

/** The HTTP status the server answers a Living Schema error code with. */
export function statusOfCode(code: ErrorCode): number {
  return STATUS_BY_CODE[code] ?? 500;
}

/** Seconds a client should wait before retrying, for errors that pass by themselves. */
const RETRY_AFTER_BY_CODE: Record<string, number> = {
  LS_QUERY_QUEUE_FULL: 1,
};

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  507: 'Insufficient Storage',
};

export function problem(status: number, detail: string, extra: Partial<ProblemDetails> = {}): ProblemDetails {
  return { type: extra.code ? `urn:living-schema:error:${extra.code}` : 'about:blank', title: TITLES[status] ?? 'Error', status, detail, ...extra };
}

export function problemResponse(c: Context, body: ProblemDetails): Response {
  const retryAfter = body.code ? RETRY_AFTER_BY_CODE[body.code] : undefined;
  const headers: Record<string, string> = { 'content-type': 'application/problem+json' };
  if (retryAfter !== undefined) headers['retry-after'] = String(retryAfter);
  return c.body(JSON.stringify(body), body.status as 400, headers);
}

/**
 * Turns any thrown error into problem details. Living Schema errors keep their code and message
 * (they never carry secrets); anything else becomes a 500 without its message or stack.
 */
export function toProblem(error: unknown): ProblemDetails {
  if (LivingSchemaError.isInstance(error)) {
    const words = error.details.notUnderstood;
    const extra = Array.isArray(words) && words.length > 0 ? { unplaced: words.map(String) } : {};
    return problem(statusOfCode(error.code), error.message, { code: error.code, ...extra });
  }
  if (error instanceof HTTPException) {
    const status = error.status;
    return problem(status, error.message || TITLES[status] || 'Error');
  }
  return problem(500, 'The server could not complete the request; see the server log.');
}
