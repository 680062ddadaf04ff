import { ErrorCodes, LivingSchemaError, type LivingSchemaEventBus, type SinkSqlRunner, type SinkV1 } from '@living-schema/core';
import type { ExecutionStatus, QueryMode } from './query-types.js';
import { QUERY_LOG_PRUNE_EVERY, pruneQueryLog, storedStatement, type QueryLogRetention } from './query-log-retention.js';

/** One row of `query_executions`: a run of a question or SQL, whatever its outcome. */
export interface ExecutionLogEntry {
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
  /** Who asked (a token name); null when nobody was named. */
  askedBy?: string | null;
}

/** A logged run, as feedback reads it back. */
export interface LoggedExecution {
  executionId: string;
  question: string | null;
  sql: string;
  status: ExecutionStatus;
  rowCount: number | null;
  resultHash: string | null;
}

/**
 * Writes to the query log and reports without making the query sandbox reopen (DuckDB), else
 * the writer.
 */
export function bookkeepingRunner(sink: SinkV1): SinkSqlRunner {
  const candidate = (sink as unknown as { bookkeeping?: SinkSqlRunner }).bookkeeping;
  return candidate && typeof candidate.run === 'function' ? candidate : sink.writer;
}

/** The `query_executions` log: every run is written here and announced as `query.executed`. */
export class ExecutionLog {
  private writes = 0;
  private warnedReadOnly = false;

  constructor(
    private readonly sink: SinkV1,
    private readonly runner: SinkSqlRunner,
    private readonly providerName: string,
    private readonly retention: QueryLogRetention,
    private readonly events?: LivingSchemaEventBus,
  ) {}

  async record(entry: ExecutionLogEntry): Promise<void> {
    try {
      await this.write(entry);
    } catch (error) {
      // A read-only store still answers: its runs go unlogged, said once, not once per query.
      if (!LivingSchemaError.hasCode(error, ErrorCodes.STORE_READ_ONLY)) throw error;
      if (!this.warnedReadOnly) process.emitWarning(`The query log is skipped: ${error.message}`, { code: error.code });
      this.warnedReadOnly = true;
    }
    this.events?.emit('query.executed', {
      executionId: entry.executionId,
      sql: entry.sql,
      mode: entry.mode,
      durationMs: entry.durationMs,
      rowCount: entry.rowCount ?? 0,
      resultHash: entry.resultHash,
      status: entry.status,
    });
  }

  private async write(entry: ExecutionLogEntry): Promise<void> {
    await this.runner.run(
      `INSERT INTO query_executions (execution_id, question, sql, mode, as_of, report_id,
         schema_version, provider, started_at, duration_ms, row_count, result_hash, status, error,
         executed_sql, refusal_rule, truncated, asked_by)
       VALUES ($1, $2, $3, $4, $5::TIMESTAMPTZ, $6, $7, $8, $9::TIMESTAMPTZ, $10, $11, $12, $13,
         $14, $15, $16, $17, $18)`,
      [
        entry.executionId,
        entry.question,
        storedStatement(entry.sql, entry.status === 'refused', this.retention),
        entry.mode,
        entry.asOf,
        entry.reportId,
        entry.schemaVersion,
        entry.question ? this.providerName : null,
        entry.startedAt.toISOString(),
        entry.durationMs,
        entry.rowCount,
        entry.resultHash,
        entry.status,
        entry.error?.slice(0, 4000) ?? null,
        entry.executedSql,
        entry.rule,
        entry.truncated,
        entry.askedBy ?? null,
      ],
    );
    // Pruned on the first write and then now and then: a DELETE per query would cost more
    // than the log it saves.
    if (this.writes++ % QUERY_LOG_PRUNE_EVERY === 0) await pruneQueryLog(this.runner, this.retention);
  }

  /** The logged run with this id, or null. */
  async find(executionId: string): Promise<LoggedExecution | null> {
    const rows = await this.sink.reader.all<Record<string, unknown>>(
      `SELECT execution_id, question, sql, status, row_count, result_hash
       FROM query_executions WHERE execution_id = $1`,
      [executionId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      executionId: String(row.execution_id),
      question: (row.question as string | null) ?? null,
      sql: String(row.sql),
      status: row.status as ExecutionStatus,
      rowCount: row.row_count === null ? null : Number(row.row_count),
      resultHash: (row.result_hash as string | null) ?? null,
    };
  }
}
