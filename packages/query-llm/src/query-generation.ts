import { systemClock, type Clock, type LlmProviderV1, type SinkV1 } from '@living-schema/core';
import { namedValues, shapeContradiction, type NamedValue } from './answer-shape.js';
import { rankBySimilarity } from './few-shot-retrieval.js';
import { refuseInternalTables } from './internal-tables.js';
import type { QuerySchemaCache } from './query-schema-cache.js';
import {
  matchQuestionValues,
  renderSchemaContext,
  type FewShotExample,
  type SchemaFacts,
} from './schema-context.js';
import type { SensitiveColumns } from '@living-schema/core';
import { withoutSensitiveValues } from './sensitive-columns.js';
import { generateSqlWith, type GeneratedSql } from './sql-generator.js';
import type { ValidatedSql } from './sql-validator.js';
import type { VerifiedPairStore } from './verified-pairs.js';

/** What turning a question into SQL needs from the rest of the layer. */
export interface GenerationDependencies {
  sink: SinkV1;
  cache: QuerySchemaCache;
  pairs: VerifiedPairStore;
  provider: LlmProviderV1;
  clock?: Clock;
  budgetTokens: number;
  matchValues: boolean;
  maxExamples: number;
  /** Columns whose values stay out of the prompt (see sensitive-columns.ts). */
  sensitiveColumns: SensitiveColumns;
  timeoutMs: number;
  validate(sql: string): Promise<ValidatedSql>;
}

/** Rows the shape check reads of a generated query: enough to tell none from some. */
const INSPECT_ROWS = 20;

/** Question -> context -> examples -> provider -> checked SQL, as named stages. */
export class SqlGeneration {
  constructor(private readonly deps: GenerationDependencies) {}

  /** The engine clock's date (UTC), for the prompt's `{"today": ...}` line. */
  today(): string {
    return (this.deps.clock ?? systemClock).now().toISOString().slice(0, 10);
  }

  /** Stage 1: the schema facts, with the question's values looked up in columns too large to list. */
  async factsFor(question: string): Promise<SchemaFacts> {
    const facts = await this.deps.cache.factsAt();
    return this.deps.matchValues ? matchQuestionValues(this.deps.sink, facts, question) : facts;
  }

  /** Stage 2: the verified pairs most like the question, none when none is similar enough. */
  async examplesFor(
    question: string,
    options: { limit?: number; exclude?: string[] } = {},
  ): Promise<FewShotExample[]> {
    const excluded = new Set(options.exclude ?? []);
    const pairs = (await this.deps.pairs.list()).filter((pair) => !excluded.has(pair.id));
    const ranked = rankBySimilarity(question, pairs, {
      limit: options.limit ?? this.deps.maxExamples,
    });
    return ranked.map(({ candidate }) => ({ question: candidate.question, sql: candidate.sql }));
  }

  /** Validates and binds generated SQL without reading a row; internal tables are refused. */
  async bindCheck(sql: string): Promise<void> {
    const validated = await this.deps.validate(sql);
    refuseInternalTables(validated);
    await this.deps.sink.query(`SELECT * FROM (\n${validated.sql}\n) AS checked LIMIT 0`, {
      sandboxed: true,
      timeoutMs: this.deps.timeoutMs,
      maxRows: 1,
    });
  }

  /** Runs checked SQL briefly and compares its result with the question's shape. */
  async inspect(question: string, sql: string, named: NamedValue[]) {
    try {
      const validated = await this.deps.validate(sql);
      const result = await this.deps.sink.query(validated.sql, {
        sandboxed: true,
        timeoutMs: this.deps.timeoutMs,
        maxRows: INSPECT_ROWS,
      });
      return shapeContradiction(
        question,
        { sql: validated.sql, columns: result.columns.map((c) => c.name), rows: result.rows },
        named,
      );
    } catch {
      // A run that fails here fails again in the real run, which reports it.
      return null;
    }
  }

  /** Plain language -> validated SQL, with the repair rounds of `generateSqlWith`. */
  async generate(
    question: string,
    options: { excludeExamples?: string[] } = {},
  ): Promise<GeneratedSql> {
    const facts = await this.factsFor(question);
    const sendable = withoutSensitiveValues(facts, this.deps.sensitiveColumns);
    const context = renderSchemaContext(sendable, { budgetTokens: this.deps.budgetTokens, question });
    const examples = await this.examplesFor(question, { exclude: options.excludeExamples ?? [] });
    const named = namedValues(question, facts);
    return generateSqlWith(question, {
      provider: this.deps.provider,
      context,
      examples,
      today: this.today(),
      check: (sql) => this.bindCheck(sql),
      inspect: (sql) => this.inspect(question, sql, named),
    });
  }
}
