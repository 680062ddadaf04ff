/**
 * Which numeric field a unit word after a number points at ("over 250 euros", "above 30 kg",
 * "longer than 2 hours"), and the number in that field's own unit: a field in minutes compared
 * with "2 hours" is compared with 120.
 */
import { convertUnit, unitOfCode, unitOfColumnName, unitOfWord, type UnitDefinition } from '@living-schema/core';
import type { SchemaColumn, SchemaTable } from '../schema-context.js';
import { isNumeric, type ReaderColumn } from './column-kinds.js';
import type { ColumnMention } from './reading.js';
import type { Token } from './tokens.js';

/** The unit a field holds: from the semantic layer, else its name as stored or as it arrived. */
export function unitOfField(column: SchemaColumn): UnitDefinition | undefined {
  return (column.unit ? unitOfCode(column.unit) : undefined) ?? unitOfColumnName(column.name) ?? unitOfColumnName(column.originalName ?? '');
}

/**
 * The one numeric field holding `unit`, else the one holding a unit it converts to; undefined
 * when none or several. With `value`, of several convertible fields the one whose range holds
 * the value in its own unit ("2 hours" of labour_min and warranty_days: 120 minutes, not 0.08
 * days of a field in whole days).
 */
export function soleUnitField(table: SchemaTable, unit: UnitDefinition, value?: number): SchemaColumn | undefined {
  const numeric = table.columns.filter(isNumeric);
  const same = numeric.filter((c) => unitOfField(c)?.code === unit.code);
  // "over 200 litres" of a delivery's volume and its container size (30 or 50 l): the one that can hold it.
  if (same.length > 1 && value !== undefined) {
    const holding = same.filter((c) => holdsValue(c, value));
    return holding.length === 1 ? holding[0] : undefined;
  }
  if (same.length > 0) return same.length === 1 ? same[0] : undefined;
  const convertible = numeric.filter((c) => {
    const held = unitOfField(c);
    return held !== undefined && convertUnit(1, unit, held) !== undefined;
  });
  if (convertible.length === 1 || value === undefined) return convertible.length === 1 ? convertible[0] : undefined;
  const holding = convertible.filter((c) => holdsValue(c, inFieldUnit(value, unit, c)));
  return holding.length === 1 ? holding[0] : undefined;
}

/** Whether the field's range holds the value, and, for a field of whole numbers, a value of at least 1. */
function holdsValue(column: SchemaColumn, value: number): boolean {
  if (typeof column.min !== 'number' || typeof column.max !== 'number') return false;
  if (/INT/i.test(column.type) && value < 1) return false;
  return column.min <= value && value <= column.max;
}

/** Whether a number said in `unit` can be compared with the field: it holds no known unit, or one `unit` converts to. */
export function unitFits(column: SchemaColumn, unit: UnitDefinition): boolean {
  const held = unitOfField(column);
  return held === undefined || convertUnit(1, unit, held) !== undefined;
}

/** `value` said in `unit`, in the field's own unit (unchanged when either unit is unknown). */
export function inFieldUnit(value: number, unit: UnitDefinition | undefined, column: SchemaColumn): number {
  const held = unitOfField(column);
  return inThousands(unit && held ? (convertUnit(value, unit, held) ?? value) : value, column);
}

/** A field kept in thousands: `budget_k_eur`, "Budget (k EUR)", "Revenue (£k)". */
const THOUSANDS = /(^|[_\s(£$€])k([_\s)]|$)/i;

/**
 * "a budget above 500k" of a field kept in thousands: the number the field holds is 500. Only a
 * number beyond the field's range that its thousands fall within is read so ("above 500" of the
 * same field already says thousands).
 */
function inThousands(value: number, column: SchemaColumn): number {
  if (!THOUSANDS.test(column.name) && !THOUSANDS.test(column.originalName ?? '')) return value;
  if (typeof column.max !== 'number' || typeof column.min !== 'number' || value <= column.max) return value;
  const scaled = value / 1000;
  return scaled >= column.min && scaled <= column.max ? scaled : value;
}

/**
 * Quantities a unit word can name as a total. Not money (money words have their own stage), not a
 * share ("what percentage of ..." asks for one), not time ("hours", "days" are grains and
 * durations), and not "pounds", which is money as often as mass.
 */
const SUMMED_QUANTITY = new Set(['mass', 'length', 'volume', 'energy', 'area']);

/**
 * "total kilos harvested", "kW installed per quarter", "litres delivered per beer style": a unit
 * word that no number goes with names the table's one field held in that unit, and asks for its
 * total, as a money word does. Only the field's own unit: a total said in kilos of a field in
 * tonnes would need converting, and several fields of the unit leave the word unplaced.
 */
export function unitMentions(tokens: Token[], table: SchemaTable, used: Set<number>, mentions: ColumnMention[]): ColumnMention[] {
  const found: ColumnMention[] = [];
  for (const token of tokens) {
    const unit = used.has(token.index) ? undefined : unitOfWord(token.lower);
    // "over 30 kg", "30kg": a number's unit is a comparison's, read there.
    if (!unit || !SUMMED_QUANTITY.has(unit.quantity) || /^(pound|pounds)$/.test(token.lower) || /^\d/.test(tokens[token.index - 1]?.lower ?? '')) continue;
    const held = table.columns.filter((c) => isNumeric(c) && !(c as ReaderColumn).lookup && unitOfField(c)?.code === unit.code);
    if (held.length !== 1 || mentions.some((m) => m.column.name === held[0]!.name)) continue;
    used.add(token.index);
    found.push({ table, column: held[0]!, position: token.index, sums: true });
  }
  return found;
}

/**
 * "how long is the Economics exam", "average length of a visit": how long a row lasts is its one
 * field held in a unit of time (`Exam Length (min)`, `duration_sec`). With no such field, or
 * several, the word stays unplaced and the question is refused naming it.
 */
export function durationMentions(tokens: Token[], table: SchemaTable, used: Set<number>): ColumnMention[] {
  const at = tokens.findIndex((t, i) => !used.has(i) && ((t.lower === 'long' && tokens[i - 1]?.lower === 'how') || t.lower === 'length'));
  if (at < 0) return [];
  // Looked-up fields count as rivals ("how long is <track>" of plays joined to tracks: the
  // track's duration, not the play's skipped_at_s), but are never the answer: a lookup's length
  // repeats once per row.
  const timed = table.columns.filter((c) => isNumeric(c) && unitOfField(c)?.quantity === 'time');
  if (timed.length !== 1 || (timed[0] as ReaderColumn).lookup) return [];
  used.add(at);
  return [{ table, column: timed[0]!, position: at }];
}
