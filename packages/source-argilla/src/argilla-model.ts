import { sha256, type AnnotationResponse, type AnnotationSpan, type DocumentPage, type RejectedRow } from '@living-schema/core';
import { isSpanQuestion, type AnnotationQuestion, type SpanQuestion } from './argilla-questions.js';
import { boundedJson } from './argilla-json.js';
import { responsesOf } from './argilla-responses.js';

/** A span as Argilla stores it: character offsets into a text field (end exclusive). */
export interface ArgillaSpan {
  label: string;
  start: number;
  end: number;
}

/** One response of one annotator, as every input format is normalised to. */
export interface NormalisedResponse {
  userId: string | null;
  /** `submitted`, `draft` or `discarded` (Argilla v2); legacy v1 statuses are mapped onto these. */
  status: string;
  /** Values keyed by question name. */
  values: Record<string, unknown>;
  updatedAt: string | null;
}

export interface NormalisedSuggestion {
  question: string;
  value: unknown;
  agent: string | null;
  /** The model's confidence, when the tool gives one. */
  score?: unknown;
  updatedAt: string | null;
}

/** A record from any input (server, to_disk, Hugging Face export, legacy v1) in one shape. */
export interface NormalisedRecord {
  /** The record id used as the document id: the server id when known, else the record's own id. */
  id: string;
  fields: Record<string, unknown>;
  responses: NormalisedResponse[];
  suggestions: NormalisedSuggestion[];
  updatedAt: string | null;
}

export { boundedJson } from './argilla-json.js';

/** Spans from a response or suggestion value: `[{label,start,end}]` or legacy `[[label,start,end]]`. */
export function spansOf(value: unknown): { spans: ArgillaSpan[]; invalid: unknown[] } {
  const spans: ArgillaSpan[] = [];
  const invalid: unknown[] = [];
  if (value === null || value === undefined) return { spans, invalid };
  if (!Array.isArray(value)) return { spans, invalid: [value] };
  for (const item of value) {
    if (Array.isArray(item) && item.length >= 3 && typeof item[0] === 'string') {
      spans.push({ label: item[0], start: Number(item[1]), end: Number(item[2]) });
    } else if (item && typeof item === 'object' && typeof (item as ArgillaSpan).label === 'string') {
      const span = item as ArgillaSpan;
      spans.push({ label: span.label, start: Number(span.start), end: Number(span.end) });
    } else invalid.push(item);
  }
  return { spans, invalid };
}

/**
 * Statuses whose spans are annotations. Draft and discarded responses are not bad rows: they are
 * stored in `annotation_responses` with their status, and their spans stay out of `annotations`.
 */
export const COUNTED_STATUSES = new Set(['submitted']);

/** What the records of one page (one batch) turn into. */
export interface ConvertedRecords {
  documents: DocumentPage[];
  annotations: AnnotationSpan[];
  /** Every answer to every question, whatever its type and status (for `annotation_responses`). */
  responses: AnnotationResponse[];
  /** Spans that cannot be stored (outside their text, not a span), with reasons. */
  rejected: RejectedRow[];
}

/** Argilla offsets count Unicode code points (Python strings); JavaScript strings count UTF-16 units. */
function slicer(text: string): { length: number; slice(start: number, end: number): string } {
  // eslint-disable-next-line no-control-regex
  if (!/[\uD800-\uDFFF]/.test(text)) return { length: text.length, slice: (s, e) => text.slice(s, e) };
  const points = Array.from(text);
  return { length: points.length, slice: (s, e) => points.slice(s, e).join('') };
}

function annotationId(parts: Array<string | number | null>): string {
  return `ann_${sha256(parts.map((p) => String(p ?? '')).join('\u0000')).slice(0, 32)}`;
}

/**
 * Turns normalised records into `raw_documents` pages (the annotated text, once per record and
 * span field), `annotations` rows (spans of submitted responses, `origin: response`; of
 * suggestions, `origin: suggestion`), `annotation_responses` rows (every answer to every question,
 * any status) and rejected spans with reasons (outside the text, not a span, no text field).
 *
 * @param questions the dataset's questions; span questions (with a field) also give spans
 */
export function convertRecords(records: NormalisedRecord[], allQuestions: AnnotationQuestion[], context: { dataset: string; rowOffset?: number }): ConvertedRecords {
  const documents: DocumentPage[] = [];
  const annotations: AnnotationSpan[] = [];
  const responses: AnnotationResponse[] = [];
  const rejected: RejectedRow[] = [];
  const seenDocuments = new Set<string>();
  const questions: SpanQuestion[] = allQuestions.filter(isSpanQuestion);
  const byName = new Map(allQuestions.map((q) => [q.name, q]));
  const questionByName = new Map(questions.map((q) => [q.name, q]));
  const fieldsUsed = [...new Set(questions.map((q) => q.field))];
  const documentIdFor = (recordId: string, field: string) => (fieldsUsed.length > 1 ? `${recordId}:${field}` : recordId);

  records.forEach((record, index) => {
    const row = (context.rowOffset ?? 0) + index + 1;
    responses.push(...responsesOf(record, byName, context.dataset));
    const reject = (reason: string, raw: unknown) => rejected.push({ row, raw: boundedJson(raw), reason: `record ${record.id}: ${reason}` });

    const textOf = (question: SpanQuestion): string | null => {
      const value = record.fields[question.field];
      return typeof value === 'string' ? value : null;
    };
    const addDocument = (question: SpanQuestion, text: string) => {
      const documentId = documentIdFor(record.id, question.field);
      if (seenDocuments.has(documentId)) return;
      seenDocuments.add(documentId);
      documents.push({ documentId, sourceUri: `argilla:${context.dataset}/${record.id}${fieldsUsed.length > 1 ? `#${question.field}` : ''}`, pageNumber: 1, text, extractionMethod: 'source', ocrConfidence: null, language: null });
    };
    for (const question of questions) {
      const text = textOf(question);
      if (text !== null) addDocument(question, text);
    }

    const emit = (
      question: SpanQuestion,
      value: unknown,
      who: { origin: 'response' | 'suggestion'; annotator: string | null; status: string; at: string | null },
    ) => {
      const text = textOf(question);
      const { spans, invalid } = spansOf(value);
      for (const item of invalid) reject(`question "${question.name}": not a span value`, item);
      if (spans.length === 0) return;
      if (text === null) {
        for (const span of spans) reject(`question "${question.name}": field "${question.field}" holds no text`, span);
        return;
      }
      const units = slicer(text);
      for (const span of spans) {
        if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end <= span.start || span.end > units.length) {
          reject(`span ${span.start}-${span.end} (${span.label}) is outside the text of field "${question.field}" (${units.length} characters)`, span);
          continue;
        }
        annotations.push({
          annotationId: annotationId([record.id, question.name, who.origin, who.annotator, span.label, span.start, span.end]),
          documentId: documentIdFor(record.id, question.field),
          spanStart: span.start,
          spanEnd: span.end,
          label: span.label,
          text: units.slice(span.start, span.end),
          annotator: who.annotator,
          status: who.status,
          origin: who.origin,
          annotatedAt: who.at,
        });
      }
    };

    // Drafts and discards are answers, not annotations: kept in the responses with their status.
    for (const response of record.responses.filter((r) => COUNTED_STATUSES.has(r.status))) {
      for (const [name, value] of Object.entries(response.values ?? {})) {
        const question = questionByName.get(name);
        if (question) emit(question, value, { origin: 'response', annotator: response.userId, status: response.status, at: response.updatedAt });
      }
    }
    for (const suggestion of record.suggestions) {
      const question = questionByName.get(suggestion.question);
      if (!question) continue;
      emit(question, suggestion.value, { origin: 'suggestion', annotator: suggestion.agent, status: 'suggestion', at: suggestion.updatedAt });
    }
  });
  return { documents, annotations, responses, rejected };
}
