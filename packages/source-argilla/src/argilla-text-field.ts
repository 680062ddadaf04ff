import { ErrorCodes, LivingSchemaError } from '@living-schema/core';
import { spansOf, type NormalisedRecord } from './argilla-model.js';

/** Code-point length, the unit Argilla's offsets count in. */
function lengthOf(text: string): number {
  return /[\uD800-\uDFFF]/.test(text) ? Array.from(text).length : text.length;
}

/** The largest span end each record's answers to `questions` reach (responses and suggestions). */
function spanEnds(records: NormalisedRecord[], questions: ReadonlySet<string>): Array<number | null> {
  return records.map((record) => {
    const values = [
      ...record.responses.flatMap((r) => Object.entries(r.values ?? {}).filter(([name]) => questions.has(name)).map(([, v]) => v)),
      ...record.suggestions.filter((s) => questions.has(s.question)).map((s) => s.value),
    ];
    const ends = values.flatMap((value) => spansOf(value).spans.map((span) => span.end)).filter(Number.isFinite);
    return ends.length ? Math.max(...ends) : null;
  });
}

/** Fields holding a string in at least one record: the fields a span could point into. */
function stringFields(records: NormalisedRecord[]): string[] {
  const names = new Set<string>();
  for (const record of records) for (const [name, value] of Object.entries(record.fields)) if (typeof value === 'string') names.add(name);
  return [...names].sort();
}

/** The field every span fits into and that is the longest text in every record, if there is one. */
function longestEverywhere(records: NormalisedRecord[], fields: string[]): string | null {
  const lengths = (record: NormalisedRecord, field: string) => {
    const value = record.fields[field];
    return typeof value === 'string' ? lengthOf(value) : -1;
  };
  const winner = fields.find((field) => records.every((record) => fields.every((other) => other === field || lengths(record, field) > lengths(record, other))));
  return winner ?? null;
}

/**
 * The field the span questions of an export without settings point into. Settings are the only
 * place Argilla names it; without them, the field is the one string field every span fits in, or
 * among several that fit, the one that is the longest text in every record. Anything else is
 * refused naming the file and the candidates: guessing would store spans over the wrong text.
 *
 * @param path the export, for the error message
 * @param questions names of the span questions without a field
 */
export function detectTextField(records: NormalisedRecord[], questions: string[], path: string): string {
  const fields = stringFields(records);
  const ends = spanEnds(records, new Set(questions));
  const fits = fields.filter((field) =>
    records.every((record, i) => {
      const end = ends[i];
      if (end === null || end === undefined) return true;
      const value = record.fields[field];
      return typeof value === 'string' && end <= lengthOf(value);
    }),
  );
  if (fits.length === 1) return fits[0]!;
  const longest = fits.length > 1 ? longestEverywhere(records, fits) : null;
  if (longest) return longest;
  const asked = questions.map((q) => `"${q}"`).join(', ');
  const problem = fields.length === 0
    ? 'no record has a text field'
    : fits.length === 0
      ? `their offsets reach past the end of every text field (${fields.join(', ')})`
      : `they fit several text fields (${fits.join(', ')}) and none is the longest in every record`;
  throw new LivingSchemaError({
    code: ErrorCodes.INPUT_UNREADABLE,
    message: `${path}: cannot tell which field the spans of ${asked} point into: ${problem}, and the export has no .argilla/settings.json to say. Name the field with the argilla source's \`textField\` option, or export with settings.`,
    details: { input: path, questions, candidates: fits.length ? fits : fields, reason: 'text-field-unknown' },
  });
}
