import { dirname, join, resolve } from 'node:path';
import { createLivingSchema, type LivingSchema, type LivingSchemaConfig } from '@living-schema/core';
import { forgetSynonyms, getDiscovery, listSynonyms, parseSynonymTarget, teachSynonyms } from '@living-schema/discovery';
import { createQueryLayer, type QueryLayer, type SavedReport } from '@living-schema/query-llm';
import { duckdb } from '@living-schema/sink-duckdb';
import { standardComposition, standardNotifiers, withConfiguredPlugins } from './composition.js';
import { feedbackService } from './feedback-service.js';
import { createConfiguredLlm } from './llm-config.js';
import { loadConfiguredPlugins } from './plugin-loader.js';
import type { ResolvedServerConfig } from './server-config.js';
import type { CatalogService, QueryService, ReportService, ReportSummary, ServerServices } from './services.js';

export interface ComposeOptions {
  env?: Record<string, string | undefined>;
  /** Extra engine config merged last (tests inject notifiers, clocks...). */
  engine?: Partial<LivingSchemaConfig>;
}

export interface ComposedServices extends ServerServices {
  queryLayer: QueryLayer;
  /** The database the engine holds: a file path, `:memory:` or `md:<database>`. */
  database: string;
  /** Closes the query layer and the engine. */
  close(): Promise<void>;
}

/**
 * Source reads running in worker threads at once (the engine's `sourceWorkers`), unless
 * `LIVING_SCHEMA_SOURCE_WORKERS` says otherwise (0 reads uploads on the server's own thread).
 */
export const SERVER_SOURCE_WORKERS = 2;

function sourceWorkersFrom(env: Record<string, string | undefined>): number {
  const value = env.LIVING_SCHEMA_SOURCE_WORKERS?.trim();
  // Not a number stays as it is written, so the engine's config check names the value.
  return value ? (/^\d+$/.test(value) ? Number(value) : (value as never)) : SERVER_SOURCE_WORKERS;
}

/**
 * Builds the engine and the services the server exposes from one config: DuckDB sink, the
 * {@link standardComposition} (every source, discovery with conflict detection) with the plugins
 * the config names (`sources`, `conflicts`, `notifiers`...: `loadConfiguredPlugins`), the query layer
 * with the configured LLM, and notifiers (stderr for items needing review, Slack when its webhook
 * variable is set). Swapping the LLM provider is a config change only.
 */
export async function composeServices(config: ResolvedServerConfig & { file?: string | null }, compose: ComposeOptions = {}): Promise<ComposedServices> {
  const env = compose.env ?? process.env;
  const database = config.database ?? env.LIVING_SCHEMA_DB ?? './living-schema.duckdb';
  const stagingDirectory =
    config.stagingDirectory ?? (database === ':memory:' || database.startsWith('md:') ? resolve('.living-schema/staging') : join(dirname(resolve(database)), '.living-schema', 'staging'));
  // Paths in the config are relative to its file, as a reader of the file expects.
  const baseDirectory = config.file ? dirname(config.file) : process.cwd();
  const llm = await createConfiguredLlm(config.llm, baseDirectory, compose.env);
  const engine = createLivingSchema({
    sink: duckdb({ path: database }),
    stagingDirectory,
    ...withConfiguredPlugins(
      standardComposition(),
      standardNotifiers({ console: 'needs_review', slackWebhookUrl: env[config.slackWebhookUrlEnv] || undefined }),
      await loadConfiguredPlugins(config, baseDirectory),
    ),
    llm,
    // Uploads are parsed, converted and OCR'd in worker threads, two at a time: a 10,000-page
    // PDF must not stall /healthz, the UI or queries (docs/architecture.md, "Reading off the loop").
    sourceWorkers: sourceWorkersFrom(env),
    sensitiveColumns: config.sensitiveColumns,
    ...compose.engine,
  });
  await engine.start();
  const queryLayer = createQueryLayer({ sink: engine.sink, events: engine.events, provider: llm, sensitiveColumns: engine.config.sensitiveColumns });
  return {
    engine,
    queryLayer,
    database,
    query: queryService(queryLayer),
    reports: reportService(queryLayer),
    feedback: feedbackService(queryLayer),
    catalog: { ...catalogService(engine), teachWords: (target, words, options) => teachWords(engine, queryLayer, target, words, options) },
    async close() {
      queryLayer.close();
      await engine.close();
    },
  };
}

/** Words taught or forgotten through the API; the query layer reads questions with them from the next one on. */
async function teachWords(engine: LivingSchema, layer: QueryLayer, target: string, words: string[], options: { forget: boolean; by: string | null }) {
  const field = parseSynonymTarget(target);
  const forgotten = await engine.sink.writer.transaction(async (tx) => (options.forget ? forgetSynonyms(tx, field, words) : (await teachSynonyms(tx, field, words, options.by), 0)));
  layer.invalidate();
  return { words: (await listSynonyms(engine.sink.reader, field.dataset)).filter((s) => s.field === field.field), forgotten };
}

/** The query layer behind the server's `/api/query`. */
export function queryService(layer: QueryLayer): QueryService {
  return {
    get provider() {
      return layer.provider.name;
    },
    async run(request) {
      const { maxRows, timeoutMs } = request;
      const limits = { ...(maxRows ? { maxRows } : {}), ...(timeoutMs ? { timeoutMs } : {}) };
      const asked = { question: request.question, sql: request.sql, mode: request.mode, asOf: request.asOf, reportId: request.reportId };
      const execution = await layer.executeQuery({ ...asked, ...limits, ...(request.askedBy ? { askedBy: request.askedBy } : {}) });
      return {
        sql: execution.sql,
        columns: execution.columns.map((c) => c.name),
        columnTypes: execution.columns.map((c) => c.type),
        asOf: execution.asOf,
        ...(execution.question ? { provider: layer.provider.name, repaired: Boolean(execution.generated?.repaired) } : {}),
        rows: execution.rows,
        rowCount: execution.rowCount,
        truncated: execution.truncated,
        mode: execution.mode,
        durationMs: execution.durationMs,
        executionId: execution.executionId,
        resultHash: execution.resultHash,
        schemaVersion: execution.schemaVersion,
        ...(execution.generated?.reasoning ? { reasoning: execution.generated.reasoning } : {}),
      };
    },
  };
}

function summary(report: SavedReport): ReportSummary {
  return { ...report, status: report.lastStatus ?? null };
}

/** Saved reports over the query layer; Refresh checks a report for change (it does not rebaseline). */
export function reportService(layer: QueryLayer): ReportService {
  const find = async (id: string) => layer.reports.get(id).catch(() => null);
  return {
    list: async () => (await layer.reports.list()).map(summary),
    get: async (id) => {
      const report = await find(id);
      return report ? summary(report) : null;
    },
    save: async (input) => summary(await layer.reports.save(input)),
    async remove(id) {
      if (!(await find(id))) return false;
      await layer.reports.remove(id);
      return true;
    },
    async refresh(id) {
      const report = await layer.reports.get(id);
      const [check] = await layer.detectReportChanges({ names: [report.name] });
      return check!;
    },
    diff: (id) => layer.reports.diff(id),
    history: (id) => layer.reports.history(id),
    checkAll: () => layer.detectReportChanges(),
  };
}

/** Conflict resolution and reconciliation through the discovery plugin. */
export function catalogService(engine: ServerServices['engine']): CatalogService {
  return {
    resolveConflict: (id, resolution) =>
      getDiscovery(engine).resolveConflict(id, resolution.action === 'rename' ? { action: 'rename', newName: resolution.newName ?? '' } : { action: resolution.action }),
    reconcile: () => getDiscovery(engine).reconcile(),
    reviewRelationship: (id, decision) => getDiscovery(engine).reviewRelationship(id, decision),
  };
}
