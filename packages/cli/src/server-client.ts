import { ErrorCodes, LivingSchemaError, findServerRuntime, type ErrorCode, type ServerRuntime } from '@living-schema/core';
import { databasePath } from './engine-factory.js';
import type { GlobalOptions } from './output.js';

/**
 * How long the CLI waits for a server's `/healthz` before saying it does not answer: a hung
 * process, not a slow one (the probe is one read of one row).
 */
const HEALTH_TIMEOUT_MS = 10_000;

/** An error body of the reference server (RFC 9457 problem details). */
interface Problem {
  status?: number;
  detail?: string;
  code?: string;
}

/**
 * The server holding the CLI's database, found through the runtime file `living-schema serve`
 * writes beside it. While one runs, the CLI's commands go through its API (it is the store's one
 * writer); the runtime file's admin token signs them, and is never printed.
 */
export class ServerClient {
  private constructor(
    readonly runtime: ServerRuntime,
    /** The runtime file this server was found through (named by every error about it). */
    readonly file: string,
  ) {}

  /**
   * The server beside `--db`, checked to answer; null when there is none (no runtime file, or a
   * stale one whose process is gone) and the CLI opens the store itself.
   */
  static async find(options: GlobalOptions): Promise<ServerClient | null> {
    const found = await findServerRuntime(databasePath(options));
    if (found.kind !== 'live') return null;
    const client = new ServerClient(found.runtime, found.path);
    await client.checkHealth();
    return client;
  }

  /** GET a JSON document of the API. */
  get<T>(path: string): Promise<T> {
    return this.request<T>(path, { method: 'GET' });
  }

  /** GET a JSON document of the API, or null when the server answers 404 (no such thing). */
  async getOrNull<T>(path: string): Promise<T | null> {
    try {
      return await this.get<T>(path);
    } catch (error) {
      if ((error as { status?: number }).status === 404) return null;
      throw error;
    }
  }

  /** POST a JSON body (or a multipart form) to the API. */
  post<T>(path: string, body: unknown): Promise<T> {
    if (body instanceof FormData) return this.request<T>(path, { method: 'POST', body });
    return this.request<T>(path, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  }

  /** The answer of a request; a problem response becomes the error it carries (same code, same message). */
  private async request<T>(path: string, init: RequestInit): Promise<T> {
    const headers = { ...(init.headers as Record<string, string> | undefined), authorization: `Bearer ${this.runtime.token}` };
    const response = await this.send(path, { ...init, headers });
    const body = await readJson(response);
    if (response.ok) return body as T;
    // The ingest route answers 422 with its usual body when no input could be loaded.
    if (response.status === 422 && body && typeof body === 'object' && 'batches' in body) return body as T;
    throw this.problemError(response.status, (body ?? {}) as Problem);
  }

  private async send(path: string, init: RequestInit): Promise<Response> {
    try {
      return await fetch(`${this.runtime.url}${path}`, init);
    } catch (error) {
      throw this.unreachable(error);
    }
  }

  /** A server that does not answer, or answers that its store is down, is an error naming the file. */
  private async checkHealth(): Promise<void> {
    const response = await this.send('/healthz', { signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS) });
    const health = ((await readJson(response)) ?? {}) as { code?: string; detail?: string };
    if (response.ok) return;
    throw new LivingSchemaError({
      code: ErrorCodes.SERVER_UNREACHABLE,
      message:
        `The server at ${this.runtime.url} (PID ${this.runtime.pid}, from ${this.file}) holds this database ` +
        `but its store does not answer${health.detail ? `: ${health.detail}` : ` (HTTP ${response.status})`}. ` +
        'Restart `living-schema serve`.',
      details: this.details({ status: response.status, storeCode: health.code ?? null }),
    });
  }

  private unreachable(error: unknown): LivingSchemaError {
    const reason = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    return new LivingSchemaError({
      code: ErrorCodes.SERVER_UNREACHABLE,
      message:
        `The runtime file ${this.file} says a server (PID ${this.runtime.pid}) holds this database at ` +
        `${this.runtime.url}, but it does not answer (${reason}). Wait for it, stop that process, or delete ` +
        'the file if no `living-schema serve` runs on this database.',
      details: this.details({ reason }),
      cause: error,
    });
  }

  private problemError(status: number, problem: Problem): Error {
    const detail = problem.detail ?? `HTTP ${status}`;
    if (problem.code?.startsWith('LS_')) {
      return new LivingSchemaError({ code: problem.code as ErrorCode, message: detail, details: { server: this.runtime.url, status } });
    }
    return Object.assign(new Error(`The server at ${this.runtime.url} answered ${status}: ${detail}`), { status });
  }

  /** What an error names: never the token. */
  private details(extra: Record<string, unknown>): Record<string, unknown> {
    return { file: this.file, url: this.runtime.url, pid: this.runtime.pid, ...extra };
  }
}

/** A response's JSON body; null when it has none or it is not JSON (a proxy's error page). */
async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}
