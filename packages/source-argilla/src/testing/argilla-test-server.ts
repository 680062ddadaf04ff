import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/**
 * A local stand-in for an Argilla v2 server, for tests and benchmarks. It speaks the REST wire
 * format the argilla source uses, as Argilla's server defines it: `X-Argilla-Api-Key` auth (401
 * `{"detail": "Could not validate credentials"}`), `GET /api/v1/me`, `/api/v1/me/datasets`,
 * `/api/v1/me/workspaces`, `/api/v1/datasets/{id}` (+ `/fields`, `/questions`),
 * `GET /api/v1/datasets/{id}/records` and `POST /api/v1/datasets/{id}/records/search` with
 * `include=responses,suggestions`, `offset`, `limit` (1..1000, else 422 with FastAPI's validation
 * body), a `range` filter and sort on the record's `updated_at`; 404 `{"detail": "Dataset with id
 * `…` not found"}`. It listens on 127.0.0.1 only.
 */

export interface TestSpan {
  label: string;
  start: number;
  end: number;
}

export interface TestRecordInput {
  text: string;
  /** Human responses: one per annotator, with answers to the dataset's other `questions` by name. */
  responses?: Array<{ userId: string; status: 'submitted' | 'draft' | 'discarded'; spans: TestSpan[]; answers?: Record<string, unknown> }>;
  /** A model's suggestion. */
  suggestion?: { agent: string; spans: TestSpan[]; score?: number };
}

export interface TestDataset {
  name: string;
  workspace: string;
  records: TestRecordInput[];
  /** Span labels offered by the question (default: the labels used). */
  labels?: string[];
  /** Questions besides the span question `entities` (label, multi-label, rating, ranking, text). */
  questions?: Array<{ name: string; type: 'label_selection' | 'multi_label_selection' | 'rating' | 'ranking' | 'text'; options?: Array<string | number> }>;
}

/** A deterministic UUID from a seed string. */
export function testUuid(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const BASE_TIME = Date.UTC(2026, 0, 5, 9, 0, 0);
const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '+00:00');

interface StoredRecord {
  id: string;
  external_id: string;
  status: string;
  fields: Record<string, unknown>;
  metadata: Record<string, unknown>;
  responses: Array<Record<string, unknown>>;
  suggestions: Array<Record<string, unknown>>;
  dataset_id: string;
  inserted_at: string;
  updated_at: string;
}

/** The server's view of a dataset: what the REST API returns. */
export class TestArgillaDataset {
  readonly id: string;
  readonly workspaceId: string;
  readonly questionId: string;
  readonly fieldId: string;
  readonly records: StoredRecord[] = [];
  private clock = BASE_TIME;

  constructor(readonly definition: TestDataset) {
    this.id = testUuid(`dataset:${definition.name}`);
    this.workspaceId = testUuid(`workspace:${definition.workspace}`);
    this.questionId = testUuid(`question:${definition.name}:entities`);
    this.fieldId = testUuid(`field:${definition.name}:text`);
    definition.records.forEach((record, index) => this.add(record, index));
  }

  get labels(): string[] {
    return this.definition.labels ?? [...new Set(this.definition.records.flatMap((r) => [...(r.responses ?? []).flatMap((x) => x.spans), ...(r.suggestion?.spans ?? [])].map((s) => s.label)))].sort();
  }

  private tick(): string {
    this.clock += 1000;
    return iso(this.clock);
  }

  private add(input: TestRecordInput, index: number): void {
    const id = testUuid(`record:${this.definition.name}:${index}`);
    const at = this.tick();
    this.records.push({
      id,
      external_id: `rec-${index + 1}`,
      status: (input.responses ?? []).some((r) => r.status === 'submitted') ? 'completed' : 'pending',
      fields: { text: input.text },
      metadata: {},
      responses: (input.responses ?? []).map((r) => ({
        id: testUuid(`response:${id}:${r.userId}`),
        values: { entities: { value: r.spans }, ...Object.fromEntries(Object.entries(r.answers ?? {}).map(([name, value]) => [name, { value }])) },
        status: r.status,
        record_id: id,
        user_id: r.userId,
        inserted_at: at,
        updated_at: at,
      })),
      suggestions: input.suggestion
        ? [{ id: testUuid(`suggestion:${id}`), question_id: this.questionId, type: 'model', value: input.suggestion.spans, agent: input.suggestion.agent, score: input.suggestion.score ?? null, inserted_at: at, updated_at: at }]
        : [],
      dataset_id: this.id,
      inserted_at: at,
      updated_at: at,
    });
  }

  /** Appends records (as an annotator would add work). */
  append(records: TestRecordInput[]): void {
    const start = this.records.length;
    records.forEach((record, i) => this.add(record, start + i));
    this.definition.records.push(...records);
  }

  /** Changes a record's submitted spans and bumps its `updated_at`. */
  edit(index: number, spans: TestSpan[]): void {
    const record = this.records[index]!;
    const at = this.tick();
    record.updated_at = at;
    for (const response of record.responses) {
      response.values = { entities: { value: spans } };
      response.updated_at = at;
    }
  }

  datasetJson(): Record<string, unknown> {
    const at = iso(BASE_TIME);
    return {
      id: this.id,
      name: this.definition.name,
      guidelines: null,
      allow_extra_metadata: false,
      status: 'ready',
      distribution: { strategy: 'overlap', min_submitted: 1 },
      metadata: null,
      workspace_id: this.workspaceId,
      last_activity_at: at,
      inserted_at: at,
      updated_at: at,
    };
  }

  fieldsJson(): Record<string, unknown>[] {
    const at = iso(BASE_TIME);
    return [{ id: this.fieldId, name: 'text', title: 'Text', required: true, settings: { type: 'text', use_markdown: false }, dataset_id: this.id, inserted_at: at, updated_at: at }];
  }

  questionsJson(): Record<string, unknown>[] {
    const at = iso(BASE_TIME);
    return [
      {
        id: this.questionId,
        name: 'entities',
        title: 'Entities',
        description: null,
        required: true,
        settings: { type: 'span', field: 'text', options: this.labels.map((l) => ({ value: l, text: l, description: null })), visible_options: null, allow_overlapping: false, allow_character_annotation: true },
        dataset_id: this.id,
        inserted_at: at,
        updated_at: at,
      },
      ...(this.definition.questions ?? []).map((q) => ({
        id: testUuid(`question:${this.definition.name}:${q.name}`),
        name: q.name,
        title: q.name,
        description: null,
        required: false,
        settings: { type: q.type, ...(q.options ? { options: q.options.map((value) => ({ value, text: String(value), description: null })) } : {}) },
        dataset_id: this.id,
        inserted_at: at,
        updated_at: at,
      })),
    ];
  }

  /**
   * Writes the dataset as the Argilla SDK's `Dataset.to_disk` does: `.argilla/dataset.json`,
   * `.argilla/settings.json` and `records.json` (records as `Record.to_dict()`: `id`, `fields`,
   * `metadata`, `suggestions` by question, `responses` by question as `[{value, user_id}]`,
   * `vectors`, `status`, `_server_id`).
   */
  async writeToDisk(folder: string): Promise<void> {
    await mkdir(join(folder, '.argilla'), { recursive: true });
    await writeFile(join(folder, '.argilla', 'dataset.json'), JSON.stringify(this.datasetJson()));
    const settings = {
      guidelines: null,
      allow_extra_metadata: false,
      distribution: { strategy: 'overlap', min_submitted: 1 },
      fields: [{ name: 'text', title: 'Text', required: true, settings: { type: 'text', use_markdown: false } }],
      questions: this.questionsJson().map((q) => ({ name: q.name, title: q.title, description: q.description, required: q.required, settings: q.settings })),
      metadata: [],
      vectors: [],
      mapping: null,
    };
    await writeFile(join(folder, '.argilla', 'settings.json'), JSON.stringify(settings));
    const records = this.records.map((r) => {
      const submitted = r.responses.filter((x) => x.status === 'submitted');
      return {
        id: r.external_id,
        fields: r.fields,
        metadata: r.metadata,
        suggestions: Object.fromEntries(r.suggestions.map((s) => ['entities', { value: s.value, score: s.score, agent: s.agent }])),
        // to_disk writes value and user_id only; only submitted work is exported here.
        responses: byQuestion(submitted),
        vectors: {},
        status: r.status,
        _server_id: r.id,
      };
    });
    await writeFile(join(folder, 'records.json'), JSON.stringify(records));
  }
}

/** Responses as `to_disk` writes them: by question name, `[{ value, user_id }]`. */
function byQuestion(responses: Array<Record<string, unknown>>): Record<string, Array<{ value: unknown; user_id: unknown }>> {
  const out: Record<string, Array<{ value: unknown; user_id: unknown }>> = {};
  for (const response of responses) {
    for (const [name, answer] of Object.entries(response.values as Record<string, { value: unknown }>)) {
      (out[name] ??= []).push({ value: answer.value, user_id: response.user_id });
    }
  }
  return out;
}

export interface TestArgillaServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly apiKey: string;
  readonly datasets: TestArgillaDataset[];
  /** Every request as `METHOD path?query`. */
  readonly requests: string[];
  /** Makes the server fail (HTTP 503) every request after the next `count` ones, until reset with `null`. */
  failAfter(count: number | null): void;
  close(): Promise<void>;
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

function limitError(value: string | null): unknown {
  return {
    detail: [
      { type: 'less_than_equal', loc: ['query', 'limit'], msg: 'Input should be less than or equal to 1000', input: value, ctx: { le: 1000 } },
    ],
  };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Starts a test Argilla server on 127.0.0.1 with the given datasets. */
export async function startTestArgillaServer(options: { apiKey?: string; datasets: TestDataset[] }): Promise<TestArgillaServer> {
  const apiKey = options.apiKey ?? 'argilla.apikey';
  const datasets = options.datasets.map((d) => new TestArgillaDataset(d));
  const requests: string[] = [];
  let remaining: number | null = null;
  const userId = testUuid('user:owner');

  const server: Server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      requests.push(`${request.method} ${url.pathname}${url.search}`);
      if (remaining !== null) {
        if (remaining <= 0) return send(response, 503, { detail: 'Service Unavailable' });
        remaining -= 1;
      }
      if (request.headers['x-argilla-api-key'] !== apiKey) return send(response, 401, { detail: 'Could not validate credentials' });
      const path = url.pathname;
      if (request.method === 'GET' && path === '/api/v1/me') {
        return send(response, 200, { id: userId, first_name: 'Owner', last_name: null, username: 'owner', role: 'owner', inserted_at: iso(BASE_TIME), updated_at: iso(BASE_TIME) });
      }
      if (request.method === 'GET' && path === '/api/v1/me/datasets') return send(response, 200, { items: datasets.map((d) => d.datasetJson()) });
      if (request.method === 'GET' && path === '/api/v1/me/workspaces') {
        const seen = new Map(datasets.map((d) => [d.workspaceId, d.definition.workspace]));
        return send(response, 200, { items: [...seen].map(([id, name]) => ({ id, name, inserted_at: iso(BASE_TIME), updated_at: iso(BASE_TIME) })) });
      }
      const match = /^\/api\/v1\/datasets\/([^/]+)(\/fields|\/questions|\/records|\/records\/search)?$/.exec(path);
      if (!match) return send(response, 404, { detail: 'Not Found' });
      const [, id, rest] = match;
      if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id!)) {
        return send(response, 422, { detail: [{ type: 'uuid_parsing', loc: ['path', 'dataset_id'], msg: 'Input should be a valid UUID', input: id }] });
      }
      const dataset = datasets.find((d) => d.id === id);
      if (!dataset) return send(response, 404, { detail: `Dataset with id \`${id}\` not found` });
      if (request.method === 'GET' && !rest) return send(response, 200, dataset.datasetJson());
      if (request.method === 'GET' && rest === '/fields') return send(response, 200, { items: dataset.fieldsJson() });
      if (request.method === 'GET' && rest === '/questions') return send(response, 200, { items: dataset.questionsJson() });
      if (rest === '/records' || rest === '/records/search') {
        if ((rest === '/records' && request.method !== 'GET') || (rest === '/records/search' && request.method !== 'POST')) return send(response, 405, { detail: 'Method Not Allowed' });
        const limitText = url.searchParams.get('limit');
        const limit = limitText === null ? 50 : Number(limitText);
        if (!Number.isInteger(limit) || limit < 1 || limit > 1000) return send(response, 422, limitError(limitText));
        const offset = Number(url.searchParams.get('offset') ?? 0);
        const include = url.searchParams.getAll('include').flatMap((v) => v.split(','));
        let records = [...dataset.records];
        if (rest === '/records/search') {
          const body = JSON.parse((await readBody(request)) || '{}') as {
            filters?: { and?: Array<{ type: string; scope: { entity: string; property: string }; ge?: string; le?: string }> };
            sort?: Array<{ scope: { entity: string; property: string }; order: string }>;
          };
          for (const filter of body.filters?.and ?? []) {
            if (filter.type !== 'range' || filter.scope.entity !== 'record' || !['updated_at', 'inserted_at'].includes(filter.scope.property)) {
              return send(response, 422, { detail: `Unsupported filter ${JSON.stringify(filter)}` });
            }
            const property = filter.scope.property as 'updated_at' | 'inserted_at';
            records = records.filter((r) => (filter.ge === undefined || Date.parse(r[property]) >= Date.parse(filter.ge)) && (filter.le === undefined || Date.parse(r[property]) <= Date.parse(filter.le)));
          }
          for (const order of [...(body.sort ?? [])].reverse()) {
            const property = order.scope.property as 'updated_at' | 'inserted_at';
            records.sort((a, b) => (order.order === 'desc' ? -1 : 1) * (Date.parse(a[property]) - Date.parse(b[property])));
          }
        }
        const page = records.slice(offset, offset + limit).map((r) => {
          const { responses, suggestions, ...rest } = r;
          return { ...rest, ...(include.includes('responses') ? { responses } : {}), ...(include.includes('suggestions') ? { suggestions } : {}) };
        });
        if (rest === '/records') return send(response, 200, { items: page, total: records.length });
        return send(response, 200, { items: page.map((record) => ({ record, query_score: null })), total: records.length });
      }
      return send(response, 405, { detail: 'Method Not Allowed' });
    } catch (error) {
      send(response, 500, { detail: String(error) });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    datasets,
    requests,
    failAfter(count) {
      remaining = count;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
