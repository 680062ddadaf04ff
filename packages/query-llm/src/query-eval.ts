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
}

export interface EvalOutcome {
  q: string;
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
  latencyMs: { p50: number; p95: number; mean: number };
  outcomes: EvalOutcome[];
}

function normalise(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'bigint') return Number(value).toFixed(2);
  if (typeof value === 'string' && /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i.test(value.trim())) return Number(value).toFixed(2);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Compares an answer with gold rows: numbers to 2 decimals, column names ignored, order only when `ordered`. */
export function compareResults(gold: unknown[][], actual: unknown[][], options: { ordered?: boolean; firstColumnOnly?: boolean } = {}): boolean {
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
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Runs every question through the layer's provider and scores execution accuracy. */
export async function runEvaluation(layer: QueryLayer, questions: EvalQuestion[]): Promise<EvalReport> {
  const outcomes: EvalOutcome[] = [];
  for (const question of questions) {
    const started = performance.now();
    try {
      const run = await layer.executeQuery({ question: question.q });
      const correct = compareResults(question.rows, run.rows, question);
      outcomes.push({ q: question.q, status: correct ? 'correct' : 'wrong', sql: run.sql, latencyMs: performance.now() - started, ...(correct ? {} : { rows: run.rows.slice(0, 20) }) });
    } catch (error) {
      const code = LivingSchemaError.isInstance(error) ? error.code : null;
      const sql = LivingSchemaError.isInstance(error) && typeof error.details.generatedSql === 'string' ? error.details.generatedSql : null;
      const status: EvalOutcome['status'] =
        code === ErrorCodes.QUESTION_NOT_UNDERSTOOD ? 'refused' : code === ErrorCodes.QUERY_REFUSED || code === ErrorCodes.QUERY_FAILED || code === ErrorCodes.SQL_GENERATION_FAILED ? 'invalid_sql' : 'error';
      outcomes.push({ q: question.q, status, sql, latencyMs: performance.now() - started, message: describeError(error) });
    }
  }
  const latencies = outcomes.map((o) => o.latencyMs).sort((x, y) => x - y);
  const correct = outcomes.filter((o) => o.status === 'correct').length;
  const ran = outcomes.filter((o) => o.status === 'correct' || o.status === 'wrong').length;
  return {
    provider: layer.provider.name,
    model: layer.provider.model,
    questions: questions.length,
    correct,
    executionAccuracy: questions.length ? correct / questions.length : 0,
    validSqlRate: questions.length ? ran / questions.length : 0,
    refusals: outcomes.filter((o) => o.status === 'refused').length,
    latencyMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), mean: latencies.reduce((s, l) => s + l, 0) / (latencies.length || 1) },
    outcomes,
  };
}
