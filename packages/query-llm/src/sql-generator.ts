import {
  ErrorCodes,
  LivingSchemaError,
  describeError,
  type LlmCompletion,
  type LlmMessage,
  type LlmProviderV1,
  type LlmUsage,
} from '@living-schema/core';
import { QUESTION_PREFIX } from './llm-provider-offline.js';
import type { FewShotExample, SchemaContext } from './schema-context.js';

/** The DuckDB rules every provider is given. */
export const DUCKDB_DIALECT_RULES = `You translate questions into one DuckDB SQL query over the tables below.
Rules:
- Write exactly one read-only SELECT (WITH ... SELECT and FROM-first are fine). No INSERT, UPDATE, DELETE, CREATE, COPY, ATTACH, PRAGMA, SET, INSTALL or LOAD.
- Read only the tables listed; never read files or URLs (no read_csv, read_parquet, read_json, glob or 'file.csv' as a table).
- Join tables only along the {"relationship": ...} lines (from.column = to.column); a question about a lookup table's attribute joins the fact table to it.
- A column's "unit" says what it measures (kg, eur, hours...): "how much" or "total" of a quantity sums that column; "how many" counts rows ("rowNoun" says what one row is).
- Dates relative to now ("last month", "this year", "in the past 30 days") are relative to the {"today": ...} line, not to the data.
- DuckDB dialect: double-quote identifiers when needed, single-quote strings, ILIKE for case-insensitive matching, count(DISTINCT x), date_trunc, strftime, TRY_CAST; LIMIT for top-N.
- Compare text values case-insensitively with lower(col) = lower('value') unless the value is listed exactly.
- Entity mentions live in annotations (label = entity type, text = the annotated text, document_id); a merged alias counts as its entity type.
- Give columns short names with AS. Order results when the question asks for a ranking.
- The {"example": ...} lines are verified answers to similar questions: follow their joins and filters when they fit.
Answer with one JSON object and nothing else, reasoning first: {"reasoning": "<one or two sentences: tables, joins, filters>", "sql": "<the query>"}.
If the tables cannot answer the question, answer {"reasoning": "<why>", "sql": null, "refusal": "<what is missing>"}.`;

export interface GeneratedSql {
  sql: string;
  reasoning: string;
  provider: string;
  model: string;
  usage: LlmUsage;
  /** True when the first answer failed validation or binding and the repair round fixed it. */
  repaired: boolean;
  /** The contradiction between the first SQL's result and the question that a second round was asked to fix. */
  shapeRepair?: { problem: string; message: string; fixed: boolean };
  durationMs: number;
}

export interface PromptOptions {
  /** The engine clock's date, `YYYY-MM-DD`: the prompt's `{"today": ...}` line. Default: now (UTC). */
  today?: string;
}

/** A JSON line for each example: `{"example": {"question": ..., "sql": ...}}`. */
export function exampleLines(examples: FewShotExample[]): string[] {
  return examples.map((e) => JSON.stringify({ example: { question: e.question, sql: e.sql } }));
}

/**
 * The `{"example": ...}` lines of a prompt read back: the verified pairs retrieved for its
 * question. The offline reader uses them as templates.
 */
export function examplesFromPrompt(prompt: string): FewShotExample[] {
  const examples: FewShotExample[] = [];
  for (const line of prompt.split('\n')) {
    if (!line.startsWith('{"example"')) continue;
    try {
      const value = (JSON.parse(line) as { example?: { question?: unknown; sql?: unknown } })
        .example;
      if (typeof value?.question === 'string' && typeof value.sql === 'string')
        examples.push({ question: value.question, sql: value.sql });
    } catch {
      // Not an example line.
    }
  }
  return examples;
}

/**
 * Builds the messages: dialect rules, the `{"today": ...}` line, the schema context, the
 * examples retrieved for this question (none rather than generic ones), then the question.
 */
export function buildPrompt(
  question: string,
  context: SchemaContext,
  examples: FewShotExample[],
  options: PromptOptions = {},
): LlmMessage[] {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const shots = exampleLines(examples);
  const system = [
    DUCKDB_DIALECT_RULES,
    '',
    JSON.stringify({ today }),
    context.text,
    ...(shots.length ? ['', 'Verified answers to similar questions:', ...shots] : []),
  ].join('\n');
  return [
    { role: 'system', content: system },
    { role: 'user', content: `${QUESTION_PREFIX} ${question}` },
  ];
}

type ParsedAnswer =
  | { sql: string; reasoning: string }
  | { refusal: string; notUnderstood: string[] };

/** Reads `{ sql, reasoning }` (or a refusal) out of a model's text, tolerating code fences and prose around it. */
export function parseModelAnswer(text: string): ParsedAnswer {
  const fenced = /```(?:json|sql)?\s*([\s\S]*?)```/i.exec(text)?.[1];
  const candidates = [text.trim(), fenced?.trim(), /\{[\s\S]*\}/.exec(text)?.[0]].filter(
    (c): c is string => Boolean(c),
  );
  for (const candidate of candidates) {
    try {
      const value = JSON.parse(candidate) as Record<string, unknown>;
      if (typeof value.sql === 'string' && value.sql.trim())
        return { sql: value.sql.trim(), reasoning: String(value.reasoning ?? '') };
      if (value.sql === null || typeof value.refusal === 'string') {
        return {
          refusal: String(
            value.refusal ?? value.reasoning ?? 'the model could not answer from the schema',
          ),
          notUnderstood: Array.isArray(value.notUnderstood) ? value.notUnderstood.map(String) : [],
        };
      }
    } catch {
      // Try the next reading.
    }
  }
  // A bare SELECT (some local models ignore the JSON instruction).
  const bare = fenced ?? text;
  if (/^\s*(with|select|from)\b/i.test(bare)) return { sql: bare.trim(), reasoning: '' };
  return {
    refusal: `the answer was neither JSON nor SQL: ${text.slice(0, 200)}`,
    notUnderstood: [],
  };
}

export interface GenerateDependencies {
  provider: LlmProviderV1;
  context: SchemaContext;
  /** Verified pairs retrieved for this question; empty when none is similar enough. */
  examples: FewShotExample[];
  /** The engine clock's date for the `{"today": ...}` line. */
  today?: string;
  /** Validates and binds SQL; throws a Living Schema error naming what is wrong. */
  check(sql: string): Promise<void>;
  /**
   * Runs SQL that passed `check` and says how its result contradicts the question, or null.
   * Given, a contradiction earns one more round (not for the offline provider: it would answer
   * the same again).
   */
  inspect?(sql: string): Promise<{ problem: string; message: string } | null>;
  signal?: AbortSignal;
}

/** One conversation with the provider, usage added up over its rounds. */
class Conversation {
  readonly usage: LlmUsage = { inputTokens: 0, outputTokens: 0 };
  model: string;

  constructor(
    private readonly deps: GenerateDependencies,
    readonly question: string,
    readonly messages: LlmMessage[],
  ) {
    this.model = deps.provider.model;
  }

  /** Asks for an answer; a refusal throws `LS_QUESTION_NOT_UNDERSTOOD` quoting the model. */
  async ask(): Promise<{ sql: string; reasoning: string; text: string }> {
    const request = {
      messages: this.messages,
      maxTokens: 1024,
      temperature: 0,
      responseFormat: 'json' as const,
      ...(this.deps.signal ? { signal: this.deps.signal } : {}),
    };
    const completion: LlmCompletion = await this.deps.provider.complete(request);
    this.usage.inputTokens += completion.usage.inputTokens;
    this.usage.outputTokens += completion.usage.outputTokens;
    this.model = completion.model;
    const answer = parseModelAnswer(completion.text);
    if ('refusal' in answer) {
      throw new LivingSchemaError({
        code: ErrorCodes.QUESTION_NOT_UNDERSTOOD,
        message: `The ${this.deps.provider.name} provider could not answer "${this.question}": ${answer.refusal}`,
        details: {
          question: this.question,
          provider: this.deps.provider.name,
          notUnderstood: answer.notUnderstood,
        },
      });
    }
    return { ...answer, text: completion.text };
  }

  /** Sends the model's last answer back with what was wrong with it, for another round. */
  reply(answerText: string, complaint: string): void {
    this.messages.push({ role: 'assistant', content: answerText });
    this.messages.push({
      role: 'user',
      content: `${complaint}\nReturn a corrected JSON answer for the same question.\n${QUESTION_PREFIX} ${this.question}`,
    });
  }
}

/** The error a generated SQL that still fails is reported with: guard refusals keep their code. */
function generationFailure(question: string, sql: string, error: unknown): LivingSchemaError {
  if (LivingSchemaError.isInstance(error)) {
    error.details.generatedSql = sql;
    return error;
  }
  return new LivingSchemaError({
    code: ErrorCodes.SQL_GENERATION_FAILED,
    message: `The SQL generated for "${question}" did not run: ${describeError(error)}`,
    details: { question, sql },
    cause: error,
  });
}

/** Stage 1: an answer whose SQL validates and binds, with one repair round on an error. */
async function checkedAnswer(
  conversation: Conversation,
  deps: GenerateDependencies,
): Promise<{ sql: string; reasoning: string; text: string; repaired: boolean }> {
  const first = await conversation.ask();
  try {
    await deps.check(first.sql);
    return { ...first, repaired: false };
  } catch (error) {
    if (deps.provider.name === 'offline')
      throw generationFailure(conversation.question, first.sql, error);
    conversation.reply(first.text, `That SQL failed: ${describeError(error)}`);
  }
  const second = await conversation.ask();
  try {
    await deps.check(second.sql);
  } catch (error) {
    throw generationFailure(conversation.question, second.sql, error);
  }
  return { ...second, repaired: true };
}

/**
 * Stage 2: when the SQL runs but its result contradicts the question, one more round. The
 * answer of that round replaces the first only when it validates and binds.
 */
async function shapeRepaired(
  conversation: Conversation,
  answer: { sql: string; reasoning: string; text: string },
  deps: GenerateDependencies,
) {
  if (!deps.inspect || deps.provider.name === 'offline')
    return { ...answer, shapeRepair: undefined };
  const contradiction = await deps.inspect(answer.sql);
  if (!contradiction) return { ...answer, shapeRepair: undefined };
  conversation.reply(
    answer.text,
    `That SQL ran, but its result contradicts the question: ${contradiction.message}`,
  );
  const retry = await conversation.ask();
  try {
    await deps.check(retry.sql);
    return { ...retry, shapeRepair: { ...contradiction, fixed: true } };
  } catch {
    return { ...answer, shapeRepair: { ...contradiction, fixed: false } };
  }
}

/**
 * Asks the provider for SQL and validates it: on a validation or binding error the error goes
 * back for one repair round; when the SQL runs but its result contradicts the question's shape,
 * one more round.
 */
export async function generateSqlWith(
  question: string,
  deps: GenerateDependencies,
): Promise<GeneratedSql> {
  const started = performance.now();
  const conversation = new Conversation(
    deps,
    question,
    buildPrompt(question, deps.context, deps.examples, deps.today ? { today: deps.today } : {}),
  );
  const checked = await checkedAnswer(conversation, deps);
  const final = await shapeRepaired(conversation, checked, deps);
  return {
    sql: final.sql,
    reasoning: final.reasoning,
    provider: deps.provider.name,
    model: conversation.model,
    usage: conversation.usage,
    repaired: checked.repaired,
    ...(final.shapeRepair ? { shapeRepair: final.shapeRepair } : {}),
    durationMs: performance.now() - started,
  };
}
