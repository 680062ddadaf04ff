import { sha256, type AnnotationResponse } from '@living-schema/core';
import { boundedJson } from './argilla-json.js';
import type { NormalisedRecord } from './argilla-model.js';
import { isSpanQuestion, type AnnotationQuestion } from './argilla-questions.js';

function responseId(parts: Array<string | number | null>): string {
  return `rsp_${sha256(parts.map((p) => String(p ?? '')).join('\u0000')).slice(0, 32)}`;
}

/** A label, a rating or free text as plain text; lists and objects have none. */
function plainText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

function scoreOf(score: unknown): number | null {
  return typeof score === 'number' && Number.isFinite(score) ? score : null;
}

function typeOf(question: AnnotationQuestion | undefined): string | null {
  if (!question) return null;
  return isSpanQuestion(question) ? 'span' : (question.type ?? null);
}

interface Answer {
  question: string | null;
  value: unknown;
  annotator: string | null;
  status: string;
  origin: 'response' | 'suggestion';
  score: number | null;
  at: string | null;
}

/** Every answer of a record: one per question a response answers (or one row for a response that answers none), one per suggestion. */
function answersOf(record: NormalisedRecord): Answer[] {
  const answers: Answer[] = [];
  for (const response of record.responses) {
    const given = Object.entries(response.values ?? {}).filter(([, value]) => value !== undefined && value !== null);
    const who = { annotator: response.userId, status: response.status, origin: 'response' as const, score: null, at: response.updatedAt };
    // A response with no answer (a record discarded as it stood) is kept: who discarded it matters.
    if (given.length === 0) answers.push({ question: null, value: null, ...who });
    for (const [question, value] of given) answers.push({ question, value, ...who });
  }
  for (const suggestion of record.suggestions) {
    if (suggestion.value === undefined || suggestion.value === null) continue;
    answers.push({ question: suggestion.question, value: suggestion.value, annotator: suggestion.agent, status: 'suggestion', origin: 'suggestion', score: scoreOf(suggestion.score), at: suggestion.updatedAt });
  }
  return answers;
}

/**
 * The `annotation_responses` rows of a record: every answer to every question (labels, ratings,
 * rankings, free text, spans), from annotators and models, whatever its status. The id is a hash
 * of the record, question, origin, annotator, status and value: a re-read adds nothing, and a
 * changed answer is a new row that supersedes the old one.
 */
export function responsesOf(record: NormalisedRecord, questions: ReadonlyMap<string, AnnotationQuestion>, dataset: string): AnnotationResponse[] {
  return answersOf(record).map((answer) => {
    const value = answer.question === null ? null : boundedJson(answer.value);
    return {
      // Not the dataset: an export's dataset name is its file name, which changes between exports
      // of the same records (record ids are what annotations are keyed by too).
      responseId: responseId([record.id, answer.question, answer.origin, answer.annotator, answer.status, value]),
      dataset,
      recordId: record.id,
      questionName: answer.question,
      questionType: typeOf(answer.question === null ? undefined : questions.get(answer.question)),
      value,
      valueText: plainText(answer.value),
      annotator: answer.annotator,
      status: answer.status,
      origin: answer.origin,
      score: answer.score,
      annotatedAt: answer.at,
    };
  });
}
