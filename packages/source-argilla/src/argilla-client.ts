import { ErrorCodes, LivingSchemaError, describeError } from '@living-schema/core';
import type { NormalisedRecord, NormalisedResponse, NormalisedSuggestion } from './argilla-model.js';

/** The parts of Argilla's v1 REST schema this client reads (`/api/v1/...`). */
export interface ArgillaDataset {
  id: string;
  name: string;
  workspace_id: string;
  status?: string;
  updated_at?: string;
}

export interface ArgillaQuestion {
  id: string;
  name: string;
  settings: { type: string; field?: string; options?: Array<{ value: string }> };
}

export interface ArgillaServerRecord {
  id: string;
  external_id?: string | null;
  status?: string;
  fields: Record<string, unknown>;
  responses?: Array<{ id: string; values: Record<string, { value: unknown }> | null; status: string; user_id: string | null; inserted_at?: string; updated_at?: string }>;
  suggestions?: Array<{ id: string; question_id: string; value: unknown; agent?: string | null; score?: unknown; updated_at?: string }>;
  inserted_at: string;
  updated_at: string;
}

export interface ArgillaClientOptions {
  apiUrl: string;
  apiKey: string;
  fetch: typeof fetch;
  retries: number;
  timeoutMs: number;
  signal?: AbortSignal;
}

function detailOf(body: unknown): string {
  if (body && typeof body === 'object' && 'detail' in body) {
    const detail = (body as { detail: unknown }).detail;
    if (typeof detail === 'string') return detail;
    if (Array.isArray(detail)) return detail.map((d) => (d && typeof d === 'object' && 'msg' in d ? `${(d as { loc?: unknown[] }).loc?.join('.') ?? ''}: ${(d as { msg: string }).msg}` : JSON.stringify(d))).join('; ');
    return JSON.stringify(detail);
  }
  return typeof body === 'string' ? body.slice(0, 300) : JSON.stringify(body)?.slice(0, 300) ?? '';
}

/** A small client for Argilla's REST API: `X-Argilla-Api-Key` auth, retries on 5xx and network errors. */
export class ArgillaClient {
  private readonly base: string;

  constructor(private readonly options: ArgillaClientOptions) {
    this.base = options.apiUrl.replace(/\/+$/, '');
  }

  private async request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const url = `${this.base}${path}`;
    let lastError: unknown;
    for (let attempt = 1; attempt <= this.options.retries; attempt += 1) {
      this.options.signal?.throwIfAborted();
      const signal = this.options.signal
        ? AbortSignal.any([this.options.signal, AbortSignal.timeout(this.options.timeoutMs)])
        : AbortSignal.timeout(this.options.timeoutMs);
      let response: Response;
      try {
        response = await this.options.fetch(url, {
          method,
          headers: { 'X-Argilla-Api-Key': this.options.apiKey, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal,
        });
      } catch (error) {
        lastError = error;
        if (this.options.signal?.aborted) throw error;
        await new Promise((r) => setTimeout(r, 100 * 2 ** (attempt - 1)));
        continue;
      }
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        // Not JSON: keep the text for the message.
      }
      if (response.ok) return parsed as T;
      const detail = detailOf(parsed);
      if (response.status >= 500 && attempt < this.options.retries) {
        lastError = new Error(`${response.status} ${detail}`);
        await new Promise((r) => setTimeout(r, 100 * 2 ** (attempt - 1)));
        continue;
      }
      if (response.status === 401 || response.status === 403) {
        throw new LivingSchemaError({
          code: ErrorCodes.SOURCE_UNAVAILABLE,
          message: `Argilla at ${this.base} refused the API key (${response.status}: ${detail}). Set ARGILLA_API_KEY to a key of a user who can read the dataset.`,
          details: { url: this.base, status: response.status, path },
        });
      }
      if (response.status === 404) {
        throw new LivingSchemaError({
          code: ErrorCodes.NOT_FOUND,
          message: `Argilla at ${this.base} has no ${path} (404: ${detail}).`,
          details: { url: this.base, status: 404, path },
        });
      }
      throw new LivingSchemaError({
        code: ErrorCodes.SOURCE_UNAVAILABLE,
        message: `Argilla at ${this.base} answered ${method} ${path.split('?')[0]} with ${response.status}: ${detail}.`,
        details: { url: this.base, status: response.status, path },
      });
    }
    throw new LivingSchemaError({
      code: ErrorCodes.SOURCE_UNAVAILABLE,
      message: `Cannot reach Argilla at ${this.base} after ${this.options.retries} attempts (${describeError(lastError)}). Check the URL and that the server is running.`,
      details: { url: this.base },
      cause: lastError,
    });
  }

  /** The user the key belongs to (checks the key). */
  me(): Promise<{ id: string; username: string; role: string }> {
    return this.request('GET', '/api/v1/me');
  }

  async datasets(): Promise<ArgillaDataset[]> {
    return (await this.request<{ items: ArgillaDataset[] }>('GET', '/api/v1/me/datasets')).items;
  }

  async workspaces(): Promise<Array<{ id: string; name: string }>> {
    return (await this.request<{ items: Array<{ id: string; name: string }> }>('GET', '/api/v1/me/workspaces')).items;
  }

  async fields(datasetId: string): Promise<Array<{ id: string; name: string; settings: { type: string } }>> {
    return (await this.request<{ items: Array<{ id: string; name: string; settings: { type: string } }> }>('GET', `/api/v1/datasets/${datasetId}/fields`)).items;
  }

  async questions(datasetId: string): Promise<ArgillaQuestion[]> {
    return (await this.request<{ items: ArgillaQuestion[] }>('GET', `/api/v1/datasets/${datasetId}/questions`)).items;
  }

  /**
   * One page of records with responses and suggestions, oldest change first, optionally only
   * those updated at or after `since` (`POST /api/v1/datasets/{id}/records/search`).
   */
  async searchRecords(datasetId: string, page: { offset: number; limit: number; since?: string | null }): Promise<{ items: ArgillaServerRecord[]; total: number }> {
    const scope = { entity: 'record', property: 'updated_at' };
    const body: Record<string, unknown> = { sort: [{ scope, order: 'asc' }] };
    if (page.since) body.filters = { and: [{ type: 'range', scope, ge: page.since }] };
    const result = await this.request<{ items: Array<{ record: ArgillaServerRecord; query_score: number | null }>; total: number }>(
      'POST',
      `/api/v1/datasets/${datasetId}/records/search?include=responses,suggestions&offset=${page.offset}&limit=${page.limit}`,
      body,
    );
    return { items: result.items.map((item) => item.record), total: result.total };
  }
}

/** A server record in the common shape; suggestions are keyed by question name via `questionNames`. */
export function normaliseServerRecord(record: ArgillaServerRecord, questionNames: Map<string, string>): NormalisedRecord {
  const responses: NormalisedResponse[] = (record.responses ?? []).map((response) => ({
    userId: response.user_id,
    status: response.status,
    values: Object.fromEntries(Object.entries(response.values ?? {}).map(([name, v]) => [name, v?.value])),
    updatedAt: response.updated_at ?? null,
  }));
  const suggestions: NormalisedSuggestion[] = (record.suggestions ?? []).map((suggestion) => ({
    question: questionNames.get(suggestion.question_id) ?? suggestion.question_id,
    value: suggestion.value,
    agent: suggestion.agent ?? null,
    score: suggestion.score,
    updatedAt: suggestion.updated_at ?? null,
  }));
  return { id: record.id, fields: record.fields ?? {}, responses, suggestions, updatedAt: record.updated_at };
}
