import { unitOfColumnName, type UnitDefinition } from '@living-schema/core';
import { splitWords } from './discovery-names.js';

/**
 * Descriptions written without an LLM. They say what the name does not: the kind of value, the
 * unit, typical values. The header's words are kept as written: the abbreviation table that
 * matches names for conflicts (`per` -> person, `built` -> build) is for comparing, not reading.
 */

export interface TemplateSubject {
  subject: 'entity_type' | 'field';
  name: string;
  originalName: string;
  dataset: string | null;
  dataType: string | null;
  examples: string[];
}

const NUMERIC = /INT|DOUBLE|FLOAT|DECIMAL|REAL|NUMERIC/i;

/** `Year Built` -> "Year built"; a trailing unit word goes (the unit is said separately). */
function readableWords(originalName: string, unit: UnitDefinition | undefined): string {
  const words = splitWords(originalName);
  if (unit && words.length > 1 && unit.nameParts.includes(words[words.length - 1]!)) words.pop();
  const text = words.join(' ') || originalName;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function kindOf(dataType: string | null): string {
  const type = (dataType ?? '').toUpperCase();
  if (/INT/.test(type)) return 'whole number';
  if (NUMERIC.test(type)) return 'number';
  if (type === 'BOOLEAN') return 'yes/no';
  if (type === 'DATE') return 'date';
  if (/TIMESTAMP/.test(type)) return 'date and time';
  return 'text';
}

/** The longest plain word of a unit (`kilograms`, `tonnes`, `minutes`). */
function unitPhrase(unit: UnitDefinition): string {
  if (unit.quantity === 'ratio') return ', a percentage';
  const word = [...unit.words].filter((w) => /^[a-z ]+$/.test(w)).sort((a, b) => b.length - a.length)[0] ?? unit.code;
  return `, in ${word}`;
}

const quoted = (e: string) => `"${e.length > 40 ? `${e.slice(0, 39)}…` : e}"`;

/** A field's template: `Year built (vessels): whole number, typically 1998, 2006, 2015.` */
export function fieldTemplate(subject: TemplateSubject): string {
  const unit = unitOfColumnName(subject.name) ?? unitOfColumnName(subject.originalName);
  const kind = kindOf(subject.dataType);
  const examples = subject.examples.slice(0, 3);
  const numeric = NUMERIC.test(subject.dataType ?? '');
  const shown = examples.length === 0 ? '' : numeric ? `, typically ${examples.join(', ')}` : `, e.g. ${examples.map(quoted).join(', ')}`;
  return `${readableWords(subject.originalName, unit)} (${subject.dataset}): ${kind}${unit ? unitPhrase(unit) : ''}${shown}.`;
}

/** An entity type's template: `Annotated spans labelled FLAG (flag), e.g. "Liberia".` */
export function entityTemplate(subject: TemplateSubject): string {
  const words = splitWords(subject.originalName).join(' ') || subject.name;
  const examples = subject.examples.slice(0, 3).map(quoted);
  return `Annotated spans labelled ${subject.name} (${words})${examples.length ? `, e.g. ${examples.join(', ')}` : ''}.`;
}
