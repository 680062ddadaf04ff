const MARKER = Symbol.for('living-schema.error');

/**
 * Stable error codes. Each is documented in docs/errors.md with its cause and the fix.
 * Codes never change meaning; new ones are only added.
 */
export const ErrorCodes = {
  CONFIG_INVALID: 'LS_CONFIG_INVALID',
  PLUGIN_OPTIONS_INVALID: 'LS_PLUGIN_OPTIONS_INVALID',
  PLUGIN_DUPLICATE: 'LS_PLUGIN_DUPLICATE',
  PLUGIN_DEPENDENCY_MISSING: 'LS_PLUGIN_DEPENDENCY_MISSING',
  PLUGIN_HOOK_FAILED: 'LS_PLUGIN_HOOK_FAILED',
  SPECIFICATION_UNSUPPORTED: 'LS_SPECIFICATION_UNSUPPORTED',
  SOURCE_NOT_FOUND: 'LS_SOURCE_NOT_FOUND',
  INPUT_UNREADABLE: 'LS_INPUT_UNREADABLE',
  STAGING_FAILED: 'LS_STAGING_FAILED',
  LOAD_FAILED: 'LS_LOAD_FAILED',
  DATABASE_BUSY: 'LS_DATABASE_BUSY',
  MIGRATION_FAILED: 'LS_MIGRATION_FAILED',
  QUERY_REFUSED: 'LS_QUERY_REFUSED',
  QUERY_FAILED: 'LS_QUERY_FAILED',
  RESULT_TOO_LARGE: 'LS_RESULT_TOO_LARGE',
  QUERY_QUEUE_FULL: 'LS_QUERY_QUEUE_FULL',
  ENGINE_CLOSED: 'LS_ENGINE_CLOSED',
  NOT_FOUND: 'LS_NOT_FOUND',
  CONFLICT_ALREADY_RESOLVED: 'LS_CONFLICT_ALREADY_RESOLVED',
  CONFLICT_RESOLUTION_INVALID: 'LS_CONFLICT_RESOLUTION_INVALID',
  RELATIONSHIP_REVIEW_INVALID: 'LS_RELATIONSHIP_REVIEW_INVALID',
  DESCRIPTION_INVALID: 'LS_DESCRIPTION_INVALID',
  SYNONYM_INVALID: 'LS_SYNONYM_INVALID',
  NOTIFY_FAILED: 'LS_NOTIFY_FAILED',
  SOURCE_UNAVAILABLE: 'LS_SOURCE_UNAVAILABLE',
  REPORT_MISMATCH: 'LS_REPORT_MISMATCH',
  LLM_REQUEST_FAILED: 'LS_LLM_REQUEST_FAILED',
  LLM_AUTH_FAILED: 'LS_LLM_AUTH_FAILED',
  QUESTION_NOT_UNDERSTOOD: 'LS_QUESTION_NOT_UNDERSTOOD',
  SQL_GENERATION_FAILED: 'LS_SQL_GENERATION_FAILED',
  PORT_IN_USE: 'LS_PORT_IN_USE',
  FEEDBACK_INVALID: 'LS_FEEDBACK_INVALID',
  PACKAGE_NOT_INSTALLED: 'LS_PACKAGE_NOT_INSTALLED',
  PLUGIN_NOT_LOADED: 'LS_PLUGIN_NOT_LOADED',
  RUNTIME_FILE_INVALID: 'LS_RUNTIME_FILE_INVALID',
  SERVER_UNREACHABLE: 'LS_SERVER_UNREACHABLE',
  NOT_THROUGH_SERVER: 'LS_NOT_THROUGH_SERVER',
  SOURCE_WORKER_FAILED: 'LS_SOURCE_WORKER_FAILED',
  DISK_FULL: 'LS_DISK_FULL',
  STORE_READ_ONLY: 'LS_STORE_READ_ONLY',
  QUERY_SPILL_LIMIT: 'LS_QUERY_SPILL_LIMIT',
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

export interface LivingSchemaErrorOptions {
  code: ErrorCode;
  message: string;
  cause?: unknown;
  /** Machine-readable details (input path, option path, plugin name...). Never secrets. */
  details?: Record<string, unknown>;
}

/**
 * The one error base class of Living Schema. `LivingSchemaError.isInstance(e)` works across
 * two copies of the package (it checks a `Symbol.for` marker, not the prototype chain).
 */
export class LivingSchemaError extends Error {
  private readonly [MARKER] = true;
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;

  constructor(options: LivingSchemaErrorOptions) {
    super(options.message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'LivingSchemaError';
    this.code = options.code;
    this.details = options.details ?? {};
  }

  static isInstance(error: unknown): error is LivingSchemaError {
    return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[MARKER] === true;
  }

  /** True when `error` is a Living Schema error with the given code. */
  static hasCode(error: unknown, code: ErrorCode): error is LivingSchemaError {
    return LivingSchemaError.isInstance(error) && error.code === code;
  }

  toJSON(): { name: string; code: ErrorCode; message: string; details: Record<string, unknown> } {
    return { name: this.name, code: this.code, message: this.message, details: this.details };
  }
}

/** Short text of an unknown thrown value, for messages. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
