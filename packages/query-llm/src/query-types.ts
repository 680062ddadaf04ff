import type { QueryLogRetentionOptions } from './query-log-retention.js';
import type { Clock, LlmProviderV1, LivingSchemaEventBus, QueryColumn, SchemaDiffEntry, SinkV1 } from '@living-schema/core';
import type { FeedbackInput, FeedbackOutcome } from './answer-feedback.js';
import type { ResultDiff } from './query-result-hash.js';
import type { FewShotExample, SchemaContext, SchemaContextOptions } from './schema-context.js';
import type { GeneratedSql } from './sql-generator.js';
import type { ValidatedSql } from './sql-validator.js';
import type { VerifiedPair, VerifiedPairInput } from './verified-pairs.js';

export type QueryMode = 'live' | 'snapshot' | 'time_travel';
export type ExecutionStatus = 'ok' | 'error' | 'refused';
export type ReportStatus = 'saved' | 'unchanged' | 'data_changed' | 'schema_changed';

export interface ExecuteQueryInput {
  /** SQL to run (a single SELECT); or give `question`. */
  sql?: string;
  /** A question in plain language, turned into SQL by the provider. */
  question?: string;
  /** Default `live`; `snapshot` needs `reportId` (or `asOf`); `time_travel` needs `asOf`. */
  mode?: QueryMode;
  /** ISO moment for `time_travel` (and an explicit watermark for `snapshot`). */
  asOf?: string | Date;
  /** The saved report this run belongs to; in `snapshot` mode its SQL and watermark are used. */
  reportId?: string;
  maxRows?: number;
  /** Bytes of result this run may return; beyond them `LS_RESULT_TOO_LARGE`. Default: the layer's. */
  maxResultBytes?: number;
  timeoutMs?: number;
  /**
   * Verified pairs (by id) left out of the prompt's examples: `eval` leaves each pair's own
   * question-SQL out while it asks that question, so a pair cannot pass by being copied.
   */
  excludeExamples?: string[];
  /** Who asked (the server's token name), kept in the query log's `asked_by`. */
  askedBy?: string;
}

export interface QueryExecution {
  executionId: string;
  question: string | null;
  sql: string;
  /** The SQL as run (rewritten for snapshot and time travel). */
  executedSql: string;
  mode: QueryMode;
  asOf: string | null;
  reportId: string | null;
  schemaVersion: number;
  columns: QueryColumn[];
  rows: unknown[][];
  rowCount: number;
  truncated: boolean;
  resultHash: string;
  durationMs: number;
  generated: GeneratedSql | null;
}

export interface SavedReport {
  id: string;
  name: string;
  question: string | null;
  sql: string;
  mode: QueryMode;
  schemaVersion: number | null;
  /** The pinned moment `snapshot` mode answers as of. */
  watermark: string | null;
  fieldsUsed: string[];
  keyColumns: string[];
  savedResultHash: string | null;
  lastResultHash: string | null;
  lastResult: { columns: string[]; rows: unknown[][] } | null;
  lastRowCount: number | null;
  lastStatus: ReportStatus | string | null;
  lastDiff: ReportDiff | null;
  lastCheckedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ReportDiff extends ResultDiff {
  /** Breaking schema changes to fields the report uses, when `schema_changed`. */
  schemaChanges: SchemaDiffEntry[];
}

export interface ReportCheck {
  id: string;
  name: string;
  status: 'unchanged' | 'data_changed' | 'schema_changed';
  previousHash: string | null;
  resultHash: string | null;
  executionId: string | null;
  diff: ReportDiff;
  error?: string;
}

/** One event in a report's history: its save, a rebaseline, or a change check. */
export interface ReportHistoryEntry {
  checkedAt: string;
  outcome: ReportStatus | 'rebaselined';
  /** Rows in the answer this event produced; null when a check could not rerun the query. */
  rowCount: number | null;
  schemaVersion: number | null;
  executionId: string | null;
  /** Rows the check found added, removed and changed against the answer before it. */
  added: number;
  removed: number;
  changed: number;
  error: string | null;
}

export interface SaveReportInput {
  name: string;
  question?: string;
  sql?: string;
  mode?: QueryMode;
  /** Columns identifying a row for keyed diffs; default: inferred from the first result. */
  keyColumns?: string[];
}

export interface QueryLayerOptions {
  sink: SinkV1;
  /** Engine events: `query.executed` and `report.changed` are emitted here; `schema.versioned` and `batch.loaded` clear the context cache. */
  events?: LivingSchemaEventBus;
  /** Default: `createLlmProvider()` (offline unless a key is configured). */
  provider?: LlmProviderV1;
  /** Rows a query returns at most. Default 10,000. */
  maxRows?: number;
  /**
   * Bytes of result a query returns at most, counted as the result is read; beyond them the run
   * fails with `LS_RESULT_TOO_LARGE` (logged as an error). Default: the sink's limit (32 MiB for
   * DuckDB, env `LIVING_SCHEMA_MAX_RESULT_BYTES`).
   */
  maxResultBytes?: number;
  /** Milliseconds before a query is interrupted. Default 30,000. */
  timeoutMs?: number;
  /** Token budget of the schema context in prompts. Default 6,000. */
  budgetTokens?: number;
  /**
   * Look the question's phrases up in text columns with too many values to list, so that a name
   * the catalog does not hold reaches the provider as a column's `matches`. One scan of those
   * columns per question (about 0.4 s for 2M rows and four such columns). Default true.
   */
  matchValues?: boolean;
  /** Time source for the prompt's `{"today": ...}` line. Default: the system clock. */
  clock?: Clock;
  /** Verified pairs given to the provider as examples for one question, at most. Default 3. */
  maxExamples?: number;
  /**
   * Columns whose values never go into a prompt: `table.column`, `dataset.column` or
   * `*.column`. They are still named, typed and counted. Default: none.
   * @example ['crew.passport_number', '*.email', 'annotations.text']
   */
  sensitiveColumns?: ReadonlyArray<string>;
  /**
   * How much of `query_executions` is kept: `maxEntries` (default 100,000), `maxAgeDays`
   * (default 90), and `maxRefusedStatementChars` (default 2,000) of a refused statement.
   */
  queryLog?: QueryLogRetentionOptions;
}

export interface QueryLayer {
  readonly provider: LlmProviderV1;
  /** The schema context (tiered within a token budget), as of now or of a version/date. Cached. */
  schemaContext(options?: SchemaContextOptions): Promise<SchemaContext>;
  /**
   * Plain language -> validated SQL: one repair round on a validation or binding error, and one
   * more when the SQL runs but its result contradicts the question's shape.
   */
  generateSQL(question: string, options?: { excludeExamples?: string[] }): Promise<GeneratedSql>;
  /** Validates SQL with DuckDB's parser and the guard rules; throws `LS_QUERY_REFUSED` naming the rule. */
  validate(sql: string): Promise<ValidatedSql>;
  /** Runs a question or SQL in `live`, `snapshot` or `time_travel` mode; every run is logged in `query_executions`. */
  executeQuery(input: ExecuteQueryInput): Promise<QueryExecution>;
  readonly reports: {
    save(input: SaveReportInput): Promise<SavedReport>;
    list(): Promise<SavedReport[]>;
    get(nameOrId: string): Promise<SavedReport>;
    /** Reruns a report live and makes the answer its new baseline (watermark moves to now). */
    refresh(nameOrId: string): Promise<SavedReport>;
    /** The row-level diff of the last check that found a change; kept until a newer change (or a rebaseline). */
    diff(nameOrId: string): Promise<ReportDiff | null>;
    /** The report's saves, rebaselines and checks, newest first. */
    history(nameOrId: string): Promise<ReportHistoryEntry[]>;
    remove(nameOrId: string): Promise<void>;
  };
  /** Reruns reports live and marks each `unchanged`, `data_changed` or `schema_changed`, with a row diff; emits `report.changed`. */
  detectReportChanges(options?: { names?: string[] }): Promise<ReportCheck[]>;
  /** Runs `detectReportChanges` on a cron schedule (croner syntax); returns a handle to stop it. */
  scheduleReportChecks(pattern: string, onResult?: (checks: ReportCheck[]) => void): { stop(): void };
  /**
   * Marks a logged answer right or wrong. A right answer, or a wrong one with a corrected SQL
   * (validated and run once), becomes the question's verified pair.
   */
  feedback(input: FeedbackInput): Promise<FeedbackOutcome>;
  /** The verified question-SQL pairs most like `question` (TF-IDF over words), best first. */
  verifiedExamplesFor(question: string, options?: { limit?: number; exclude?: string[] }): Promise<FewShotExample[]>;
  readonly verifiedPairs: {
    list(): Promise<VerifiedPair[]>;
    /** Adds (or replaces, for the same question) a pair after validating and running its SQL once. */
    add(input: VerifiedPairInput): Promise<VerifiedPair>;
    remove(id: string): Promise<void>;
  };
  /** Forgets the cached schema context. */
  invalidate(): void;
  close(): void;
}
