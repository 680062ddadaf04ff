import { rowNounOf, unitOfColumnName, unitOfWord, UNITS, type Catalog, type UnitDefinition } from '@living-schema/core';

/**
 * The semantic layer of the schema context: what a column measures (unit), what else people
 * call it (synonyms), what one row is, and how tables join. Facts, not prose: every provider
 * reads them as JSON fields (docs/querying.md, "The schema context").
 */

/** A relationship as the context shows it: SQL table names, not dataset names. */
export interface SchemaRelationship {
  /** `loans.isbn -> books.isbn` (tables). */
  name: string;
  from: { table: string; column: string };
  to: { table: string; column: string };
  cardinality: 'many-to-one' | 'one-to-one';
  /** Share of `from`'s distinct values found in `to`, to two decimals. */
  coverage: number;
  status: 'suggested' | 'confirmed';
}

const PERCENT_TEXT = /^-?\d+(?:[.,]\d+)?\s?%$/;

/**
 * The unit a column holds: from its name (`weight_kg`), else its original header (`Duration
 * (min)`, `Late Fee ($)`), else its values (text like `12.5%` is a percentage).
 */
export function unitOfColumn(name: string, originalName: string | undefined, values: readonly string[]): UnitDefinition | undefined {
  return unitOfColumnName(name) ?? (originalName ? unitOfHeader(originalName) : undefined) ?? unitOfValues(values);
}

function unitOfHeader(header: string): UnitDefinition | undefined {
  const bracketed = /[([]\s*([^)\]]+?)\s*[)\]]\s*$/.exec(header)?.[1];
  if (bracketed) return unitOfWord(bracketed) ?? UNITS.find((u) => u.nameParts.includes(bracketed.toLowerCase()));
  return unitOfColumnName(header);
}

function unitOfValues(values: readonly string[]): UnitDefinition | undefined {
  if (values.length === 0 || !values.every((v) => PERCENT_TEXT.test(v.trim()))) return undefined;
  return UNITS.find((u) => u.code === 'pct');
}

/** Lower-case words of a name: `isEbookAvailable` -> "is ebook available", `flag_state` -> "flag state". */
export function phraseOf(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z0-9%€$£]+/g, ' ')
    .trim();
}

/**
 * Other names of a column a question may use: its words, its header as exported, merged
 * aliases, and its name without the unit (`weight_kg` -> "weight"), without "is"/"has" of a
 * yes/no column (`has_kiosk` -> "kiosk"). Never the column name itself.
 */
export function synonymsOf(name: string, originalName: string | undefined, aliases: readonly string[], unit: UnitDefinition | undefined): string[] {
  const out = new Set<string>();
  const add = (phrase: string) => {
    const p = phrase.trim();
    if (p && p !== name && !out.has(p)) out.add(p);
  };
  const words = phraseOf(name);
  if (words.includes(' ')) add(words);
  // `Late Fee ($)` -> "late fee": the bracketed unit is the `unit` field's business.
  if (originalName) add(phraseOf(originalName.replace(/\s*[([][^)\]]*[)\]]\s*$/, '')));
  for (const alias of aliases) add(phraseOf(alias));
  const parts = words.split(' ');
  if (unit && parts.length > 1 && unit.nameParts.includes(parts[parts.length - 1]!)) add(parts.slice(0, -1).join(' '));
  if (parts.length > 1 && ['is', 'has'].includes(parts[0]!)) add(parts.slice(1).join(' '));
  return [...out];
}

/** The row noun of a table line: the dataset's name, else the table's. */
export const tableRowNoun = (dataset: string | undefined, table: string): string => rowNounOf(dataset ?? table);

/**
 * The catalog's relationships that are not rejected, between tables the context holds, as SQL
 * table names (`tableOf` maps a dataset to its table).
 */
export function contextRelationships(catalog: Catalog, tableOf: ReadonlyMap<string, string>): SchemaRelationship[] {
  const out: SchemaRelationship[] = [];
  for (const r of catalog.relationships ?? []) {
    if (r.status === 'rejected') continue;
    const fromTable = tableOf.get(r.from.dataset);
    const toTable = tableOf.get(r.to.dataset);
    if (!fromTable || !toTable) continue;
    out.push({
      name: `${fromTable}.${r.from.field} -> ${toTable}.${r.to.field}`,
      from: { table: fromTable, column: r.from.field },
      to: { table: toTable, column: r.to.field },
      cardinality: r.cardinality,
      coverage: Math.round(r.coverage * 100) / 100,
      status: r.status,
    });
  }
  return out;
}

/** The JSON line of one relationship (contract B). */
export const relationshipLine = (r: SchemaRelationship): string =>
  JSON.stringify({ relationship: r.name, from: r.from, to: r.to, cardinality: r.cardinality, coverage: r.coverage, status: r.status });
