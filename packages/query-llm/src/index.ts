export { createQueryLayer, queryLayer } from './query-layer.js';
export type {
  ExecuteQueryInput,
  ExecutionStatus,
  QueryExecution,
  QueryLayer,
  QueryLayerOptions,
  QueryMode,
  ReportCheck,
  ReportDiff,
  ReportHistoryEntry,
  ReportStatus,
  SaveReportInput,
  SavedReport,
} from './query-layer.js';
export { createLlmProvider, resolveLlmSelection, unusedVendorKeys } from './llm-provider-factory.js';
export { llmProviderOptionsSchema, DEFAULT_MODELS, DEFAULT_KEY_ENV, LLM_PROVIDER_NAMES, type LlmProviderName, type LlmProviderOptions } from './llm-provider-options.js';
export { anthropicProvider, type SdkProviderSettings } from './llm-provider-anthropic.js';
export { openAiProvider } from './llm-provider-openai.js';
export { offlineProvider, schemaFromPrompt } from './llm-provider-offline.js';
export { scrubSecret } from './llm-provider-errors.js';
export { resolveQueryLogRetention, QUERY_LOG_PRUNE_EVERY, type QueryLogRetentionOptions, type QueryLogRetention } from './query-log-retention.js';
export { translateQuestion, type OfflineAnswer, type OfflineSchema } from './offline-sql.js';
export {
  collectSchemaFacts,
  renderSchemaContext,
  fewShotExamples,
  tableRelevance,
  matchQuestionValues,
  candidatePhrases,
  estimateTokens,
  DEFAULT_CONTEXT_BUDGET,
  type SchemaColumn,
  type SchemaContext,
  type SchemaContextOptions,
  type SchemaEntityType,
  type SchemaFacts,
  type SchemaTable,
  type FewShotExample,
} from './schema-context.js';
export { buildPrompt, parseModelAnswer, generateSqlWith, exampleLines, examplesFromPrompt, DUCKDB_DIALECT_RULES, type GeneratedSql, type PromptOptions } from './sql-generator.js';
export { validateSql, GUARD_RULES, refusal, type GuardRule, type ValidatedSql, type TableReference } from './sql-validator.js';
export { rewriteAsOf, parseAsOf } from './query-time-travel.js';
export { resultHash, diffResults, inferKeyColumns, canonicalValue, type ResultDiff, type RowChange } from './query-result-hash.js';
export {
  runEvaluation,
  runVerifiedEvaluation,
  summariseOutcomes,
  accuracyByKind,
  compareResults,
  type EvalQuestion,
  type EvalReport,
  type EvalOutcome,
  type KindAccuracy,
} from './query-eval.js';
export { recordFeedback, type FeedbackInput, type FeedbackOutcome, type Verdict } from './answer-feedback.js';
export { VerifiedPairStore, questionKey, type VerifiedPair, type VerifiedPairInput, type VerifiedPairSource } from './verified-pairs.js';
export { rankBySimilarity, questionTerms, type RankedCandidate, type RetrievalCandidate, type RetrievalOptions } from './few-shot-retrieval.js';
export { shapeContradiction, namedValues, type NamedValue, type ShapeContradiction, type RunShape } from './answer-shape.js';
export { withoutSensitiveValues, checkSensitiveColumns } from './sensitive-columns.js';
export { INTERNAL_TABLES, isInternalTable, userFacingFacts, refuseInternalTables } from './internal-tables.js';
