/**
 * The reader's join stage. A fact table and the lookup tables its keys point at (the catalog's
 * relationships) are read as one wide table: every lookup field appears beside the fact's own,
 * named after the key that reaches it (`branch_code` -> branches.name becomes `branch_name`;
 * `start_station_id` -> stations.name becomes `start_station_name`). The wide table has exactly
 * the fact's rows, because each relationship is many-to-one onto a unique key and joined LEFT, so
 * every question the fact answers alone it answers the same way joined; the reader only reads the
 * wide table when the fact alone leaves a word unplaced.
 */
import { quoteIdentifier, rowNounOf } from '@living-schema/core';
import type { SchemaColumn, SchemaTable } from '../schema-context.js';
import type { ReaderColumn } from './column-kinds.js';

/** A relationship of the schema context: rows of `from` point at one row of `to`. */
export interface SchemaRelationship {
  from: { table: string; column: string };
  to: { table: string; column: string };
  cardinality: 'many-to-one' | 'one-to-one';
  coverage: number;
  status: 'suggested' | 'confirmed';
}

/** A fact table joined to its lookups: the table the reader reads, and the CTE that defines it. */
export interface JoinedScope {
  table: SchemaTable;
  /** `WITH "<name>" AS (SELECT ...)`, to put before the reader's SELECT. */
  cte: string;
  /** Each join, for the reasoning: `loans.branch_code -> branches.code`. */
  paths: string[];
}

const KEY_SUFFIX = /[_\s]*(id|code|key|no|number|num)$/i;

/** `branch_code` -> branch, `start_station_id` -> start_station, `isbn` -> (none). */
function keyPrefix(column: string): string | null {
  const stripped = column.replace(KEY_SUFFIX, '');
  return stripped && stripped !== column ? stripped.toLowerCase().replace(/\s+/g, '_') : null;
}

/** `branches` -> branch, `service_requests` -> service_request (core's row noun, as a name). */
const singular = (table: string) => rowNounOf(table).replace(/ /g, '_');

/** The name a lookup field takes in the wide table: the key's prefix, then the field without the lookup's own noun. */
function joinedName(prefix: string, lookup: string, column: string, taken: Set<string>): string {
  const noun = singular(lookup);
  const bare = column.toLowerCase().startsWith(`${noun}_`) ? column.slice(noun.length + 1) : column;
  const name = `${prefix}_${bare}`;
  return taken.has(name) ? `${lookup}_${column}` : name;
}

function joinCondition(fact: SchemaColumn, key: SchemaColumn, alias: string): string {
  const left = `f.${quoteIdentifier(fact.name)}`;
  const right = `${alias}.${quoteIdentifier(key.name)}`;
  // A code read as a number on one side and as text on the other still joins.
  return fact.type === key.type ? `${left} = ${right}` : `CAST(${left} AS VARCHAR) = CAST(${right} AS VARCHAR)`;
}

interface Join {
  relationship: SchemaRelationship;
  lookup: SchemaTable;
  factColumn: SchemaColumn;
  keyColumn: SchemaColumn;
}

function joinsOf(fact: SchemaTable, tables: SchemaTable[], relationships: SchemaRelationship[]): Join[] {
  const joins: Join[] = [];
  for (const relationship of relationships) {
    if (relationship.from.table !== fact.name || relationship.to.table === fact.name) continue;
    const lookup = tables.find((t) => t.name === relationship.to.table);
    const factColumn = fact.columns.find((c) => c.name === relationship.from.column);
    const keyColumn = lookup?.columns.find((c) => c.name === relationship.to.column);
    if (lookup && factColumn && keyColumn) joins.push({ relationship, lookup, factColumn, keyColumn });
  }
  return joins;
}

function wideScope(fact: SchemaTable, joins: Join[]): JoinedScope {
  const taken = new Set(fact.columns.map((c) => c.name.toLowerCase()));
  const columns: SchemaColumn[] = [...fact.columns];
  const selects: string[] = ['f.*'];
  const froms: string[] = [`${quoteIdentifier(fact.name)} AS f`];
  joins.forEach((join, index) => {
    const alias = `j${index + 1}`;
    const prefix = keyPrefix(join.factColumn.name) ?? singular(join.lookup.name);
    for (const column of join.lookup.columns) {
      if (column.name === join.keyColumn.name) continue;
      const name = joinedName(prefix, join.lookup.name, column.name, taken);
      taken.add(name.toLowerCase());
      // Fact rows with no key, or a key the lookup lacks, reach no row of it: the field is null there.
      const unmatched = Boolean(join.factColumn.nullShare) || join.relationship.coverage < 1;
      columns.push({ ...column, name, originalName: `${join.lookup.name}.${column.name}`, lookup: join.lookup.name, ...(unmatched ? { unmatched } : {}) } as ReaderColumn);
      selects.push(`${alias}.${quoteIdentifier(column.name)} AS ${quoteIdentifier(name)}`);
    }
    froms.push(`LEFT JOIN ${quoteIdentifier(join.lookup.name)} AS ${alias} ON ${joinCondition(join.factColumn, join.keyColumn, alias)}`);
  });
  const name = `${fact.name}_joined`;
  return {
    table: { ...fact, name, dataset: fact.dataset ?? fact.name, columns },
    cte: `WITH ${quoteIdentifier(name)} AS (SELECT ${selects.join(', ')} FROM ${froms.join(' ')})`,
    paths: joins.map((j) => `${fact.name}.${j.factColumn.name} -> ${j.lookup.name}.${j.keyColumn.name}`),
  };
}

/** An answer read against a joined scope, as SQL that runs: the scope's CTE before it, its joins in the reasoning. */
export const scopedAnswer = (answer: { sql: string; reasoning: string }, scope: JoinedScope) => ({
  sql: `${scope.cte} ${answer.sql}`,
  reasoning: `${answer.reasoning} Joins ${scope.paths.join(', ')}.`,
});

/** The reader's own SELECT of an answer, without the joined scope's `WITH ... AS (...)` before it. */
export const withoutJoinedScope = (sql: string) => sql.replace(/^WITH .*?\) (?=SELECT)/, '');

/** One wide table per fact table that has relationships to lookups. */
export function joinedScopes(tables: SchemaTable[], relationships: SchemaRelationship[]): JoinedScope[] {
  const usable = relationships.filter((r) => r.cardinality === 'many-to-one' || r.cardinality === 'one-to-one');
  return tables
    .filter((t) => t.kind === 'dataset')
    .map((fact) => ({ fact, joins: joinsOf(fact, tables, usable) }))
    .filter(({ joins }) => joins.length > 0)
    .map(({ fact, joins }) => wideScope(fact, joins));
}
