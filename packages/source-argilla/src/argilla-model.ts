import { sha256, type AnnotationSpan, type DocumentPage, type RejectedRow } from '@living-schema/core';

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

/** A span question: its name and the field its offsets point into. */
export interface SpanQuestion {
  name: string;
  field: string;
}

/** Span questions from Argilla settings (`.argilla/settings.json` or the server's questions). */
export function spanQuestionsFrom(questions: unknown): SpanQuestion[] {
  if (!Array.isArray(questions)) return [];
  const found: SpanQuestion[] = [];
  for (const question of questions) {
    if (typeof question !== 'object' || question === null) continue;
    const q = question as { name?: unknown; type?: unknown; field?: unknown; settings?: { type?: unknown; field?: unknown } };
    const type = q.settings?.type ?? q.type;
    const field = q.settings?.field ?? q.field;
    if (type === 'span' && typeof q.name === 'string' && typeof field === 'string') found.push({ name: q.name, field });
  }
  return found;
}

/**
 * `JSON.stringify`, except that a value nested deeper than `maxDepth` (a hostile export can nest
 * 100,000 arrays, which overflows the stack) is cut there with a marker. Identical output for
 * anything shallower, so hashes of ordinary records do not change.
 */
export function boundedJson(value: unknown, maxDepth = 64): string {
  try {
    return JSON.stringify(value);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  const cut = (v: unknown, depth: number): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (depth >= maxDepth) return `[nested deeper than ${maxDepth} levels]`;
    if (Array.isArray(v)) return v.map((x) => cut(x, depth + 1));
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, cut(x, depth + 1)]));
  };
  return JSON.stringify(cut(value, 0));
}

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

/** Statuses whose spans are annotations. Drafts and discards are recorded in the quarantine instead. */
export const COUNTED_STATUSES = new Set(['submitted']);

/** What the records of one page (one batch) turn into. */
export interface ConvertedRecords {
  documents: DocumentPage[];
  annotations: AnnotationSpan[];
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
 * field), `annotations` rows (submitted responses, `origin: response`; suggestions, `origin:
 * suggestion`) and rejected rows with reasons (spans outside the text, draft and discarded
 * responses, records without the text field).
 */
export function convertRecords(records: NormalisedRecord[], questions: SpanQuestion[], context: { dataset: string; rowOffset?: number }): ConvertedRecords {
  const documents: DocumentPage[] = [];
  const annotations: AnnotationSpan[] = [];
  const rejected: RejectedRow[] = [];
  const seenDocuments = new Set<string>();
  const questionByName = new Map(questions.map((q) => [q.name, q]));
  const fieldsUsed = [...new Set(questions.map((q) => q.field))];
  const documentIdFor = (recordId: string, field: string) => (fieldsUsed.length > 1 ? `${recordId}:${field}` : recordId);

  records.forEach((record, index) => {
    const row = (context.rowOffset ?? 0) + index + 1;
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
        if (!COUNTED_STATUSES.has(who.status) && who.origin === 'response') {
          reject(`not counted: ${who.status} response by ${who.annotator ?? 'unknown user'} (${span.label} ${span.start}-${span.end})`, span);
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

    for (const response of record.responses) {
      let any = false;
      for (const [name, value] of Object.entries(response.values ?? {})) {
        const question = questionByName.get(name);
        if (!question) continue;
        const { spans, invalid } = spansOf(value);
        if (spans.length > 0 || invalid.length > 0) any = true;
        emit(question, value, { origin: 'response', annotator: response.userId, status: response.status, at: response.updatedAt });
      }
      if (!any && !COUNTED_STATUSES.has(response.status)) {
        reject(`not counted: ${response.status} response by ${response.userId ?? 'unknown user'} (no spans)`, { user_id: response.userId, status: response.status });
      }
    }
    for (const suggestion of record.suggestions) {
      const question = questionByName.get(suggestion.question);
      if (!question) continue;
      emit(question, suggestion.value, { origin: 'suggestion', annotator: suggestion.agent, status: 'suggestion', at: suggestion.updatedAt });
    }
  });
  return { documents, annotations, rejected };
}
