/**
 * What the reader's stages hand each other: the values, fields, conditions and numbers it placed
 * in a question, each with the token it was read from.
 */
import type { SchemaColumn, SchemaTable } from '../schema-context.js';

export interface ValueMatch {
  table: SchemaTable;
  column: SchemaColumn;
  value: string;
  start: number;
  end: number;
  negated: boolean;
}

export interface ColumnMention {
  table: SchemaTable;
  column: SchemaColumn;
  position: number;
  /** Named only through a related word ("admitted" for admission_date): it filters, but is not asked for. */
  weak?: boolean;
  /** Named by a word that is itself a total ("revenue", "takings"): asked for, it is added up. */
  sums?: boolean;
}

/** A WHERE condition and the token it was read from (the percentage shape splits on it). */
export interface Condition {
  sql: string;
  position: number;
  /** The field a numeric comparison is on, its operator and number (an aggregate may take it as HAVING). */
  column?: string;
  op?: string;
  value?: number;
}

/** "more than 40 books": the rows per group, compared with a number. */
export interface HavingCount {
  op: string;
  value: number;
  position: number;
}

export interface Comparisons {
  conditions: Condition[];
  having: HavingCount[];
  consumedNumbers: number[];
  columns: string[];
}

export interface NumberMatch {
  value: number;
  position: number;
  text: string;
}

