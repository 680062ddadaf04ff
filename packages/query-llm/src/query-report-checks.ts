import { Cron } from 'croner';
import {
  ErrorCodes,
  LivingSchemaError,
  describeError,
  diffCatalogs,
  type LivingSchemaEventBus,
  type SchemaDiffEntry,
  type SinkSqlRunner,
  type SinkV1,
} from '@living-schema/core';
import { storedAnswer, type ReportStore } from './query-report-store.js';
import { diffResults } from './query-result-hash.js';
import type {
  ExecuteQueryInput,
  QueryExecution,
  ReportCheck,
  ReportDiff,
  SavedReport,
} from './query-types.js';

/** What change detection needs from the rest of the layer. */
export interface ReportCheckDependencies {
  sink: SinkV1;
  log: SinkSqlRunner;
  store: ReportStore;
  events?: LivingSchemaEventBus;
  executeQuery(input: ExecuteQueryInput): Promise<QueryExecution>;
}

/** A failure to rerun that means the schema moved under the report (a column or table is gone). */
const SCHEMA_FAILURE = /Binder Error|does not exist|not found/i;

/** Reruns saved reports, marks each unchanged, data_changed or schema_changed, and notifies. */
export class ReportChecks {
  private readonly schedules = new Set<Cron>();

  constructor(private readonly deps: ReportCheckDependencies) {}

  /** Breaking changes since the report's schema version to the fields (and datasets) it uses. */
  async schemaChangesFor(report: SavedReport): Promise<SchemaDiffEntry[]> {
    if (report.schemaVersion === null) return [];
    const current = await this.deps.sink.catalog.current();
    if (current.version <= report.schemaVersion) return [];
    const then = await this.deps.sink.catalog.snapshot(report.schemaVersion);
    if (!then) return [];
    const used = new Set(report.fieldsUsed.map((f) => f.toLowerCase()));
    const renamedFrom = (entry: SchemaDiffEntry) =>
      `${entry.name.split('.')[0]}.${String(entry.from)}`.toLowerCase();
    return diffCatalogs(then.catalog, current.catalog).filter(
      (entry) =>
        entry.impact === 'breaking' &&
        (entry.subject === 'field' || entry.subject === 'dataset') &&
        (used.has(entry.name.toLowerCase()) ||
          (entry.change === 'renamed' &&
            entry.subject === 'field' &&
            used.has(renamedFrom(entry)))),
    );
  }

  async check(report: SavedReport): Promise<ReportCheck> {
    const previous = report.lastResult ?? { columns: [], rows: [] };
    const schemaChanges = await this.schemaChangesFor(report);
    let run: QueryExecution | null = null;
    let failure: string | undefined;
    try {
      run = await this.deps.executeQuery({
        sql: report.sql,
        question: report.question ?? undefined,
        mode: 'live',
        reportId: report.id,
      });
    } catch (error) {
      failure = describeError(error);
    }
    const after = run ? storedAnswer(run) : previous;
    const diff: ReportDiff = { ...diffResults(previous, after, report.keyColumns), schemaChanges };
    const status = this.statusOf(report, run, schemaChanges, failure);
    await this.store(report, status, diff, run, after);
    await this.deps.store.recordHistory(report.id, status, run, diff, failure);
    if (status !== 'unchanged') {
      this.deps.events?.emit('report.changed', {
        reportId: report.id,
        name: report.name,
        change: status,
        added: diff.added.length,
        removed: diff.removed.length,
        changed: diff.changed.length,
      });
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

  private statusOf(
    report: SavedReport,
    run: QueryExecution | null,
    schemaChanges: SchemaDiffEntry[],
    failure?: string,
  ): ReportCheck['status'] {
    if (schemaChanges.length > 0 || (!run && SCHEMA_FAILURE.test(failure ?? '')))
      return 'schema_changed';
    if (!run) {
      throw new LivingSchemaError({
        code: ErrorCodes.QUERY_FAILED,
        message: `Report "${report.name}" could not be rerun: ${failure}`,
        details: { report: report.name },
      });
    }
    return run.resultHash === report.lastResultHash ? 'unchanged' : 'data_changed';
  }

  private async store(
    report: SavedReport,
    status: ReportCheck['status'],
    diff: ReportDiff,
    run: QueryExecution | null,
    after: unknown,
  ): Promise<void> {
    // An unchanged check keeps the stored diff: it is the last change's, and stays until a newer one.
    const keepDiff = `last_diff = CASE WHEN $2 = 'unchanged' THEN last_diff ELSE $3::JSON END`;
    const answer = run
      ? ', last_result_hash = $4, last_result = $5::JSON, last_row_count = $6'
      : '';
    await this.deps.log.run(
      `UPDATE saved_queries SET last_status = $2, ${keepDiff}, last_checked_at = now(), updated_at = now()${answer} WHERE id = $1`,
      run
        ? [
            report.id,
            status,
            JSON.stringify(diff),
            run.resultHash,
            JSON.stringify(after),
            run.rowCount,
          ]
        : [report.id, status, JSON.stringify(diff)],
    );
  }

  async detect(options: { names?: string[] } = {}): Promise<ReportCheck[]> {
    const reports = options.names?.length
      ? await Promise.all(options.names.map((n) => this.deps.store.get(n)))
      : await this.deps.store.list();
    const checks: ReportCheck[] = [];
    for (const report of reports) checks.push(await this.check(report));
    return checks;
  }

  schedule(pattern: string, onResult?: (checks: ReportCheck[]) => void): { stop(): void } {
    const job = new Cron(pattern, { protect: true }, async () => {
      try {
        onResult?.(await this.detect());
      } catch (error) {
        const cause = error instanceof Error ? error : new Error(String(error));
        this.deps.events?.emit('error', { error: cause, during: 'scheduled report checks' });
      }
    });
    this.schedules.add(job);
    return {
      stop: () => {
        job.stop();
        this.schedules.delete(job);
      },
    };
  }

  close(): void {
    for (const job of this.schedules) job.stop();
    this.schedules.clear();
  }
}
