/**
 * The reader's shapes that compute over groups or over the whole table at once: a share of rows
 * ("what percentage of trips were taken by members"), a time series ("loans per month in 2024"),
 * groups compared with a number ("genres with more than 40 books", "agencies with an average
 * score below 3.5") and the top groups ("the 4 most common genres"). Each returns SQL, a refusal
 * when the question asks for the shape but does not say enough, or null when it is not that shape.
 */
import { quoteIdentifier } from '@living-schema/core';
import type { SchemaColumn, SchemaTable } from '../schema-context.js';
import { type ReaderColumn, dateExpression, isDate, isIdentifier, isKeyLike, isNumeric, isYearColumn, noEventDate, primaryDateColumn } from './column-kinds.js';
import { QUANTITY_SUPERLATIVE } from './superlatives.js';
import type { ColumnMention, Comparisons, Condition, ValueMatch } from './reading.js';
import { averageExpression, isGrainCount, tableGrain, type CoarserGrain } from './table-grain.js';
import type { GrainClaim } from './time-expressions.js';
import type { Token } from './tokens.js';

export type ShapeAnswer = { sql: string; reasoning: string } | { refusal: string; notUnderstood: string[] };

export interface ShapeInput {
  table: SchemaTable;
  tokens: Token[];
  mentions: ColumnMention[];
  filters: ValueMatch[];
  conditions: Condition[];
  comparisons: Comparisons;
  time: GrainClaim | null;
  percentage: { position: number; tokens: number[] } | null;
  groupMention: ColumnMention | undefined;
  measure: ColumnMention | undefined;
  /** What a count counts: `count(*)`, or a coarser grain's identifier distinct (table-grain.ts). */
  rowCount: string;
  /** What a count per value of `column` counts: never that column's own grain (one per group). */
  rowCountPer?: (column: string) => string;
  /** The coarser thing an average is taken over ("the average invoice amount"), if any. */
  averagedOver: CoarserGrain | undefined;
  limit: number | null;
  limitPosition: number | null;
  average: boolean;
  sum: boolean;
  descending: boolean;
  ascending: boolean;
}

const PERCENT_WORDS = /^(percentage|percent|%|share|proportion|fraction|pct)$/;

export const whereClause = (conditions: Condition[]) => (conditions.length ? ` WHERE ${conditions.map((c) => c.sql).join(' AND ')}` : '');

/** "what percentage of", "what % of", "what share of": the word and the tokens it places. */
export function percentageWord(tokens: Token[]): { position: number; tokens: number[] } | null {
  const placed = tokens.filter((t) => PERCENT_WORDS.test(t.lower)).map((t) => t.index);
  const first = placed[0];
  // "what percentage of trips ...", "what % were late": the word asks for a share only as a question.
  if (first === undefined || (tokens[first + 1]?.lower !== 'of' && tokens[first - 1]?.lower !== 'what')) return null;
  return { position: first, tokens: placed };
}

function aggregateOf(input: ShapeInput, group?: ColumnMention): string {
  const { measure, average, sum } = input;
  if (measure && average) return averageExpression(measure.column, input.averagedOver);
  // "the top 3 destinations by revenue": money asked for is its total, ranked or not; "the most
  // hire days" is the most of a quantity, added up per group.
  const mostOf = measure && /^(most|fewest|least)$/.test(input.tokens[measure.position - 1]?.lower ?? '');
  if (measure && (sum || measure.sums || mostOf)) return `sum(${quoteIdentifier(measure.column.name)})`;
  return countPer(input, group);
}

/** The count per group: "the 3 stops with the most departures" counts departures, not stops. */
const countPer = (input: ShapeInput, group?: ColumnMention) => (group && input.rowCountPer ? input.rowCountPer(group.column.name) : input.rowCount);

/**
 * Share of rows: the conditions read after the percentage word select the part, those before it
 * ("Of the noise complaints, what percentage ...") the whole.
 */
function percentageShape(input: ShapeInput, at: number): ShapeAnswer {
  const { part, whole } = splitShare(input, at);
  if (part.length === 0) {
    return { refusal: `I could not tell which ${input.table.name} the percentage is of: name a value or a yes/no field after "percentage of".`, notUnderstood: [] };
  }
  const filter = part.map((c) => c.sql).join(' AND ');
  const count = input.rowCount;
  return {
    sql: `SELECT 100.0 * ${count} FILTER (WHERE ${filter}) / ${count} AS percentage FROM ${quoteIdentifier(input.table.name)}${whereClause(whole)}`,
    reasoning: `The share of ${input.table.name}${whole.length ? ' matching the first filters' : ''} where ${filter}, in percent.`,
  };
}

const SHARE_VERB = /^(were|was|are|is|have|has|had|did|do|does|got|get|gets|came|come|went)$/;

/**
 * The conditions that pick the part and those that pick the whole. Those before the percentage
 * word pick the whole ("Of the noise complaints, what percentage ..."), and so do those in the
 * noun after "of", up to its verb: "what % of appeals were upheld" is the upheld share of the
 * appealed fines, "what share of held lessons were online" the online share of lessons held. The
 * noun's conditions stay in the part when nothing else would be left there.
 */
function splitShare(input: ShapeInput, at: number): { part: Condition[]; whole: Condition[] } {
  // The verb: "were", "had", ..., or a verb in the past after the rows' noun ("completed visits
  // used a pole") or after a value that names them ("health checks needed a follow-up").
  const rowNoun = input.tokens.findIndex((t) => t.index > at + 1 && t.lower !== t.stem && tableGrain(input.table).rowWord === t.stem);
  const afterWhole = (i: number) => (rowNoun > 0 && i > rowNoun) || input.conditions.some((c) => c.position > at + 1 && c.position < i);
  const verb = input.tokens.findIndex((t) => t.index > at + 1 && (SHARE_VERB.test(t.lower) || (afterWhole(t.index) && /ed$/.test(t.lower))));
  const ofNoun = (c: Condition) => input.tokens[at + 1]?.lower === 'of' && verb > 0 && c.position > at + 1 && c.position < verb;
  const after = input.conditions.filter((c) => c.position > at);
  const part = after.filter((c) => !ofNoun(c));
  const before = input.conditions.filter((c) => c.position <= at);
  if (part.length === 0) return { part: after, whole: before };
  return { part, whole: [...before, ...after.filter(ofNoun)] };
}

/** "per month", "each quarter of 2024": one row per period of the date the question names (or the table's own). */
function timeSeriesShape(input: ShapeInput, grain: GrainClaim): ShapeAnswer {
  const named = input.mentions.find((m) => isDate(m.column) && !isYearColumn(m.column));
  const column = named?.column ?? primaryDateColumn(input.table);
  if (!column) return noEventDate(input.table, grain.tokens.map((i) => input.tokens[i]!.raw));
  const period = `date_trunc('${grain.grain}', ${dateExpression(column)})`;
  const by = input.groupMention && input.groupMention.column.name !== column.name ? input.groupMention.column : undefined;
  const agg = aggregateOf(input, by ? input.groupMention : undefined);
  const keys = by ? `${period} AS ${grain.grain}, ${quoteIdentifier(by.name)}` : `${period} AS ${grain.grain}`;
  const groupBy = by ? 'GROUP BY 1, 2 ORDER BY 1, 2' : 'GROUP BY 1 ORDER BY 1';
  // "tickets resolved each quarter": a row without the date is in no quarter.
  const dated = column.nullShare ? [{ sql: `${dateExpression(column)} IS NOT NULL`, position: -1 }] : [];
  return {
    sql: `SELECT ${keys}, ${agg} AS value FROM ${quoteIdentifier(input.table.name)}${whereClause([...input.conditions, ...dated])} ${groupBy}`,
    reasoning: `${agg} of ${input.table.name} per ${grain.grain} of ${column.name}${by ? ` and ${by.name}` : ''}.`,
  };
}

/** The field a grouped question groups by when it says "which X have ..." or "X with ...". */
function groupOf(input: ShapeInput): ColumnMention | undefined {
  if (input.groupMention) return input.groupMention;
  const filtered = new Set(input.filters.map((f) => f.column.name));
  return input.mentions
    .filter((m) => !filtered.has(m.column.name) && (!isNumeric(m.column) || isIdentifier(m.column)) && m.column.name !== input.measure?.column.name)
    .sort((a, b) => a.position - b.position)[0];
}

/**
 * "which delay reason comes up most often", "the top 3 teams": a ranking names a value, so rows
 * without one (a null group) are left out; so are rows that reach no lookup row. So does a
 * comparison of groups ("which listeners have more than 30 plays": rows with no listener are none).
 */
export function noNullGroup(group: ColumnMention): Condition[] {
  // A lookup's field joined onto the rows is null wherever the lookup has no row or no value.
  const column = group.column as ReaderColumn;
  const nullable = Boolean(column.nullShare) || Boolean(column.unmatched) || Boolean(column.lookup);
  return nullable ? [{ sql: `${quoteIdentifier(group.column.name)} IS NOT NULL`, position: group.position }] : [];
}

/**
 * Groups compared with a number: HAVING count(*) for "more than 40 books", HAVING avg(y) for
 * "an average score below 3.5" (the comparison on the aggregated field moves out of WHERE).
 */
const aggregatedNone = (input: ShapeInput) => !((input.average || input.sum) && input.measure);

function havingShape(input: ShapeInput): ShapeAnswer | null {
  const { comparisons, measure } = input;
  const aggregated = (input.average || input.sum) && measure
    ? input.conditions.filter((c) => c.column === measure.column.name && c.op && c.value !== undefined)
    : [];
  if (comparisons.having.length === 0 && aggregated.length === 0) return null;
  const group = groupOf(input);
  if (!group) {
    return { refusal: `I could not tell what to group ${input.table.name} by before comparing: say "which <field> have more than ...".`, notUnderstood: [] };
  }
  const rowCount = countPer(input, group);
  const degenerate = aggregatedNone(input) ? countsOnePerGroup(group, input.table, input.tokens, rowCount) : null;
  if (degenerate) return degenerate;
  const g = quoteIdentifier(group.column.name);
  // Every aggregated condition is on the measure: its average (or total) is what the groups compare.
  const aggregate = aggregateOf(input, group);
  const having = [
    ...comparisons.having.map((h) => `${rowCount} ${h.op} ${h.value}`),
    ...aggregated.map((c) => `${aggregate} ${c.op} ${c.value}`),
  ];
  const where = [...input.conditions.filter((c) => !aggregated.includes(c)), ...noNullGroup(group)];
  const value = aggregated.length ? aggregate : rowCount;
  return {
    sql: `SELECT ${g}, ${value} AS value FROM ${quoteIdentifier(input.table.name)}${whereClause(where)} GROUP BY ${g} HAVING ${having.join(' AND ')} ORDER BY value DESC, ${g}`,
    reasoning: `Groups ${input.table.name} by ${group.column.name} and keeps the groups where ${having.join(' and ')}.`,
  };
}

/**
 * Counting rows per value of a field unique per row says nothing (every count is 1): "which bikes
 * were used most" asked of the bikes table means the table whose rows point at bikes. Refused,
 * naming the word, so the reader tries the tables joined to their lookups.
 */
export function countsOnePerGroup(group: ColumnMention, table: SchemaTable, tokens: Token[], agg: string): ShapeAnswer | null {
  if (!isGrainCount(agg) || !isKeyLike(group.column, table)) return null;
  const word = tokens[group.position]?.raw ?? group.column.name;
  return { refusal: `Each ${group.column.name} is one row of ${table.name}, so counting per "${word}" there says nothing; a table that records what happened to each would.`, notUnderstood: [word] };
}

/** "the top 3 complaint types", "the 4 most common genres": a field named right after the number. */
function topGroupShape(input: ShapeInput): ShapeAnswer | null {
  const { limit, limitPosition } = input;
  if (limit === null || limitPosition === null || input.groupMention) return null;
  const group = input.mentions.find((m) => m.position > limitPosition && m.position <= limitPosition + 3
    && (!isNumeric(m.column) || isIdentifier(m.column)) && !isDate(m.column) && !isKeyLike(m.column, input.table)
    && !input.filters.some((f) => f.column.name === m.column.name));
  if (!group) return null;
  const agg = aggregateOf(input, group);
  // "the 5 heaviest members" ranks by a quantity, not by how many rows each has.
  if (isGrainCount(agg) && input.tokens.some((t) => QUANTITY_SUPERLATIVE.test(t.lower))) return null;
  const g = quoteIdentifier(group.column.name);
  const direction = input.ascending && !input.descending ? 'ASC' : 'DESC';
  // A ranking of companies leaves out the rows with no company, as every ranking of groups does.
  return {
    sql: `SELECT ${g}, ${agg} AS value FROM ${quoteIdentifier(input.table.name)}${whereClause([...input.conditions, ...noNullGroup(group)])} GROUP BY ${g} ORDER BY value ${direction}, ${g} LIMIT ${limit}`,
    reasoning: `The ${limit} ${group.column.name} with the ${direction === 'DESC' ? 'largest' : 'smallest'} ${agg}.`,
  };
}

/** The first of the grouped shapes the question asks for, or null to let the row shapes read it. */
export function readGroupedShapes(input: ShapeInput): ShapeAnswer | null {
  if (input.percentage) return percentageShape(input, input.percentage.position);
  if (input.time) return timeSeriesShape(input, input.time);
  return havingShape(input) ?? topGroupShape(input);
}
