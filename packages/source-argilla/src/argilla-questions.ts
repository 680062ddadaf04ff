/**
 * Annotation questions: what each one asks (its type) and, for span questions, the field their
 * offsets point into. From Argilla's settings when an export or the server has them, else
 * inferred from the shape of the answers.
 */

/** Question types of Argilla v2 settings (`settings.type`). */
export const QUESTION_TYPES = ['label_selection', 'multi_label_selection', 'rating', 'ranking', 'text', 'span'] as const;

/**
 * A question of an annotation dataset. `type` is null when nothing says what it is (no settings,
 * and answers that could be a label or free text). A span question has a `field`.
 */
export interface AnnotationQuestion {
  name: string;
  /** Absent in the older `{ name, field }` form, which means a span question. */
  type?: string | null;
  /** Span questions: the field whose text the offsets count into. */
  field?: string;
}

/** A span question: its name and the field its offsets point into. */
export interface SpanQuestion {
  name: string;
  field: string;
}

/** True for a span question (by type, or the older `{ name, field }` form). */
export function isSpanQuestion(question: AnnotationQuestion): question is AnnotationQuestion & SpanQuestion {
  const spanType = question.type === 'span' || question.type === undefined;
  return spanType && typeof question.field === 'string';
}

/** Every question in Argilla settings (`.argilla/settings.json` or the server's questions), with its type. */
export function questionsFrom(questions: unknown): AnnotationQuestion[] {
  if (!Array.isArray(questions)) return [];
  const found: AnnotationQuestion[] = [];
  for (const question of questions) {
    if (typeof question !== 'object' || question === null) continue;
    const q = question as { name?: unknown; type?: unknown; field?: unknown; settings?: { type?: unknown; field?: unknown } };
    if (typeof q.name !== 'string') continue;
    const type = q.settings?.type ?? q.type;
    const field = q.settings?.field ?? q.field;
    found.push({
      name: q.name,
      type: typeof type === 'string' ? type : null,
      ...(type === 'span' && typeof field === 'string' ? { field } : {}),
    });
  }
  return found;
}

/** Span questions from Argilla settings (those with a field to point into). */
export function spanQuestionsFrom(questions: unknown): SpanQuestion[] {
  return questionsFrom(questions).filter(isSpanQuestion).map(({ name, field }) => ({ name, field }));
}

function isSpanItem(item: unknown): boolean {
  if (Array.isArray(item)) return item.length >= 3 && typeof item[0] === 'string';
  return typeof item === 'object' && item !== null && typeof (item as { label?: unknown }).label === 'string' && 'start' in item;
}

function isRankItem(item: unknown): boolean {
  return typeof item === 'object' && item !== null && 'value' in item && 'rank' in item;
}

/**
 * The question type an answer's shape shows, or null when the shape does not tell (a string is a
 * label or free text; an empty list is anything). Used only when no settings name the type.
 */
export function typeOfAnswer(value: unknown): string | null {
  if (typeof value === 'number' && Number.isInteger(value)) return 'rating';
  if (!Array.isArray(value) || value.length === 0) return null;
  if (value.every(isSpanItem)) return 'span';
  if (value.every(isRankItem)) return 'ranking';
  if (value.every((item) => typeof item === 'string')) return 'multi_label_selection';
  return null;
}

/**
 * The type most answers to a question show (among those whose shape tells one), or null. A
 * question whose answers disagree keeps null: its values are stored, its type is unknown.
 */
export function inferQuestionType(values: Iterable<unknown>): string | null {
  const types = new Set<string>();
  for (const value of values) {
    const type = typeOfAnswer(value);
    if (type) types.add(type);
  }
  return types.size === 1 ? [...types][0]! : null;
}
