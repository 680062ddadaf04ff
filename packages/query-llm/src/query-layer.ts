import { randomUUID } from 'node:crypto';
import { Cron } from 'croner';
import {
  ErrorCodes,
  LivingSchemaError,
  describeError,
  diffCatalogs,
  type LivingSchema,
  type LivingSchemaEventBus,
  type LlmProviderV1,
  type QueryColumn,
  type SchemaDiffEntry,
  type SinkSqlRunner,
  type SinkV1,
} from '@living-schema/core';
import { createLlmProvider } from './llm-provider-factory.js';
import { diffResults, inferKeyColumns, resultHash, type ResultDiff } from './query-result-hash.js';
import { parseAsOf, rewriteAsOf } from './query-time-travel.js';
import {
  collectSchemaFacts,
  DEFAULT_CONTEXT_BUDGET,
  fewShotExamples,
  renderSchemaContext,
  matchQuestionValues,
  type FewShotExample,
  type SchemaContext,
  type SchemaContextOptions,
  type SchemaFacts,
} from './schema-context.js';
import { generateSqlWith, type GeneratedSql } from './sql-generator.js';
import { validateSql, type ValidatedSql } from './sql-validator.js';

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
}

export interface QueryLayer {
  readonly provider: LlmProviderV1;
  /** The schema context (tiered within a token budget), as of now or of a version/date. Cached. */
  schemaContext(options?: SchemaContextOptions): Promise<SchemaContext>;
  /** Plain language -> validated SQL (one repair round on a validation or binding error). */
  generateSQL(question: string): Promise<GeneratedSql>;
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
  /** Forgets the cached schema context. */
  invalidate(): void;
  close(): void;
}

/** Writes to the query log and reports without making the query sandbox reopen (DuckDB), else the writer. */
function bookkeepingRunner(sink: SinkV1): SinkSqlRunner {
  const candidate = (sink as unknown as { bookkeeping?: SinkSqlRunner }).bookkeeping;
  return candidate && typeof candidate.run === 'function' ? candidate : sink.writer;
}

/**
 * Creates the query layer over a store: schema context, SQL generation and guarding, logged
 * execution in three modes, saved reports and change detection.
 *
 * @example
 * const query = createQueryLayer({ sink, events: ls.events });
 * const answer = await query.executeQuery({ question: 'How many vessels are flagged in Liberia?' });
 * await query.reports.save({ name: 'liberia', question: 'How many vessels are flagged in Liberia?' });
 * const checks = await query.detectReportChanges();
 */
/** True when `input` asks to save what the stored report already is (same question, SQL when given, and mode). */
function sameReportDefinition(stored: { question: string | null; sql: string; mode: string }, input: SaveReportInput): boolean {
  return (input.question ?? null) === stored.question && (input.sql === undefined || input.sql.trim() === stored.sql.trim()) && (input.mode ?? 'live') === stored.mode;
}

export function createQueryLayer(options: QueryLayerOptions): QueryLayer {
  const { sink, events } = options;
  const provider = options.provider ?? createLlmProvider();
  const maxRows = options.maxRows ?? 10_000;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const budgetTokens = options.budgetTokens ?? DEFAULT_CONTEXT_BUDGET;
  const matchValues = (facts: SchemaFacts, question: string | undefined) => (question && options.matchValues !== false ? matchQuestionValues(sink, facts, question) : facts);
  const log = bookkeepingRunner(sink);
  const facts = new Map<string, Promise<SchemaFacts>>();
  let ingestion: Promise<Map<string, string>> | undefined;
  let asOfTables: Promise<Set<string>> | undefined;
  const schedules = new Set<Cron>();

  const invalidate = () => {
    facts.clear();
    ingestion = undefined;
    asOfTables = undefined;
  };
  const unsubscribe: Array<() => void> = [];
  if (events) {
    for (const event of ['schema.versioned', 'batch.loaded'] as const) {
      events.on(event, invalidate);
      unsubscribe.push(() => events.off(event, invalidate));
    }
  }

  function factsAt(at?: SchemaContextOptions['at']): Promise<SchemaFacts> {
    const key = at === undefined ? 'now' : at instanceof Date ? at.toISOString() : String(at);
    let pending = facts.get(key);
    if (!pending) {
      pending = collectSchemaFacts(sink, at);
      pending.catch(() => facts.delete(key));
      facts.set(key, pending);
    }
    return pending;
  }

  async function schemaContext(contextOptions: SchemaContextOptions = {}): Promise<SchemaContext> {
    const facts = await factsAt(contextOptions.at);
    const matched = await matchValues(facts, contextOptions.question);
    return renderSchemaContext(matched, { budgetTokens: contextOptions.budgetTokens ?? budgetTokens, question: contextOptions.question });
  }

  /** Tables and views (lower-case) read through a `<table>_as_of` table macro in time travel. */
  function asOfMacros(): Promise<Set<string>> {
    asOfTables ??= sink.reader
      .all<{ name: string }>(
        `SELECT DISTINCT function_name AS name FROM duckdb_functions() WHERE function_type = 'table_macro' AND schema_name = 'main' AND database_name = current_database() AND suffix(function_name, '_as_of')`,
      )
      .then((rows) => new Set(rows.map((r) => r.name.slice(0, -'_as_of'.length).toLowerCase())));
    return asOfTables;
  }

  /** Tables and views (lower-case) -> their ingestion-time column. */
  function ingestionColumns(): Promise<Map<string, string>> {
    ingestion ??= sink.reader
      .all<{ table_name: string; column_name: string }>(
        `SELECT table_name, column_name FROM duckdb_columns() WHERE schema_name = 'main' AND database_name = current_database() AND column_name IN ('_ingested_at', 'ingested_at')`,
      )
      .then((rows) => {
        const map = new Map<string, string>();
        for (const row of rows) if (!map.has(row.table_name.toLowerCase()) || row.column_name === '_ingested_at') map.set(row.table_name.toLowerCase(), row.column_name);
        return map;
      });
    return ingestion;
  }

  async function validate(sql: string): Promise<ValidatedSql> {
    return validateSql(sql, sink.reader);
  }

  async function bindCheck(sql: string): Promise<void> {
    const validated = await validate(sql);
    await sink.query(`SELECT * FROM (\n${validated.sql}\n) AS checked LIMIT 0`, { sandboxed: true, timeoutMs, maxRows: 1 });
  }

  async function savedExamples(): Promise<FewShotExample[]> {
    try {
      const rows = await sink.reader.all<{ question: string; sql: string }>(`SELECT question, sql FROM saved_queries WHERE question IS NOT NULL ORDER BY updated_at DESC LIMIT 5`);
      return rows.map((r) => ({ question: r.question, sql: r.sql }));
    } catch {
      return [];
    }
  }

  async function generateSQL(question: string): Promise<GeneratedSql> {
    const current = await factsAt();
    const context = renderSchemaContext(await matchValues(current, question), { budgetTokens, question });
    return generateSqlWith(question, { provider, context, examples: fewShotExamples(current, await savedExamples()), check: bindCheck });
  }

  async function currentVersion(): Promise<number> {
    return (await sink.catalog.current()).version;
  }

  async function logExecution(entry: {
    executionId: string;
    question: string | null;
    sql: string;
    executedSql: string | null;
    mode: QueryMode;
    asOf: string | null;
    reportId: string | null;
    schemaVersion: number | null;
    startedAt: Date;
    durationMs: number;
    rowCount: number | null;
    resultHash: string | null;
    truncated: boolean | null;
    status: ExecutionStatus;
    error: string | null;
    rule: string | null;
  }): Promise<void> {
    await log.run(
      `INSERT INTO query_executions (execution_id, question, sql, mode, as_of, report_id, schema_version, provider, started_at, duration_ms, row_count, result_hash, status, error, executed_sql, refusal_rule, truncated)
       VALUES ($1, $2, $3, $4, $5::TIMESTAMPTZ, $6, $7, $8, $9::TIMESTAMPTZ, $10, $11, $12, $13, $14, $15, $16, $17)`,
      [
        entry.executionId,
        entry.question,
        entry.sql,
        entry.mode,
        entry.asOf,
        entry.reportId,
        entry.schemaVersion,
        entry.question ? provider.name : null,
        entry.startedAt.toISOString(),
        entry.durationMs,
        entry.rowCount,
        entry.resultHash,
        entry.status,
        entry.error?.slice(0, 4000) ?? null,
        entry.executedSql,
        entry.rule,
        entry.truncated,
      ],
    );
    events?.emit('query.executed', {
      executionId: entry.executionId,
      sql: entry.sql,
      mode: entry.mode,
      durationMs: entry.durationMs,
      rowCount: entry.rowCount ?? 0,
      resultHash: entry.resultHash,
      status: entry.status,
    });
  }

  async function executeQuery(input: ExecuteQueryInput): Promise<QueryExecution> {
    const executionId = randomUUID();
    const startedAt = new Date();
    const started = performance.now();
    const mode: QueryMode = input.mode ?? 'live';
    let sql = input.sql ?? '';
    let executedSql: string | null = null;
    let asOf: string | null = null;
    let schemaVersion: number | null = null;
    let generated: GeneratedSql | null = null;
    try {
      schemaVersion = await currentVersion();
      const needsReport = input.reportId && ((!sql && !input.question) || (mode === 'snapshot' && !input.asOf));
      const report = needsReport ? await getReport(input.reportId!) : null;
      if (!sql && !input.question && report) sql = report.sql;
      if (mode === 'snapshot') {
        const watermark = input.asOf ?? report?.watermark;
        if (!watermark) {
          throw new LivingSchemaError({ code: ErrorCodes.CONFIG_INVALID, message: 'Snapshot mode answers as of a saved report\'s watermark: pass reportId (or asOf).', details: { mode } });
        }
        asOf = parseAsOf(watermark);
      } else if (mode === 'time_travel') {
        if (!input.asOf) throw new LivingSchemaError({ code: ErrorCodes.CONFIG_INVALID, message: 'Time-travel mode needs asOf (an ISO moment, e.g. 2026-11-24T10:00:00Z).', details: { mode } });
        asOf = parseAsOf(input.asOf);
      } else if (mode !== 'live') {
        throw new LivingSchemaError({ code: ErrorCodes.CONFIG_INVALID, message: `Unknown query mode "${String(mode)}"; use live, snapshot or time_travel.`, details: { mode } });
      }
      if (!sql) {
        if (!input.question) throw new LivingSchemaError({ code: ErrorCodes.CONFIG_INVALID, message: 'Give sql or question.', details: {} });
        generated = await generateSQL(input.question);
        sql = generated.sql;
      }
      const validated = await validate(sql);
      sql = validated.sql;
      executedSql = asOf ? rewriteAsOf(validated, asOf, await ingestionColumns(), await asOfMacros()).sql : validated.sql;
      const result = await sink.query(executedSql, {
        sandboxed: true,
        maxRows: input.maxRows ?? maxRows,
        maxResultBytes: input.maxResultBytes ?? options.maxResultBytes,
        timeoutMs: input.timeoutMs ?? timeoutMs,
      });
      const hash = resultHash(result.rows, result.columns.length);
      const durationMs = performance.now() - started;
      await logExecution({
        executionId, question: input.question ?? null, sql, executedSql, mode, asOf, reportId: input.reportId ?? null, schemaVersion, startedAt, durationMs,
        rowCount: result.rowCount, resultHash: hash, truncated: result.truncated, status: 'ok', error: null, rule: null,
      });
      return {
        executionId, question: input.question ?? null, sql, executedSql, mode, asOf, reportId: input.reportId ?? null, schemaVersion,
        columns: result.columns, rows: result.rows, rowCount: result.rowCount, truncated: result.truncated, resultHash: hash, durationMs, generated,
      };
    } catch (error) {
      const refused = LivingSchemaError.hasCode(error, ErrorCodes.QUERY_REFUSED) || LivingSchemaError.hasCode(error, ErrorCodes.QUESTION_NOT_UNDERSTOOD);
      const rule = LivingSchemaError.isInstance(error) && typeof error.details.rule === 'string' ? error.details.rule : null;
      await logExecution({
        executionId, question: input.question ?? null, sql: sql || (LivingSchemaError.isInstance(error) && typeof error.details.generatedSql === 'string' ? error.details.generatedSql : ''),
        executedSql, mode, asOf, reportId: input.reportId ?? null, schemaVersion, startedAt, durationMs: performance.now() - started,
        rowCount: null, resultHash: null, truncated: null, status: refused ? 'refused' : 'error', error: describeError(error), rule,
      }).catch(() => undefined);
      if (LivingSchemaError.isInstance(error)) error.details.executionId = executionId;
      throw error;
    }
  }

  // --- reports --------------------------------------------------------------------------------

  interface ReportRow {
    id: string;
    name: string;
    question: string | null;
    sql: string;
    mode: string;
    schema_version: number | null;
    watermark: string | null;
    fields_used: string[] | null;
    key_columns: string[] | null;
    saved_result_hash: string | null;
    last_result_hash: string | null;
    last_result: string | null;
    last_row_count: number | null;
    last_status: string | null;
    last_diff: string | null;
    last_checked_at: string | null;
    created_at: string;
    updated_at: string;
  }
  const REPORT_COLUMNS = `id, name, question, sql, mode, schema_version, watermark::VARCHAR AS watermark, fields_used, key_columns, saved_result_hash, last_result_hash,
    last_result::VARCHAR AS last_result, last_row_count, last_status, last_diff::VARCHAR AS last_diff, last_checked_at, created_at, updated_at`;
  const toReport = (row: ReportRow): SavedReport => ({
    id: row.id,
    name: row.name,
    question: row.question,
    sql: row.sql,
    mode: row.mode as QueryMode,
    schemaVersion: row.schema_version,
    watermark: row.watermark,
    fieldsUsed: row.fields_used ?? [],
    keyColumns: row.key_columns ?? [],
    savedResultHash: row.saved_result_hash,
    lastResultHash: row.last_result_hash,
    lastResult: row.last_result ? JSON.parse(row.last_result) : null,
    lastRowCount: row.last_row_count,
    lastStatus: row.last_status,
    lastDiff: row.last_diff ? JSON.parse(row.last_diff) : null,
    lastCheckedAt: row.last_checked_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });

  async function getReport(nameOrId: string): Promise<SavedReport> {
    const rows = await sink.reader.all<ReportRow>(`SELECT ${REPORT_COLUMNS} FROM saved_queries WHERE id = $1 OR name = $1`, [nameOrId]);
    if (!rows[0]) {
      throw new LivingSchemaError({ code: ErrorCodes.NOT_FOUND, message: `No saved report named "${nameOrId}". List them with \`living-schema reports list\`.`, details: { report: nameOrId } });
    }
    return toReport(rows[0]);
  }

  /** `dataset.field` names (and dataset names) a query reads, for schema-drift checks. */
  async function fieldsUsedBy(validated: ValidatedSql): Promise<string[]> {
    const current = await factsAt();
    const mentioned = new Set(validated.columns);
    const star = /\*/.test(validated.sql);
    const used: string[] = [];
    for (const table of current.tables) {
      if (!validated.tables.includes(table.name.toLowerCase())) continue;
      const owner = table.dataset ?? table.name;
      used.push(owner);
      for (const column of table.columns) if (star || mentioned.has(column.name.toLowerCase())) used.push(`${owner}.${column.name}`);
    }
    return [...new Set(used)];
  }

  async function watermarkNow(): Promise<string> {
    const rows = await sink.reader.all<{ now: string }>(`SELECT strftime(now() AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%S.%fZ') AS now`);
    return rows[0]!.now;
  }

  async function recordHistory(reportId: string, outcome: ReportHistoryEntry['outcome'], run: QueryExecution | null, diff?: ReportDiff, error?: string) {
    await log.run(
      `INSERT INTO report_checks (report_id, checked_at, outcome, row_count, schema_version, execution_id, rows_added, rows_removed, rows_changed, error)
       VALUES ($1, now(), $2, $3, $4, $5, $6, $7, $8, $9)`,
      [reportId, outcome, run?.rowCount ?? null, run?.schemaVersion ?? null, run?.executionId ?? null, diff?.added.length ?? 0, diff?.removed.length ?? 0, diff?.changed.length ?? 0, error ?? null],
    );
  }

  async function reportHistory(nameOrId: string): Promise<ReportHistoryEntry[]> {
    const report = await getReport(nameOrId);
    const rows = await sink.reader.all<Record<string, unknown>>(
      `SELECT strftime(checked_at AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%S.%gZ') AS checked_at, outcome, row_count, schema_version, execution_id, rows_added, rows_removed, rows_changed, error
       FROM report_checks WHERE report_id = $1 ORDER BY checked_at DESC, rowid DESC`,
      [report.id],
    );
    return rows.map((row) => ({
      checkedAt: String(row.checked_at),
      outcome: row.outcome as ReportHistoryEntry['outcome'],
      rowCount: row.row_count === null ? null : Number(row.row_count),
      schemaVersion: row.schema_version === null ? null : Number(row.schema_version),
      executionId: (row.execution_id as string | null) ?? null,
      added: Number(row.rows_added),
      removed: Number(row.rows_removed),
      changed: Number(row.rows_changed),
      error: (row.error as string | null) ?? null,
    }));
  }

  async function saveReport(input: SaveReportInput): Promise<SavedReport> {
    if (!input.name?.trim()) throw new LivingSchemaError({ code: ErrorCodes.CONFIG_INVALID, message: 'A report needs a name.', details: {} });
    const existing = await sink.reader.all<{ id: string; question: string | null; sql: string; mode: string }>(`SELECT id, question, sql, mode FROM saved_queries WHERE name = $1`, [input.name]);
    // Saving the same definition again is a no-op (a script or a tour run twice), not an error.
    if (existing[0] && sameReportDefinition(existing[0], input)) return getReport(existing[0].id);
    if (existing[0]) {
      throw new LivingSchemaError({ code: ErrorCodes.CONFIG_INVALID, message: `A report named "${input.name}" exists; choose another name or remove it first.`, details: { report: input.name } });
    }
    let sql = input.sql;
    if (!sql) {
      if (!input.question) throw new LivingSchemaError({ code: ErrorCodes.CONFIG_INVALID, message: 'Save a report from --question or --sql.', details: {} });
      sql = (await generateSQL(input.question)).sql;
    }
    const validated = await validate(sql);
    const id = randomUUID();
    const watermark = await watermarkNow();
    // The saved answer is the snapshot answer at the watermark, so snapshot reruns reproduce it exactly.
    const run = await executeQuery({ sql: validated.sql, question: input.question, mode: 'snapshot', asOf: watermark, reportId: id });
    const keyColumns = input.keyColumns ?? inferKeyColumns(run.columns, run.rows);
    const lastResult = JSON.stringify({ columns: run.columns.map((c) => c.name), rows: run.rows });
    await log.run(
      `INSERT INTO saved_queries (id, name, question, sql, mode, schema_version, watermark, fields_used, last_result_hash, last_result, last_status, last_checked_at, created_at, updated_at,
         key_columns, last_row_count, saved_result_hash, provider)
       VALUES ($1, $2, $3, $4, $5, $6, $7::TIMESTAMPTZ, CAST($8::VARCHAR AS JSON)::VARCHAR[], $9, $10::JSON, 'saved', now(), now(), now(), CAST($11::VARCHAR AS JSON)::VARCHAR[], $12, $9, $13)`,
      [id, input.name, input.question ?? null, validated.sql, input.mode ?? 'live', run.schemaVersion, watermark, JSON.stringify(await fieldsUsedBy(validated)), run.resultHash, lastResult, JSON.stringify(keyColumns), run.rowCount, input.question ? provider.name : null],
    );
    await recordHistory(id, 'saved', run);
    return getReport(id);
  }

  async function schemaChangesFor(report: SavedReport): Promise<SchemaDiffEntry[]> {
    if (report.schemaVersion === null) return [];
    const current = await sink.catalog.current();
    if (current.version <= report.schemaVersion) return [];
    const then = await sink.catalog.snapshot(report.schemaVersion);
    if (!then) return [];
    const used = new Set(report.fieldsUsed.map((f) => f.toLowerCase()));
    return diffCatalogs(then.catalog, current.catalog).filter(
      (entry) =>
        entry.impact === 'breaking' &&
        (entry.subject === 'field' || entry.subject === 'dataset') &&
        (used.has(entry.name.toLowerCase()) ||
          (entry.change === 'renamed' && entry.subject === 'field' && used.has(`${entry.name.split('.')[0]}.${String(entry.from)}`.toLowerCase()))),
    );
  }

  async function checkReport(report: SavedReport): Promise<ReportCheck> {
    const previous = report.lastResult ?? { columns: [], rows: [] };
    const schemaChanges = await schemaChangesFor(report);
    let run: QueryExecution | null = null;
    let failure: string | undefined;
    try {
      run = await executeQuery({ sql: report.sql, question: report.question ?? undefined, mode: 'live', reportId: report.id });
    } catch (error) {
      failure = describeError(error);
    }
    const after = run ? { columns: run.columns.map((c) => c.name), rows: run.rows } : previous;
    const diff: ReportDiff = { ...diffResults(previous, after, report.keyColumns), schemaChanges };
    let status: ReportCheck['status'];
    if (schemaChanges.length > 0 || (!run && /Binder Error|does not exist|not found/i.test(failure ?? ''))) status = 'schema_changed';
    else if (!run) throw new LivingSchemaError({ code: ErrorCodes.QUERY_FAILED, message: `Report "${report.name}" could not be rerun: ${failure}`, details: { report: report.name } });
    else status = run.resultHash === report.lastResultHash ? 'unchanged' : 'data_changed';
    // An unchanged check keeps the stored diff: it is the last change's, and stays until a newer one.
    await log.run(
      `UPDATE saved_queries SET last_status = $2, last_diff = CASE WHEN $2 = 'unchanged' THEN last_diff ELSE $3::JSON END, last_checked_at = now(), updated_at = now()
         ${run ? ', last_result_hash = $4, last_result = $5::JSON, last_row_count = $6' : ''} WHERE id = $1`,
      run
        ? [report.id, status, JSON.stringify(diff), run.resultHash, JSON.stringify(after), run.rowCount]
        : [report.id, status, JSON.stringify(diff)],
    );
    await recordHistory(report.id, status, run, diff, failure);
    if (status !== 'unchanged') {
      events?.emit('report.changed', { reportId: report.id, name: report.name, change: status, added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length });
    }
    return {
      id: report.id,
      name: report.name,
      status,
      previousHash: report.lastResultHash,
      resultHash: run?.resultHash ?? null,
      executionId: run?.executionId ?? null,
      diff,
      ...(failure ? { error: failure } : {}),
    };
  }

  async function listReports(): Promise<SavedReport[]> {
    const rows = await sink.reader.all<ReportRow>(`SELECT ${REPORT_COLUMNS} FROM saved_queries ORDER BY name`);
    return rows.map(toReport);
  }

  async function detectReportChanges(detectOptions: { names?: string[] } = {}): Promise<ReportCheck[]> {
    const reports = detectOptions.names?.length ? await Promise.all(detectOptions.names.map(getReport)) : await listReports();
    const checks: ReportCheck[] = [];
    for (const report of reports) checks.push(await checkReport(report));
    return checks;
  }

  return {
    provider,
    schemaContext,
    generateSQL,
    validate,
    executeQuery,
    reports: {
      save: saveReport,
      list: listReports,
      get: getReport,
      async refresh(nameOrId) {
        const report = await getReport(nameOrId);
        const watermark = await watermarkNow();
        const run = await executeQuery({ sql: report.sql, mode: 'snapshot', asOf: watermark, reportId: report.id });
        await log.run(
          `UPDATE saved_queries SET watermark = $2::TIMESTAMPTZ, schema_version = $3, fields_used = CAST($4::VARCHAR AS JSON)::VARCHAR[], last_result_hash = $5, saved_result_hash = $5,
             last_result = $6::JSON, last_row_count = $7, last_status = 'saved', last_diff = NULL, last_checked_at = now(), updated_at = now() WHERE id = $1`,
          [report.id, watermark, run.schemaVersion, JSON.stringify(await fieldsUsedBy(await validate(report.sql))), run.resultHash, JSON.stringify({ columns: run.columns.map((c) => c.name), rows: run.rows }), run.rowCount],
        );
        await recordHistory(report.id, 'rebaselined', run);
        return getReport(report.id);
      },
      async diff(nameOrId) {
        return (await getReport(nameOrId)).lastDiff;
      },
      history: reportHistory,
      async remove(nameOrId) {
        const report = await getReport(nameOrId);
        await log.run(`DELETE FROM saved_queries WHERE id = $1`, [report.id]);
        await log.run(`DELETE FROM report_checks WHERE report_id = $1`, [report.id]);
      },
    },
    detectReportChanges,
    scheduleReportChecks(pattern, onResult) {
      const job = new Cron(pattern, { protect: true }, async () => {
        try {
          const checks = await detectReportChanges();
          onResult?.(checks);
        } catch (error) {
          events?.emit('error', { error: error instanceof Error ? error : new Error(String(error)), during: 'scheduled report checks' });
        }
      });
      schedules.add(job);
      return {
        stop() {
          job.stop();
          schedules.delete(job);
        },
      };
    },
    invalidate,
    close() {
      for (const job of schedules) job.stop();
      schedules.clear();
      for (const off of unsubscribe) off();
    },
  };
}

/** The query layer of an engine: its sink, its events and its configured LLM (offline when none). */
export function queryLayer(engine: LivingSchema, options: Omit<QueryLayerOptions, 'sink' | 'events'> = {}): QueryLayer {
  return createQueryLayer({ sink: engine.sink, events: engine.events, provider: options.provider ?? engine.config.llm ?? undefined, ...options });
}
