import type { FieldSynonym } from '@living-schema/discovery';
import type { LivingSchema, RelationshipEntry } from '@living-schema/core';

export type QueryMode = 'live' | 'snapshot' | 'time_travel';

export interface QueryRequest {
  question?: string;
  sql?: string;
  mode: QueryMode;
  asOf?: string;
  reportId?: string;
  /** Rows to return at most, in place of the query layer's limit (admin tokens only). */
  maxRows?: number;
  /** Interrupt the query after this many ms, in place of the layer's timeout (admin tokens only). */
  timeoutMs?: number;
  /** Who asked (the token's name), kept in the query log. */
  askedBy?: string;
}

export interface QueryResponse {
  sql: string;
  columns: string[];
  rows: unknown[][];
  rowCount: number;
  truncated: boolean;
  mode: QueryMode;
  durationMs: number;
  executionId?: string;
  resultHash?: string;
  schemaVersion?: number;
  reasoning?: string;
  /** DuckDB type of each column, in the order of `columns`. */
  columnTypes?: string[];
  /** The moment a `snapshot` or `time_travel` answer is as of; null for `live`. */
  asOf?: string | null;
  /** The LLM provider that wrote the SQL of a question. */
  provider?: string;
  /** True when the generated SQL failed once and the provider repaired it. */
  repaired?: boolean;
}

export interface ReportSummary {
  id: string;
  name: string;
  question: string | null;
  sql: string;
  mode: string;
  schemaVersion: number | null;
  status: string | null;
  lastCheckedAt: string | null;
  lastResultHash: string | null;
  /** The answer of the last save or check: the report's current answer. */
  lastResult?: { columns: string[]; rows: unknown[][] } | null;
  lastRowCount?: number | null;
  /** The moment `snapshot` mode answers as of. */
  watermark?: string | null;
  [key: string]: unknown;
}

export interface ReportCheck {
  id: string;
  name: string;
  status: 'unchanged' | 'data_changed' | 'schema_changed' | 'error';
}

/** One save, rebaseline or change check of a report. */
export interface ReportHistoryEntry {
  checkedAt: string;
  outcome: 'saved' | 'rebaselined' | 'unchanged' | 'data_changed' | 'schema_changed' | string;
  rowCount: number | null;
  schemaVersion: number | null;
  added: number;
  removed: number;
  changed: number;
  error: string | null;
}

/** Saved reports, as the query layer provides them. */
export interface ReportService {
  list(): Promise<ReportSummary[]>;
  get(id: string): Promise<ReportSummary | null>;
  save(input: { name: string; question?: string; sql?: string; mode?: QueryMode }): Promise<ReportSummary>;
  remove(id: string): Promise<boolean>;
  refresh(id: string): Promise<ReportCheck>;
  /** The diff of the last check that found a change (kept through later unchanged checks). */
  diff(id: string): Promise<unknown>;
  /** Saves, rebaselines and checks, newest first. */
  history(id: string): Promise<ReportHistoryEntry[]>;
  checkAll(): Promise<ReportCheck[]>;
}

/** Answers questions and runs SQL (with logging, modes and guard), as the query layer provides it. */
export interface QueryService {
  run(request: QueryRequest): Promise<QueryResponse>;
  /** Name of the LLM provider answering questions. */
  readonly provider: string;
}

/** A right/wrong mark on a logged answer; `sql` (with wrong) is the corrected SQL. */
export interface FeedbackRequest {
  executionId: string;
  verdict: 'right' | 'wrong';
  sql?: string;
  kind?: string;
  note?: string;
}

/** Feedback that teaches, as the query layer provides it (see `QueryLayer.feedback`). */
export interface FeedbackService {
  record(request: FeedbackRequest): Promise<{ question: string; verifiedPair: { id: string; sql: string } | null; retiredPairId: string | null }>;
}

/** Conflict resolution and reconciliation, as the discovery package provides them. */
export interface CatalogService {
  resolveConflict(id: number, resolution: { action: 'merge' | 'keep_separate' | 'rename'; newName?: string }): Promise<unknown>;
  reconcile(): Promise<unknown>;
  /** Confirms or rejects a relationship; absent when the server has no discovery service. */
  reviewRelationship?(id: number, decision: 'confirm' | 'reject'): Promise<{ relationship: RelationshipEntry; version: number | null }>;
  /** Teaches (or with `forget`, forgets) words for a field; absent when the server composes no query layer to read them. */
  teachWords?(target: string, words: string[], options: { forget: boolean; by: string | null }): Promise<{ words: FieldSynonym[]; forgotten: number }>;
}

/** What the server composes. Only `engine` is required; the rest come from the query and discovery packages. */
export interface ServerServices {
  engine: LivingSchema;
  query?: QueryService;
  reports?: ReportService;
  catalog?: CatalogService;
  feedback?: FeedbackService;
}

/** SQL-only query service on the engine itself, used when no query layer is composed. */
export function engineQueryService(engine: LivingSchema): QueryService {
  return {
    provider: 'none',
    async run(request) {
      if (!request.sql) {
        const { LivingSchemaError } = await import('@living-schema/core');
        throw new LivingSchemaError({ code: 'LS_QUERY_REFUSED', message: 'This server has no query layer for questions; send `sql` instead.', details: { rule: 'no-query-layer' } });
      }
      const started = performance.now();
      const result = await engine.query(request.sql);
      return { sql: request.sql, columns: result.columns.map((c) => c.name), columnTypes: result.columns.map((c) => c.type), rows: result.rows, rowCount: result.rowCount, truncated: result.truncated, mode: 'live', durationMs: performance.now() - started };
    },
  };
}
