import { LivingSchemaError, describeError, ErrorCodes } from '@living-schema/core';
import type { QueryLayer } from './query-layer.js';

/** One question of an evaluation set: the gold result rows, compared as a multiset unless `ordered`. */
export interface EvalQuestion {
  q: string;
  rows: unknown[][];
  /** Compare row order too. Default false. */
  ordered?: boolean;
  /** Compare only the first column of the answer (list questions where extra columns are fine). Default false. */
  firstColumnOnly?: boolean;
  /** What kind of question (join, date, top-n...): the report gives accuracy per kind. */
  kind?: string;
  /** Verified pairs (by id) left out of the prompt while this question is asked. */
  excludeExamples?: string[];
}

export interface EvalOutcome {
  q: string;
  kind: string | null;
  status: 'correct' | 'wrong' | 'refused' | 'invalid_sql' | 'error';
  sql: string | null;
  latencyMs: number;
  message?: string;
  rows?: unknown[][];
}

export interface EvalReport {
  provider: string;
  model: string;
  questions: number;
  correct: number;
  /** correct / questions. */
  executionAccuracy: number;
  /** Questions whose generated SQL passed the guard and ran / questions. */
  validSqlRate: number;
  refusals: number;
  /** Answers returned (the SQL ran) but different from the gold rows. */
  wrong: number;
  /** wrong / questions: the answers a user would have trusted and should not have. */
  wrongAnswerRate: number;
  /** The same figures per kind (questions without one under "(none)"). */
  byKind: Record<string, KindAccuracy>;
  latencyMs: { p50: number; p95: number; mean: number };
  outcomes: EvalOutcome[];
}

export interface KindAccuracy {
  questions: number;
  correct: number;
  wrong: number;
  refused: number;
  /** correct / questions. */
  accuracy: number;
}

const NO_KIND = '(none)';

function normalise(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'bigint') return Number(value).toFixed(2);
  if (typeof value === 'string' && /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i.test(value.trim()))
    return Number(value).toFixed(2);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Compares an answer with gold rows: numbers to 2 decimals, column names ignored, order only when `ordered`. */
export function compareResults(
  gold: unknown[][],
  actual: unknown[][],
  options: { ordered?: boolean; firstColumnOnly?: boolean } = {},
): boolean {
  const shape = (rows: unknown[][]) =>
    rows.map((row) => {
      const cells = Array.isArray(row) ? row : [row];
      return JSON.stringify((options.firstColumnOnly ? cells.slice(0, 1) : cells).map(normalise));
    });
  const a = shape(gold);
  const b = shape(actual);
  if (a.length !== b.length) return false;
  if (!options.ordered) {
    a.sort();
    b.sort();
  }
  return a.every((row, i) => row === b[i]);
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  ]!;
}

/** Asks one question and compares the answer with its gold rows. */
async function evaluateOne(layer: QueryLayer, question: EvalQuestion): Promise<EvalOutcome> {
  const started = performance.now();
  const kind = question.kind ?? null;
  try {
    const run = await layer.executeQuery({
      question: question.q,
      ...(question.excludeExamples ? { excludeExamples: question.excludeExamples } : {}),
    });
    const correct = compareResults(question.rows, run.rows, question);
    return {
      q: question.q,
      kind,
      status: correct ? 'correct' : 'wrong',
      sql: run.sql,
      latencyMs: performance.now() - started,
      ...(correct ? {} : { rows: run.rows.slice(0, 20) }),
    };
  } catch (error) {
    const code = LivingSchemaError.isInstance(error) ? error.code : null;
    const sql =
      LivingSchemaError.isInstance(error) && typeof error.details.generatedSql === 'string'
        ? error.details.generatedSql
        : null;
    const invalidSql =
      code === ErrorCodes.QUERY_REFUSED ||
      code === ErrorCodes.QUERY_FAILED ||
      code === ErrorCodes.SQL_GENERATION_FAILED;
    const status: EvalOutcome['status'] =
      code === ErrorCodes.QUESTION_NOT_UNDERSTOOD
        ? 'refused'
        : invalidSql
        ? 'invalid_sql'
        : 'error';
    return {
      q: question.q,
      kind,
      status,
      sql,
      latencyMs: performance.now() - started,
      message: describeError(error),
    };
  }
}

/** Accuracy, wrong answers and refusals per kind. */
export function accuracyByKind(outcomes: EvalOutcome[]): Record<string, KindAccuracy> {
  const byKind: Record<string, KindAccuracy> = {};
  for (const outcome of outcomes) {
    const entry = (byKind[outcome.kind ?? NO_KIND] ??= {
      questions: 0,
      correct: 0,
      wrong: 0,
      refused: 0,
      accuracy: 0,
    });
    entry.questions += 1;
    if (outcome.status === 'correct') entry.correct += 1;
    if (outcome.status === 'wrong') entry.wrong += 1;
    if (outcome.status === 'refused') entry.refused += 1;
  }
  for (const entry of Object.values(byKind)) entry.accuracy = entry.correct / entry.questions;
  return byKind;
}

/** Scores outcomes: execution accuracy, valid-SQL rate, refusals, wrong answers, latency, by kind. */
export function summariseOutcomes(
  layer: Pick<QueryLayer, 'provider'>,
  outcomes: EvalOutcome[],
): EvalReport {
  const count = (status: EvalOutcome['status']) =>
    outcomes.filter((o) => o.status === status).length;
  const latencies = outcomes.map((o) => o.latencyMs).sort((x, y) => x - y);
  const total = outcomes.length;
  const correct = count('correct');
  const wrong = count('wrong');
  return {
    provider: layer.provider.name,
    model: layer.provider.model,
    questions: total,
    correct,
    executionAccuracy: total ? correct / total : 0,
    validSqlRate: total ? (correct + wrong) / total : 0,
    refusals: count('refused'),
    wrong,
    wrongAnswerRate: total ? wrong / total : 0,
    byKind: accuracyByKind(outcomes),
    latencyMs: {
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      mean: latencies.reduce((s, l) => s + l, 0) / (latencies.length || 1),
    },
    outcomes,
  };
}

/** Runs every question through the layer's provider and scores execution accuracy. */
export async function runEvaluation(
  layer: QueryLayer,
  questions: EvalQuestion[],
): Promise<EvalReport> {
  const outcomes: EvalOutcome[] = [];
  for (const question of questions) outcomes.push(await evaluateOne(layer, question));
  return summariseOutcomes(layer, outcomes);
}

/**
 * Runs the verified pairs as a regression set: each pair's SQL, run now, gives the gold rows;
 * its question is asked with the pair itself left out of the examples (so it cannot pass by
 * being copied). A pair whose SQL no longer runs is an `error` outcome naming why.
 *
 * @example
 * const report = await runVerifiedEvaluation(layer);
 * console.log(report.executionAccuracy, report.wrongAnswerRate, report.byKind.join?.accuracy);
 */
export async function runVerifiedEvaluation(layer: QueryLayer): Promise<EvalReport> {
  const outcomes: EvalOutcome[] = [];
  for (const pair of await layer.verifiedPairs.list()) {
    let gold: unknown[][];
    try {
      gold = (await layer.executeQuery({ sql: pair.sql })).rows;
    } catch (error) {
      outcomes.push({
        q: pair.question,
        kind: pair.kind,
        status: 'error',
        sql: pair.sql,
        latencyMs: 0,
        message: `the verified SQL no longer runs: ${describeError(error)}`,
      });
      continue;
    }
    outcomes.push(
      await evaluateOne(layer, {
        q: pair.question,
        rows: gold,
        excludeExamples: [pair.id],
        ...(pair.kind ? { kind: pair.kind } : {}),
      }),
    );
  }
  return summariseOutcomes(layer, outcomes);
}
