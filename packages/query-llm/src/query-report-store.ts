import { randomUUID } from 'node:crypto';
import {
  ErrorCodes,
  LivingSchemaError,
  type SinkSqlRunner,
  type SinkV1,
} from '@living-schema/core';
import { inferKeyColumns } from './query-result-hash.js';
import type { QuerySchemaCache } from './query-schema-cache.js';
import type {
  ExecuteQueryInput,
  QueryExecution,
  QueryMode,
  ReportDiff,
  ReportHistoryEntry,
  SaveReportInput,
  SavedReport,
} from './query-types.js';
import type { GeneratedSql } from './sql-generator.js';
import type { ValidatedSql } from './sql-validator.js';

/** What saved reports need from the rest of the layer. */
export interface ReportDependencies {
  sink: SinkV1;
  /** Writes `saved_queries` and `report_checks` (the bookkeeping connection). */
  log: SinkSqlRunner;
  cache: QuerySchemaCache;
  providerName: string;
  executeQuery(input: ExecuteQueryInput): Promise<QueryExecution>;
  generateSQL(question: string): Promise<GeneratedSql>;
  validate(sql: string): Promise<ValidatedSql>;
}

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

const REPORT_COLUMNS = `id, name, question, sql, mode, schema_version, watermark::VARCHAR AS watermark,
  fields_used, key_columns, saved_result_hash, last_result_hash, last_result::VARCHAR AS last_result,
  last_row_count, last_status, last_diff::VARCHAR AS last_diff, last_checked_at, created_at, updated_at`;

function toReport(row: ReportRow): SavedReport {
  return {
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
  };
}

/** True when `input` asks to save what the stored report already is (same question, SQL when given, and mode). */
function sameReportDefinition(
  stored: { question: string | null; sql: string; mode: string },
  input: SaveReportInput,
): boolean {
  const sameSql = input.sql === undefined || input.sql.trim() === stored.sql.trim();
  return (
    (input.question ?? null) === stored.question &&
    sameSql &&
    (input.mode ?? 'live') === stored.mode
  );
}

/** The answer of a run as a report stores it. */
export function storedAnswer(run: QueryExecution): { columns: string[]; rows: unknown[][] } {
  return { columns: run.columns.map((c) => c.name), rows: run.rows };
}

/** Saved reports in `saved_queries`, with their history in `report_checks`. */
export class ReportStore {
  constructor(private readonly deps: ReportDependencies) {}

  async get(nameOrId: string): Promise<SavedReport> {
    const rows = await this.deps.sink.reader.all<ReportRow>(
      `SELECT ${REPORT_COLUMNS} FROM saved_queries WHERE id = $1 OR name = $1`,
      [nameOrId],
    );
    if (!rows[0]) {
      throw new LivingSchemaError({
        code: ErrorCodes.NOT_FOUND,
        message: `No saved report named "${nameOrId}". List them with \`living-schema reports list\`.`,
        details: { report: nameOrId },
      });
    }
    return toReport(rows[0]);
  }

  async list(): Promise<SavedReport[]> {
    const rows = await this.deps.sink.reader.all<ReportRow>(
      `SELECT ${REPORT_COLUMNS} FROM saved_queries ORDER BY name`,
    );
    return rows.map(toReport);
  }

  /** `dataset.field` names (and dataset names) a query reads, for schema-drift checks. */
  async fieldsUsedBy(validated: ValidatedSql): Promise<string[]> {
    const current = await this.deps.cache.factsAt();
    const mentioned = new Set(validated.columns);
    const star = /\*/.test(validated.sql);
    const used: string[] = [];
    for (const table of current.tables) {
      if (!validated.tables.includes(table.name.toLowerCase())) continue;
      const owner = table.dataset ?? table.name;
      used.push(owner);
      for (const column of table.columns)
        if (star || mentioned.has(column.name.toLowerCase())) used.push(`${owner}.${column.name}`);
    }
    return [...new Set(used)];
  }

  async watermarkNow(): Promise<string> {
    const rows = await this.deps.sink.reader.all<{ now: string }>(
      `SELECT strftime(now() AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%S.%fZ') AS now`,
    );
    return rows[0]!.now;
  }

  async recordHistory(
    reportId: string,
    outcome: ReportHistoryEntry['outcome'],
    run: QueryExecution | null,
    diff?: ReportDiff,
    error?: string,
  ): Promise<void> {
    await this.deps.log.run(
      `INSERT INTO report_checks (report_id, checked_at, outcome, row_count, schema_version, execution_id,
         rows_added, rows_removed, rows_changed, error)
       VALUES ($1, now(), $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        reportId,
        outcome,
        run?.rowCount ?? null,
        run?.schemaVersion ?? null,
        run?.executionId ?? null,
        diff?.added.length ?? 0,
        diff?.removed.length ?? 0,
        diff?.changed.length ?? 0,
        error ?? null,
      ],
    );
  }

  async history(nameOrId: string): Promise<ReportHistoryEntry[]> {
    const report = await this.get(nameOrId);
    const rows = await this.deps.sink.reader.all<Record<string, unknown>>(
      `SELECT strftime(checked_at AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%S.%gZ') AS checked_at, outcome, row_count,
         schema_version, execution_id, rows_added, rows_removed, rows_changed, error
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

  async save(input: SaveReportInput): Promise<SavedReport> {
    if (!input.name?.trim())
      throw new LivingSchemaError({
        code: ErrorCodes.CONFIG_INVALID,
        message: 'A report needs a name.',
        details: {},
      });
    const existing = await this.deps.sink.reader.all<{
      id: string;
      question: string | null;
      sql: string;
      mode: string;
    }>(`SELECT id, question, sql, mode FROM saved_queries WHERE name = $1`, [input.name]);
    // Saving the same definition again is a no-op (a script or a tour run twice), not an error.
    if (existing[0] && sameReportDefinition(existing[0], input)) return this.get(existing[0].id);
    if (existing[0]) {
      throw new LivingSchemaError({
        code: ErrorCodes.CONFIG_INVALID,
        message: `A report named "${input.name}" exists; choose another name or remove it first.`,
        details: { report: input.name },
      });
    }
    const validated = await this.deps.validate(await this.sqlToSave(input));
    const id = randomUUID();
    const watermark = await this.watermarkNow();
    // The saved answer is the snapshot answer at the watermark, so snapshot reruns reproduce it exactly.
    const run = await this.deps.executeQuery({
      sql: validated.sql,
      question: input.question,
      mode: 'snapshot',
      asOf: watermark,
      reportId: id,
    });
    const keyColumns = input.keyColumns ?? inferKeyColumns(run.columns, run.rows);
    await this.deps.log.run(
      `INSERT INTO saved_queries (id, name, question, sql, mode, schema_version, watermark, fields_used,
         last_result_hash, last_result, last_status, last_checked_at, created_at, updated_at,
         key_columns, last_row_count, saved_result_hash, provider)
       VALUES ($1, $2, $3, $4, $5, $6, $7::TIMESTAMPTZ, CAST($8::VARCHAR AS JSON)::VARCHAR[], $9, $10::JSON,
         'saved', now(), now(), now(), CAST($11::VARCHAR AS JSON)::VARCHAR[], $12, $9, $13)`,
      [
        id,
        input.name,
        input.question ?? null,
        validated.sql,
        input.mode ?? 'live',
        run.schemaVersion,
        watermark,
        JSON.stringify(await this.fieldsUsedBy(validated)),
        run.resultHash,
        JSON.stringify(storedAnswer(run)),
        JSON.stringify(keyColumns),
        run.rowCount,
        input.question ? this.deps.providerName : null,
      ],
    );
    await this.recordHistory(id, 'saved', run);
    return this.get(id);
  }

  private async sqlToSave(input: SaveReportInput): Promise<string> {
    if (input.sql) return input.sql;
    if (!input.question)
      throw new LivingSchemaError({
        code: ErrorCodes.CONFIG_INVALID,
        message: 'Save a report from --question or --sql.',
        details: {},
      });
    return (await this.deps.generateSQL(input.question)).sql;
  }

  /** Reruns a report live and makes the answer its new baseline (watermark moves to now). */
  async refresh(nameOrId: string): Promise<SavedReport> {
    const report = await this.get(nameOrId);
    const watermark = await this.watermarkNow();
    const run = await this.deps.executeQuery({
      sql: report.sql,
      mode: 'snapshot',
      asOf: watermark,
      reportId: report.id,
    });
    const fieldsUsed = await this.fieldsUsedBy(await this.deps.validate(report.sql));
    await this.deps.log.run(
      `UPDATE saved_queries SET watermark = $2::TIMESTAMPTZ, schema_version = $3,
         fields_used = CAST($4::VARCHAR AS JSON)::VARCHAR[], last_result_hash = $5, saved_result_hash = $5,
         last_result = $6::JSON, last_row_count = $7, last_status = 'saved', last_diff = NULL,
         last_checked_at = now(), updated_at = now()
       WHERE id = $1`,
      [
        report.id,
        watermark,
        run.schemaVersion,
        JSON.stringify(fieldsUsed),
        run.resultHash,
        JSON.stringify(storedAnswer(run)),
        run.rowCount,
      ],
    );
    await this.recordHistory(report.id, 'rebaselined', run);
    return this.get(report.id);
  }

  async remove(nameOrId: string): Promise<void> {
    const report = await this.get(nameOrId);
    await this.deps.log.run(`DELETE FROM saved_queries WHERE id = $1`, [report.id]);
    await this.deps.log.run(`DELETE FROM report_checks WHERE report_id = $1`, [report.id]);
  }
}
