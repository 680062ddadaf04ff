import { ErrorCodes, LivingSchemaError, describeError, type LlmMessage, type LlmProviderV1, type LlmUsage } from '@living-schema/core';
import { QUESTION_PREFIX } from './llm-provider-offline.js';
import type { FewShotExample, SchemaContext } from './schema-context.js';

/** The DuckDB rules every provider is given. */
export const DUCKDB_DIALECT_RULES = `You translate questions into one DuckDB SQL query over the tables below.
Rules:
- Write exactly one read-only SELECT (WITH ... SELECT and FROM-first are fine). No INSERT, UPDATE, DELETE, CREATE, COPY, ATTACH, PRAGMA, SET, INSTALL or LOAD.
- Read only the tables listed; never read files or URLs (no read_csv, read_parquet, read_json, glob or 'file.csv' as a table).
- DuckDB dialect: double-quote identifiers when needed, single-quote strings, ILIKE for case-insensitive matching, count(DISTINCT x), date_trunc, strftime, TRY_CAST; LIMIT for top-N.
- Compare text values case-insensitively with lower(col) = lower('value') unless the value is listed exactly.
- Entity mentions live in annotations (label = entity type, text = the annotated text, document_id); a merged alias counts as its entity type.
- Give columns short names with AS. Order results when the question asks for a ranking.
Answer with one JSON object and nothing else: {"sql": "<the query>", "reasoning": "<one sentence>"}.
If the tables cannot answer the question, answer {"sql": null, "refusal": "<what is missing>"}.`;

export interface GeneratedSql {
  sql: string;
  reasoning: string;
  provider: string;
  model: string;
  usage: LlmUsage;
  /** True when the first answer failed validation or binding and the repair round fixed it. */
  repaired: boolean;
  durationMs: number;
}

/** Builds the messages: dialect rules + schema context + few-shot examples, then the question. */
export function buildPrompt(question: string, context: SchemaContext, examples: FewShotExample[]): LlmMessage[] {
  const shots = examples.map((e) => `Q: ${e.question}\n${JSON.stringify({ sql: e.sql, reasoning: 'example' })}`).join('\n\n');
  return [
    { role: 'system', content: `${DUCKDB_DIALECT_RULES}\n\n${context.text}${shots ? `\n\nExamples:\n${shots}` : ''}` },
    { role: 'user', content: `${QUESTION_PREFIX} ${question}` },
  ];
}

type ParsedAnswer = { sql: string; reasoning: string } | { refusal: string; notUnderstood: string[] };

/** Reads `{ sql, reasoning }` (or a refusal) out of a model's text, tolerating code fences and prose around it. */
export function parseModelAnswer(text: string): ParsedAnswer {
  const fenced = /```(?:json|sql)?\s*([\s\S]*?)```/i.exec(text)?.[1];
  const candidates = [text.trim(), fenced?.trim(), /\{[\s\S]*\}/.exec(text)?.[0]].filter((c): c is string => Boolean(c));
  for (const candidate of candidates) {
    try {
      const value = JSON.parse(candidate) as Record<string, unknown>;
      if (typeof value.sql === 'string' && value.sql.trim()) return { sql: value.sql.trim(), reasoning: String(value.reasoning ?? '') };
      if (value.sql === null || typeof value.refusal === 'string') {
        return { refusal: String(value.refusal ?? 'the model could not answer from the schema'), notUnderstood: Array.isArray(value.notUnderstood) ? value.notUnderstood.map(String) : [] };
      }
    } catch {
      // Try the next reading.
    }
  }
  // A bare SELECT (some local models ignore the JSON instruction).
  const bare = fenced ?? text;
  if (/^\s*(with|select|from)\b/i.test(bare)) return { sql: bare.trim(), reasoning: '' };
  return { refusal: `the answer was neither JSON nor SQL: ${text.slice(0, 200)}`, notUnderstood: [] };
}

export interface GenerateDependencies {
  provider: LlmProviderV1;
  context: SchemaContext;
  examples: FewShotExample[];
  /** Validates and binds SQL; throws a Living Schema error naming what is wrong. */
  check(sql: string): Promise<void>;
  signal?: AbortSignal;
}

/**
 * Asks the provider for SQL, validates it, and on a validation or binding error sends the error
 * back for one repair round.
 */
export async function generateSqlWith(question: string, deps: GenerateDependencies): Promise<GeneratedSql> {
  const started = performance.now();
  const messages = buildPrompt(question, deps.context, deps.examples);
  const usage: LlmUsage = { inputTokens: 0, outputTokens: 0 };
  let model = deps.provider.model;
  let repaired = false;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const completion = await deps.provider.complete({ messages, maxTokens: 1024, temperature: 0, responseFormat: 'json', ...(deps.signal ? { signal: deps.signal } : {}) });
    usage.inputTokens += completion.usage.inputTokens;
    usage.outputTokens += completion.usage.outputTokens;
    model = completion.model;
    const answer = parseModelAnswer(completion.text);
    if ('refusal' in answer) {
      throw new LivingSchemaError({
        code: ErrorCodes.QUESTION_NOT_UNDERSTOOD,
        message: `The ${deps.provider.name} provider could not answer "${question}": ${answer.refusal}`,
        details: { question, provider: deps.provider.name, notUnderstood: answer.notUnderstood },
      });
    }
    try {
      await deps.check(answer.sql);
      return { sql: answer.sql, reasoning: answer.reasoning, provider: deps.provider.name, model, usage, repaired, durationMs: performance.now() - started };
    } catch (error) {
      if (attempt === 1 || deps.provider.name === 'offline') {
        if (LivingSchemaError.isInstance(error)) {
          error.details.generatedSql = answer.sql;
          throw error;
        }
        throw new LivingSchemaError({
          code: ErrorCodes.SQL_GENERATION_FAILED,
          message: `The SQL generated for "${question}" did not run: ${describeError(error)}`,
          details: { question, sql: answer.sql },
          cause: error,
        });
      }
      repaired = true;
      messages.push({ role: 'assistant', content: completion.text });
      messages.push({ role: 'user', content: `That SQL failed: ${describeError(error)}\nReturn a corrected JSON answer for the same question.\n${QUESTION_PREFIX} ${question}` });
    }
  }
  throw new LivingSchemaError({ code: ErrorCodes.SQL_GENERATION_FAILED, message: `No SQL for "${question}".`, details: { question } });
}
