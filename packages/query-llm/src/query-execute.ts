import { randomUUID } from 'node:crypto';
import { ErrorCodes, LivingSchemaError, describeError, type SinkV1 } from '@living-schema/core';
import type { ExecutionLog } from './query-execution-log.js';
import { resultHash } from './query-result-hash.js';
import type { QuerySchemaCache } from './query-schema-cache.js';
import { parseAsOf, rewriteAsOf } from './query-time-travel.js';
import type { ExecuteQueryInput, QueryExecution, QueryMode, SavedReport } from './query-types.js';
import type { GeneratedSql } from './sql-generator.js';
import type { ValidatedSql } from './sql-validator.js';

/** What running a query needs from the rest of the layer. */
export interface ExecuteDependencies {
  sink: SinkV1;
  cache: QuerySchemaCache;
  log: ExecutionLog;
  limits: { maxRows: number; timeoutMs: number; maxResultBytes?: number };
  validate(sql: string): Promise<ValidatedSql>;
  generateSQL(question: string, options?: { excludeExamples?: string[] }): Promise<GeneratedSql>;
  getReport(nameOrId: string): Promise<SavedReport>;
  currentVersion(): Promise<number>;
}

/** The run's state as the stages fill it in; what the log records, whatever the outcome. */
interface RunState {
  executionId: string;
  startedAt: Date;
  started: number;
  mode: QueryMode;
  sql: string;
  executedSql: string | null;
  asOf: string | null;
  schemaVersion: number | null;
  generated: GeneratedSql | null;
}

/** Stage 1: the moment the run answers as of (null for live), from the mode, input and report. */
function resolveAsOf(
  mode: QueryMode,
  input: ExecuteQueryInput,
  report: SavedReport | null,
): string | null {
  if (mode === 'snapshot') {
    const watermark = input.asOf ?? report?.watermark;
    if (!watermark) {
      throw new LivingSchemaError({
        code: ErrorCodes.CONFIG_INVALID,
        message: "Snapshot mode answers as of a saved report's watermark: pass reportId (or asOf).",
        details: { mode },
      });
    }
    return parseAsOf(watermark);
  }
  if (mode === 'time_travel') {
    if (!input.asOf) {
      throw new LivingSchemaError({
        code: ErrorCodes.CONFIG_INVALID,
        message: 'Time-travel mode needs asOf (an ISO moment, e.g. 2026-11-24T10:00:00Z).',
        details: { mode },
      });
    }
    return parseAsOf(input.asOf);
  }
  if (mode !== 'live') {
    throw new LivingSchemaError({
      code: ErrorCodes.CONFIG_INVALID,
      message: `Unknown query mode "${String(mode)}"; use live, snapshot or time_travel.`,
      details: { mode },
    });
  }
  return null;
}

/** The report a run needs: for its SQL (none given) or its watermark (snapshot without asOf). */
async function reportFor(
  input: ExecuteQueryInput,
  mode: QueryMode,
  deps: ExecuteDependencies,
): Promise<SavedReport | null> {
  const needsSql = !input.sql && !input.question;
  const needsWatermark = mode === 'snapshot' && !input.asOf;
  return input.reportId && (needsSql || needsWatermark) ? deps.getReport(input.reportId) : null;
}

/** Stage 2: the SQL to run: given, the report's, or generated from the question. */
async function resolveSql(
  input: ExecuteQueryInput,
  report: SavedReport | null,
  state: RunState,
  deps: ExecuteDependencies,
): Promise<void> {
  if (!state.sql && !input.question && report) state.sql = report.sql;
  if (state.sql) return;
  if (!input.question) {
    throw new LivingSchemaError({
      code: ErrorCodes.CONFIG_INVALID,
      message: 'Give sql or question.',
      details: {},
    });
  }
  state.generated = await deps.generateSQL(input.question, {
    excludeExamples: input.excludeExamples ?? [],
  });
  state.sql = state.generated.sql;
}

/** Stage 3: guard the SQL, then rewrite it to read as of the run's moment. */
async function guardAndRewrite(state: RunState, deps: ExecuteDependencies): Promise<void> {
  const validated = await deps.validate(state.sql);
  state.sql = validated.sql;
  state.executedSql = state.asOf
    ? rewriteAsOf(
        validated,
        state.asOf,
        await deps.cache.ingestionColumns(),
        await deps.cache.asOfMacros(),
      ).sql
    : validated.sql;
}

/** Stage 4 (on failure): log the refusal or error with its rule; the error carries the run's id. */
async function logFailure(
  error: unknown,
  input: ExecuteQueryInput,
  state: RunState,
  deps: ExecuteDependencies,
): Promise<void> {
  const refused =
    LivingSchemaError.hasCode(error, ErrorCodes.QUERY_REFUSED) ||
    LivingSchemaError.hasCode(error, ErrorCodes.QUESTION_NOT_UNDERSTOOD);
  const details = LivingSchemaError.isInstance(error) ? error.details : {};
  const rule = typeof details.rule === 'string' ? details.rule : null;
  const generatedSql = typeof details.generatedSql === 'string' ? details.generatedSql : '';
  await deps.log
    .record({
      executionId: state.executionId,
      question: input.question ?? null,
      sql: state.sql || generatedSql,
      executedSql: state.executedSql,
      mode: state.mode,
      asOf: state.asOf,
      reportId: input.reportId ?? null,
      schemaVersion: state.schemaVersion,
      startedAt: state.startedAt,
      durationMs: performance.now() - state.started,
      rowCount: null,
      resultHash: null,
      truncated: null,
      status: refused ? 'refused' : 'error',
      error: describeError(error),
      rule,
      askedBy: input.askedBy ?? null,
    })
    .catch(() => undefined);
  if (LivingSchemaError.isInstance(error)) error.details.executionId = state.executionId;
}

/** Runs a question or SQL in `live`, `snapshot` or `time_travel` mode and logs the run. */
export async function executeQuery(
  input: ExecuteQueryInput,
  deps: ExecuteDependencies,
): Promise<QueryExecution> {
  const state: RunState = {
    executionId: randomUUID(),
    startedAt: new Date(),
    started: performance.now(),
    mode: input.mode ?? 'live',
    sql: input.sql ?? '',
    executedSql: null,
    asOf: null,
    schemaVersion: null,
    generated: null,
  };
  try {
    state.schemaVersion = await deps.currentVersion();
    const report = await reportFor(input, state.mode, deps);
    state.asOf = resolveAsOf(state.mode, input, report);
    await resolveSql(input, report, state, deps);
    await guardAndRewrite(state, deps);
    const result = await deps.sink.query(state.executedSql!, {
      sandboxed: true,
      maxRows: input.maxRows ?? deps.limits.maxRows,
      maxResultBytes: input.maxResultBytes ?? deps.limits.maxResultBytes,
      timeoutMs: input.timeoutMs ?? deps.limits.timeoutMs,
    });
    const hash = resultHash(result.rows, result.columns.length);
    const durationMs = performance.now() - state.started;
    const shared = {
      executionId: state.executionId,
      question: input.question ?? null,
      sql: state.sql,
      executedSql: state.executedSql!,
      mode: state.mode,
      asOf: state.asOf,
      reportId: input.reportId ?? null,
      schemaVersion: state.schemaVersion,
      durationMs,
    };
    await deps.log.record({
      ...shared,
      startedAt: state.startedAt,
      rowCount: result.rowCount,
      resultHash: hash,
      truncated: result.truncated,
      status: 'ok',
      error: null,
      rule: null,
      askedBy: input.askedBy ?? null,
    });
    return {
      ...shared,
      columns: result.columns,
      rows: result.rows,
      rowCount: result.rowCount,
      truncated: result.truncated,
      resultHash: hash,
      generated: state.generated,
    };
  } catch (error) {
    await logFailure(error, input, state, deps);
    throw error;
  }
}
