import { randomUUID } from 'node:crypto';
import { ErrorCodes, LivingSchemaError, type SinkSqlRunner } from '@living-schema/core';
import { refuseInternalTables } from './internal-tables.js';
import type { ExecutionLog, LoggedExecution } from './query-execution-log.js';
import type { ExecuteQueryInput, QueryExecution } from './query-types.js';
import type { ValidatedSql } from './sql-validator.js';
import type { VerifiedPair, VerifiedPairStore } from './verified-pairs.js';

export type Verdict = 'right' | 'wrong';

export interface FeedbackInput {
  /** The logged run being judged (`executionId` of `ask --json`, the API and the UI). */
  executionId: string;
  verdict: Verdict;
  /** With `wrong`: the SQL that answers the question. Validated and run once, then verified. */
  sql?: string;
  /** What kind of question this is (join, date, top-n...); `eval` reports accuracy per kind. */
  kind?: string;
  note?: string;
}

export interface FeedbackOutcome {
  feedbackId: string;
  executionId: string;
  verdict: Verdict;
  question: string;
  /** The question's verified pair after this feedback (null when it has none). */
  verifiedPair: VerifiedPair | null;
  /** The pair removed because the answer it gave was marked wrong. */
  retiredPairId: string | null;
  /** The run of the corrected SQL. */
  correction: {
    executionId: string;
    rowCount: number;
    columns: string[];
    rows: unknown[][];
  } | null;
}

export interface FeedbackDependencies {
  executions: ExecutionLog;
  pairs: VerifiedPairStore;
  runner: SinkSqlRunner;
  validate(sql: string): Promise<ValidatedSql>;
  executeQuery(input: ExecuteQueryInput): Promise<QueryExecution>;
}

const invalid = (message: string, details: Record<string, unknown>) =>
  new LivingSchemaError({ code: ErrorCodes.FEEDBACK_INVALID, message, details });

/** Stage 1: the feedback is well-formed and about a logged answer to a question. */
async function judgedExecution(
  input: FeedbackInput,
  deps: FeedbackDependencies,
): Promise<LoggedExecution & { question: string }> {
  if (input.verdict !== 'right' && input.verdict !== 'wrong') {
    throw invalid(`Feedback verdict "${String(input.verdict)}" is neither "right" nor "wrong".`, {
      verdict: input.verdict,
    });
  }
  if (input.verdict === 'right' && input.sql !== undefined) {
    throw invalid('A corrected SQL goes with "wrong"; a right answer keeps its own SQL.', {
      verdict: input.verdict,
    });
  }
  if (input.sql !== undefined && !input.sql.trim())
    throw invalid('The corrected SQL is empty.', { sql: input.sql });
  const execution = await deps.executions.find(input.executionId);
  if (!execution) {
    throw new LivingSchemaError({
      code: ErrorCodes.NOT_FOUND,
      message: `No logged answer ${input.executionId}: use the executionId that \`ask --json\`, the API or the UI printed.`,
      details: { executionId: input.executionId },
    });
  }
  if (!execution.question) {
    throw invalid(
      `Execution ${input.executionId} ran SQL, not a question: there is no question to teach.`,
      { executionId: input.executionId },
    );
  }
  if (input.verdict === 'right' && execution.status !== 'ok') {
    throw invalid(
      `Execution ${input.executionId} was ${execution.status}, so there is no answer to mark right; mark it wrong with --sql instead.`,
      {
        executionId: input.executionId,
        status: execution.status,
      },
    );
  }
  return { ...execution, question: execution.question };
}

/** Stage 2: the pair the feedback verifies, retires or leaves alone. */
async function teach(
  input: FeedbackInput,
  execution: LoggedExecution & { question: string },
  deps: FeedbackDependencies,
) {
  if (input.verdict === 'right') {
    const pair = await deps.pairs.upsert({
      question: execution.question,
      sql: execution.sql,
      kind: input.kind ?? null,
      source: 'right',
      executionId: execution.executionId,
    });
    return { pair, retired: null, correction: null };
  }
  if (input.sql !== undefined) {
    // The correction runs once, logged like any answer: a SQL that does not run is never verified.
    const validated = await deps.validate(input.sql);
    refuseInternalTables(validated);
    const run = await deps.executeQuery({ sql: validated.sql });
    const pair = await deps.pairs.upsert({
      question: execution.question,
      sql: validated.sql,
      kind: input.kind ?? null,
      source: 'correction',
      executionId: run.executionId,
    });
    const correction = {
      executionId: run.executionId,
      rowCount: run.rowCount,
      columns: run.columns.map((c) => c.name),
      rows: run.rows,
    };
    return { pair, retired: null, correction };
  }
  // Wrong, no correction: a pair that gave exactly this SQL taught the wrong answer.
  const existing = await deps.pairs.forQuestion(execution.question);
  if (existing && existing.sql.trim() === execution.sql.trim()) {
    await deps.pairs.remove(existing.id);
    return { pair: null, retired: existing.id, correction: null };
  }
  return { pair: existing, retired: null, correction: null };
}

/**
 * Records a right/wrong mark on a logged answer. A right answer becomes the question's verified
 * pair; a wrong one with a corrected SQL (guarded and run once) replaces it; a wrong one without
 * retires a pair that gave that SQL. Every mark is kept in `answer_feedback`.
 */
export async function recordFeedback(
  input: FeedbackInput,
  deps: FeedbackDependencies,
): Promise<FeedbackOutcome> {
  const execution = await judgedExecution(input, deps);
  const taught = await teach(input, execution, deps);
  const feedbackId = randomUUID();
  await deps.runner.run(
    `INSERT INTO answer_feedback (id, execution_id, verdict, corrected_sql, correction_execution_id,
       verified_pair_id, retired_pair_id, kind, note, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())`,
    [
      feedbackId,
      execution.executionId,
      input.verdict,
      input.sql ?? null,
      taught.correction?.executionId ?? null,
      taught.pair?.id ?? null,
      taught.retired,
      input.kind ?? null,
      input.note ?? null,
    ],
  );
  return {
    feedbackId,
    executionId: execution.executionId,
    verdict: input.verdict,
    question: execution.question,
    verifiedPair: taught.pair,
    retiredPairId: taught.retired,
    correction: taught.correction,
  };
}
