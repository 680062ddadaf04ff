import { ErrorCodes, LivingSchemaError, currentSchemaVersion, type LivingSchema } from '@living-schema/core';
import { recordFeedback } from './answer-feedback.js';
import { refuseInternalTables } from './internal-tables.js';
import { createLlmProvider } from './llm-provider-factory.js';
import { executeQuery } from './query-execute.js';
import { resolveQueryLogRetention } from './query-log-retention.js';
import { ExecutionLog, bookkeepingRunner } from './query-execution-log.js';
import { SqlGeneration } from './query-generation.js';
import { checkSensitiveColumns, withoutSensitiveValues } from './sensitive-columns.js';
import { ReportChecks } from './query-report-checks.js';
import { ReportStore } from './query-report-store.js';
import { QuerySchemaCache } from './query-schema-cache.js';
import type {
  ExecuteQueryInput,
  QueryExecution,
  QueryLayer,
  QueryLayerOptions,
} from './query-types.js';
import {
  DEFAULT_CONTEXT_BUDGET,
  matchQuestionValues,
  renderSchemaContext,
  type SchemaContext,
  type SchemaContextOptions,
} from './schema-context.js';
import { validateSql } from './sql-validator.js';
import { VerifiedPairStore, type VerifiedPair, type VerifiedPairInput } from './verified-pairs.js';

export type * from './query-types.js';

/**
 * Creates the query layer over a store: schema context, SQL generation and guarding, logged
 * execution in three modes, saved reports and change detection, and feedback that turns marked
 * answers into verified question-SQL pairs. Each part is its own module; this only wires them.
 *
 * @example
 * const query = createQueryLayer({ sink, events: ls.events });
 * const answer = await query.executeQuery({ question: 'How many vessels are flagged in Liberia?' });
 * await query.feedback({ executionId: answer.executionId, verdict: 'right', kind: 'filter' });
 * await query.reports.save({ name: 'liberia', question: 'How many vessels are flagged in Liberia?' });
 */
export function createQueryLayer(options: QueryLayerOptions): QueryLayer {
  const { sink, events } = options;
  const provider = options.provider ?? createLlmProvider();
  const limits = {
    maxRows: options.maxRows ?? 10_000,
    timeoutMs: options.timeoutMs ?? 30_000,
    ...(options.maxResultBytes ? { maxResultBytes: options.maxResultBytes } : {}),
  };
  const budgetTokens = options.budgetTokens ?? DEFAULT_CONTEXT_BUDGET;
  const sensitiveColumns = options.sensitiveColumns ?? [];
  checkSensitiveColumns(sensitiveColumns);
  const runner = bookkeepingRunner(sink);
  const cache = new QuerySchemaCache(sink, events);
  const executions = new ExecutionLog(sink, runner, provider.name, resolveQueryLogRetention(options.queryLog), events);
  const pairs = new VerifiedPairStore(sink, runner);
  const validate = (sql: string) => validateSql(sql, sink.reader);
  const generation = new SqlGeneration({
    sink,
    cache,
    pairs,
    provider,
    ...(options.clock ? { clock: options.clock } : {}),
    budgetTokens,
    matchValues: options.matchValues !== false,
    maxExamples: options.maxExamples ?? 3,
    sensitiveColumns,
    timeoutMs: limits.timeoutMs,
    validate,
  });
  const generateSQL = (question: string, generateOptions?: { excludeExamples?: string[] }) =>
    generation.generate(question, generateOptions);
  const currentVersion = () => currentSchemaVersion(sink.catalog);
  // Reports and executions refer to each other (a report runs queries; a snapshot run reads its report).
  let store: ReportStore;
  const run = (input: ExecuteQueryInput): Promise<QueryExecution> =>
    executeQuery(input, {
      sink,
      cache,
      log: executions,
      limits,
      validate,
      generateSQL,
      getReport: (id) => store.get(id),
      currentVersion,
    });
  store = new ReportStore({
    sink,
    log: runner,
    cache,
    providerName: provider.name,
    executeQuery: run,
    generateSQL,
    validate,
  });
  const checks = new ReportChecks({
    sink,
    log: runner,
    store,
    ...(events ? { events } : {}),
    executeQuery: run,
  });

  async function schemaContext(contextOptions: SchemaContextOptions = {}): Promise<SchemaContext> {
    const facts = await cache.factsAt(contextOptions.at);
    const matched =
      contextOptions.question && options.matchValues !== false
        ? await matchQuestionValues(sink, facts, contextOptions.question)
        : facts;
    return renderSchemaContext(withoutSensitiveValues(matched, sensitiveColumns), {
      budgetTokens: contextOptions.budgetTokens ?? budgetTokens,
      question: contextOptions.question,
    });
  }

  async function addPair(input: VerifiedPairInput): Promise<VerifiedPair> {
    if (!input.question?.trim())
      throw new LivingSchemaError({
        code: ErrorCodes.FEEDBACK_INVALID,
        message: 'A verified pair needs a question.',
        details: {},
      });
    const validated = await validate(input.sql);
    refuseInternalTables(validated);
    const checked = await run({ sql: validated.sql });
    return pairs.upsert({
      question: input.question,
      sql: validated.sql,
      kind: input.kind ?? null,
      source: 'manual',
      executionId: checked.executionId,
    });
  }

  async function removePair(id: string): Promise<void> {
    if (!(await pairs.remove(id))) {
      throw new LivingSchemaError({
        code: ErrorCodes.NOT_FOUND,
        message: `No verified pair ${id}.`,
        details: { pair: id },
      });
    }
  }

  return {
    provider,
    schemaContext,
    generateSQL,
    validate,
    executeQuery: run,
    reports: {
      save: (input) => store.save(input),
      list: () => store.list(),
      get: (nameOrId) => store.get(nameOrId),
      refresh: (nameOrId) => store.refresh(nameOrId),
      diff: async (nameOrId) => (await store.get(nameOrId)).lastDiff,
      history: (nameOrId) => store.history(nameOrId),
      remove: (nameOrId) => store.remove(nameOrId),
    },
    detectReportChanges: (detectOptions) => checks.detect(detectOptions),
    scheduleReportChecks: (pattern, onResult) => checks.schedule(pattern, onResult),
    feedback: (input) =>
      recordFeedback(input, { executions, pairs, runner, validate, executeQuery: run }),
    verifiedExamplesFor: (question, exampleOptions) =>
      generation.examplesFor(question, exampleOptions),
    verifiedPairs: { list: () => pairs.list(), add: addPair, remove: removePair },
    invalidate: () => cache.invalidate(),
    close() {
      checks.close();
      cache.close();
    },
  };
}

/** The query layer of an engine: its sink, its events, its clock and its configured LLM (offline when none). */
export function queryLayer(
  engine: LivingSchema,
  options: Omit<QueryLayerOptions, 'sink' | 'events'> = {},
): QueryLayer {
  const clock = options.clock ?? engine.config.clock;
  return createQueryLayer({
    sink: engine.sink,
    events: engine.events,
    ...(clock ? { clock } : {}),
    sensitiveColumns: engine.config.sensitiveColumns,
    ...options,
    provider: options.provider ?? engine.config.llm ?? undefined,
  });
}
