import { ErrorCodes, LivingSchemaError, quoteIdentifier, type Catalog, type SinkV1 } from '@living-schema/core';
import { wordsOf } from './query-words.js';
import { contextRelationships, relationshipLine, synonymsOf, tableRowNoun, unitOfColumn, type SchemaRelationship } from './schema-semantics.js';

export type { SchemaRelationship } from './schema-semantics.js';

export type SchemaTableKind = 'dataset' | 'documents' | 'annotations' | 'other';

export interface SchemaColumn {
  name: string;
  type: string;
  description?: string | null;
  /** The header as it arrived, when the name was normalised. */
  originalName?: string;
  /** Other names merged into this field. */
  aliases?: string[];
  /** Number of distinct values: exact up to 200,000 rows, approximate above (never above the non-null rows). */
  distinct?: number;
  /** Share of rows where the column is empty (null), to three decimals; absent when none is. */
  nullShare?: number;
  /** The unit the column holds: a `code` of core `UNITS` (`kg`, `min`, `pct`...). */
  unit?: string;
  /** Other names a question may use for the column (header words, aliases, name without unit). */
  synonyms?: string[];
  /** Every distinct value (most frequent first) when there are few. */
  values?: string[];
  /** A few typical values: the most frequent text values, or a number column's quartiles. */
  examples?: string[];
  /** Values of this column that the question names (looked up in the data for this question). */
  matches?: string[];
  min?: string | number | null;
  max?: string | number | null;
  /** Text values that all look like ISO dates. */
  dateLike?: boolean;
}

export interface SchemaTable {
  name: string;
  kind: SchemaTableKind;
  /** The record dataset the table holds. */
  dataset?: string;
  /** What one row is, as a singular noun (`service request`, `loan`). */
  rowNoun?: string;
  rows: number;
  /** Column recording when each row was ingested (time travel filters on it). */
  ingestedAt: string | null;
  columns: SchemaColumn[];
}

export interface SchemaEntityType {
  name: string;
  description: string | null;
  /** Labels merged into this entity type (counted as it). */
  aliases: string[];
  annotations: number;
  documents: number;
  /** Annotated texts, most frequent first. */
  examples: string[];
}

export interface FewShotExample {
  question: string;
  sql: string;
}

/** Everything the context is built from, for one moment. Cached. */
export interface SchemaFacts {
  schemaVersion: number;
  at: string | null;
  tables: SchemaTable[];
  /**
   * Names of the store's other tables and views (catalog, ledger, query log...): internal, so
   * never rendered into the context.
   */
  otherTables: string[];
  entityTypes: SchemaEntityType[];
  /** Join keys between the tables (not rejected ones), as of the same moment. */
  relationships: SchemaRelationship[];
}

export interface SchemaContext extends SchemaFacts {
  /** Tables by tier: full detail, columns only, names only. */
  tiers: { full: string[]; columns: string[]; names: string[] };
  /** The context as prompt text (JSON lines, see docs/querying.md). */
  text: string;
  /** Estimated tokens of `text` (4 characters a token). */
  tokens: number;
}

export interface SchemaContextOptions {
  /** A schema version number or a moment: the catalog, tables and values as they stood then. Default: now. */
  at?: number | Date | string;
  /** Token budget of the rendered context. Default 6,000. */
  budgetTokens?: number;
  /** Ranks tables by how much they have to do with the question. */
  question?: string;
}

export const DEFAULT_CONTEXT_BUDGET = 6_000;
const FEW_VALUES = 60;
const ENTITY_EXAMPLES = 200;
const LINEAGE = new Set(['_batch_id', '_source', '_row', '_ingested_at', '_schema_version', 'batch_id', 'schema_version', 'ingested_at']);
const NUMERIC = /INT|DOUBLE|FLOAT|DECIMAL|REAL|NUMERIC/i;
const EXACT_DISTINCT_ROWS = 200_000;
const DATE_TEXT = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/;

export const estimateTokens = (text: string) => Math.ceil(text.length / 4);

/** Reads tables, typed columns, values and entity types from the store, as of `at`. */
export async function collectSchemaFacts(sink: SinkV1, at?: number | Date | string): Promise<SchemaFacts> {
  const moment = at === undefined ? undefined : typeof at === 'number' ? at : new Date(at);
  if (moment instanceof Date && Number.isNaN(moment.getTime())) {
    throw new LivingSchemaError({ code: ErrorCodes.NOT_FOUND, message: `"${String(at)}" is neither a schema version nor a date.`, details: { at } });
  }
  const snapshot = moment === undefined ? await sink.catalog.current() : await sink.catalog.snapshot(moment);
  if (!snapshot) {
    throw new LivingSchemaError({ code: ErrorCodes.NOT_FOUND, message: `No schema version ${typeof moment === 'number' ? moment : `as of ${String(at)}`}.`, details: { at } });
  }
  const asOf = moment instanceof Date ? moment.toISOString() : moment === undefined ? null : snapshot.createdAt;
  const reader = sink.reader;
  const catalog: Catalog = snapshot.catalog;
  const registered = await reader.all<{ name: string; table_name: string }>(`SELECT name, table_name FROM datasets ORDER BY name`);
  const known = moment === undefined ? registered : registered.filter((d) => catalog.datasets.length === 0 || catalog.datasets.some((c) => c.name === d.name));
  const columnRows = await reader.all<{ table_name: string; column_name: string; data_type: string }>(
    `SELECT table_name, column_name, data_type FROM duckdb_columns() WHERE schema_name = 'main' AND database_name = current_database() ORDER BY table_name, column_index`,
  );
  const columnsOf = new Map<string, Array<{ name: string; type: string }>>();
  for (const row of columnRows) {
    const list = columnsOf.get(row.table_name) ?? [];
    list.push({ name: row.column_name, type: row.data_type });
    columnsOf.set(row.table_name, list);
  }
  const taught = columnsOf.has('field_synonyms') ? await taughtWords(sink) : new Map<string, string[]>();
  const tables: SchemaTable[] = [];
  const filterFor = (ingestedAt: string | null) => (asOf && ingestedAt ? ` WHERE ${quoteIdentifier(ingestedAt)} <= TIMESTAMPTZ '${asOf}'` : '');

  for (const dataset of known) {
    const all = columnsOf.get(dataset.table_name);
    if (!all) continue;
    const ingestedAt = all.some((c) => c.name === '_ingested_at') ? '_ingested_at' : null;
    const fieldsHere = catalog.fields.filter((f) => f.dataset === dataset.name);
    const columns = all
      .filter((c) => !LINEAGE.has(c.name))
      .filter((c) => fieldsHere.length === 0 || moment === undefined || fieldsHere.some((f) => f.name === c.name && f.status !== 'deprecated'))
      .map((c): SchemaColumn => {
        const field = fieldsHere.find((f) => f.name === c.name);
        // A merged field's name and the words people taught for it are names of the field too.
        const aliases = [...fieldsHere.filter((f) => field && f.aliasOf === field.id).map((f) => f.name), ...(taught.get(`${dataset.name}\u0000${c.name}`) ?? [])];
        return {
          name: c.name,
          type: c.type,
          ...(field?.description ? { description: field.description } : {}),
          ...(field && field.originalName !== c.name ? { originalName: field.originalName } : {}),
          ...(aliases.length ? { aliases } : {}),
        };
      });
    const rows = await describeValues(sink, dataset.table_name, columns, filterFor(ingestedAt));
    addSemantics(columns, fieldsHere);
    tables.push({ name: dataset.table_name, kind: 'dataset', dataset: dataset.name, rowNoun: tableRowNoun(dataset.name, dataset.table_name), rows, ingestedAt, columns });
  }

  for (const [name, kind] of [['annotations', 'annotations'], ['raw_documents', 'documents']] as const) {
    const all = columnsOf.get(name);
    if (!all) continue;
    const columns: SchemaColumn[] = all.filter((c) => !LINEAGE.has(c.name)).map((c) => ({ name: c.name, type: c.type }));
    const describe = columns.filter((c) => (kind === 'annotations' ? ['annotator', 'status', 'origin', 'annotated_at', 'span_start'] : ['extraction_method', 'language', 'page_number', 'ocr_confidence']).includes(c.name));
    const rows = await describeValues(sink, name, describe, filterFor('ingested_at'));
    tables.push({ name, kind, rows, ingestedAt: 'ingested_at', columns });
  }

  const entityTypes = await collectEntityTypes(sink, catalog, filterFor('ingested_at'));
  const usedNames = new Set(tables.map((t) => t.name));
  const otherTables = [...columnsOf.keys()].filter((t) => !usedNames.has(t) && !t.startsWith('living_schema') && !t.startsWith('__')).sort();
  const tableOf = new Map(tables.filter((t) => t.dataset).map((t) => [t.dataset!, t.name]));
  const relationships = contextRelationships(catalog, tableOf);
  return { schemaVersion: snapshot.version, at: asOf, tables, otherTables, entityTypes, relationships };
}

/** The words people taught for fields (`living-schema schema teach`), by dataset and field. */
async function taughtWords(sink: SinkV1): Promise<Map<string, string[]>> {
  const rows = await sink.reader.all<{ dataset: string; field: string; word: string }>(`SELECT dataset, field, word FROM field_synonyms ORDER BY dataset, field, word`);
  const words = new Map<string, string[]>();
  for (const row of rows) words.set(`${row.dataset}\u0000${row.field}`, [...(words.get(`${row.dataset}\u0000${row.field}`) ?? []), row.word]);
  return words;
}

/** Units and synonyms of a dataset's columns, from their names, headers, aliases and values. */
function addSemantics(columns: SchemaColumn[], fields: Catalog['fields']): void {
  for (const column of columns) {
    const field = fields.find((f) => f.name === column.name);
    const unit = unitOfColumn(column.name, field?.originalName, column.values ?? column.examples ?? []);
    if (unit) column.unit = unit.code;
    const synonyms = synonymsOf(column.name, field?.originalName, column.aliases ?? [], unit);
    if (synonyms.length) column.synonyms = synonyms;
  }
}

/**
 * The phrases of a question (runs of one to four words) that could be a stored value: a name
 * ("Amelia Hartley"), a code, a place. Single words under three letters and bare numbers are not.
 */
export function candidatePhrases(question: string): string[] {
  const words = question.match(/[\p{L}\p{N}][\p{L}\p{N}'&.-]*/gu)?.map((w) => w.replace(/['.-]+$/, '').replace(/'s$/i, '')) ?? [];
  const phrases = new Set<string>();
  for (let length = 1; length <= 4; length += 1) {
    for (let start = 0; start + length <= words.length; start += 1) {
      const phrase = words.slice(start, start + length).join(' ').toLowerCase();
      if (length === 1 && (phrase.length < 3 || /^\d+([.,]\d+)?$/.test(phrase))) continue;
      phrases.add(phrase);
    }
  }
  return [...phrases].slice(0, 200);
}

/**
 * Looks the question's phrases up in the text columns whose values are too many to list: a
 * question about "Oliver Okafor" then finds him in `patient_name`, whichever provider answers.
 * Returns a copy of the facts with `matches` set on those columns; one query per table.
 */
export async function matchQuestionValues(sink: SinkV1, facts: SchemaFacts, question: string): Promise<SchemaFacts> {
  const phrases = candidatePhrases(question);
  if (phrases.length === 0) return facts;
  const list = phrases.map((p) => `'${p.replace(/'/g, "''")}'`).join(', ');
  const tables: SchemaTable[] = [];
  for (const table of facts.tables) {
    const open = table.kind === 'dataset' ? table.columns.filter((c) => /VARCHAR|TEXT|STRING/i.test(c.type) && !c.values && !c.dateLike) : [];
    if (open.length === 0) {
      tables.push(table);
      continue;
    }
    const where = facts.at && table.ingestedAt ? ` AND ${quoteIdentifier(table.ingestedAt)} <= TIMESTAMPTZ '${facts.at}'` : '';
    const parts = open.map((c, i) => `SELECT DISTINCT ${i} AS c, ${quoteIdentifier(c.name)}::VARCHAR AS v FROM ${quoteIdentifier(table.name)} WHERE lower(${quoteIdentifier(c.name)}) IN (${list})${where}`);
    let found: Array<{ c: number; v: string }> = [];
    try {
      found = await sink.reader.all<{ c: number; v: string }>(`SELECT c, v FROM (${parts.join(' UNION ALL ')}) ORDER BY c, v LIMIT 100`);
    } catch {
      // A lookup that fails leaves the context as it was: the provider answers without it.
    }
    if (found.length === 0) {
      tables.push(table);
      continue;
    }
    tables.push({
      ...table,
      columns: table.columns.map((column) => {
        const i = open.indexOf(column);
        const matches = found.filter((f) => Number(f.c) === i).map((f) => f.v);
        return i >= 0 && matches.length ? { ...column, matches } : column;
      }),
    });
  }
  return { ...facts, tables };
}

async function describeValues(sink: SinkV1, table: string, columns: SchemaColumn[], where: string): Promise<number> {
  const t = quoteIdentifier(table);
  // Exact distinct counts where they are cheap; HyperLogLog (off by a few percent) on big tables.
  const [{ n: total = 0 } = {}] = await sink.reader.all<{ n?: number }>(`SELECT count(*) AS n FROM ${t}${where}`);
  const distinctOf = (q: string) => (Number(total) <= EXACT_DISTINCT_ROWS ? `count(DISTINCT ${q})` : `approx_count_distinct(${q})`);
  const parts = ['count(*) AS n'];
  columns.forEach((c, i) => {
    const q = quoteIdentifier(c.name);
    if (/\[\]|STRUCT|MAP|UNION|BLOB|JSON/i.test(c.type)) return;
    parts.push(`${distinctOf(q)} AS d${i}`, `count(${q}) AS c${i}`, `min(${q})::VARCHAR AS lo${i}`, `max(${q})::VARCHAR AS hi${i}`);
    // Typical numbers are the quartiles, not the smallest values.
    if (NUMERIC.test(c.type)) parts.push(`quantile_disc(${q}, [0.25, 0.5, 0.75])::VARCHAR[] AS q${i}`);
  });
  const summary = (await sink.reader.all<Record<string, unknown>>(`SELECT ${parts.join(', ')} FROM ${t}${where}`))[0] ?? {};
  const rows = Number(summary.n ?? 0);
  for (let i = 0; i < columns.length; i += 1) {
    const column = columns[i]!;
    if (!(`d${i}` in summary)) continue;
    const present = Number(summary[`c${i}`] ?? 0);
    // approx_count_distinct can overshoot: a column never has more values than rows.
    const distinct = Math.min(Number(summary[`d${i}`] ?? 0), present);
    column.distinct = distinct;
    if (rows > 0 && present < rows) column.nullShare = Math.round(((rows - present) / rows) * 1000) / 1000;
    const numeric = NUMERIC.test(column.type);
    const lo = summary[`lo${i}`] as string | null;
    const hi = summary[`hi${i}`] as string | null;
    if (numeric) {
      column.min = lo === null ? null : Number(lo);
      column.max = hi === null ? null : Number(hi);
      const quartiles = [...new Set((summary[`q${i}`] as string[] | null) ?? [])];
      if (quartiles.length) column.examples = quartiles;
    } else if (/DATE|TIME/i.test(column.type)) {
      column.min = lo;
      column.max = hi;
    }
    if (/VARCHAR|TEXT|STRING/i.test(column.type)) {
      if (lo && hi && DATE_TEXT.test(lo) && DATE_TEXT.test(hi)) {
        column.dateLike = true;
        column.min = lo;
        column.max = hi;
        continue;
      }
      const q = quoteIdentifier(column.name);
      const top = await sink.reader.all<{ v: string }>(
        // Ties broken by a hash, not alphabetically: examples of unique values are then a spread,
        // not the smallest strings.
        `SELECT ${q}::VARCHAR AS v FROM ${t}${where}${where ? ' AND' : ' WHERE'} ${q} IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, hash(1), 1 LIMIT ${FEW_VALUES + 1}`,
      );
      const values = top.map((r) => r.v);
      // Few distinct values that repeat are categories a question filters on; else examples.
      if (values.length <= FEW_VALUES && (distinct <= FEW_VALUES || values.length < rows)) {
        column.values = values;
        column.distinct = values.length;
      } else column.examples = values.slice(0, 5);
    }
  }
  return rows;
}

async function collectEntityTypes(sink: SinkV1, catalog: Catalog, where: string): Promise<SchemaEntityType[]> {
  let labels: Array<{ label: string; n: number; docs: number }> = [];
  let examples: Array<{ label: string; text: string }> = [];
  try {
    labels = await sink.reader.all(`SELECT label, count(*)::BIGINT AS n, count(DISTINCT document_id)::BIGINT AS docs FROM annotations${where} GROUP BY label ORDER BY label`);
    examples = await sink.reader.all(
      `SELECT label, text FROM annotations${where}${where ? ' AND' : ' WHERE'} text IS NOT NULL GROUP BY label, text
       QUALIFY row_number() OVER (PARTITION BY label ORDER BY count(*) DESC, text) <= ${ENTITY_EXAMPLES} ORDER BY label, count(*) DESC, text`,
    );
  } catch {
    return [];
  }
  const byName = new Map(catalog.entityTypes.map((e) => [e.originalName, e] as const));
  for (const e of catalog.entityTypes) byName.set(e.name, e);
  const canonicalOf = (label: string): string => {
    const entry = byName.get(label);
    if (!entry || entry.aliasOf === null) return entry?.name ?? label;
    return catalog.entityTypes.find((e) => e.id === entry.aliasOf)?.name ?? entry.name;
  };
  const result = new Map<string, SchemaEntityType>();
  for (const entry of catalog.entityTypes) {
    if (entry.aliasOf !== null) continue;
    result.set(entry.name, { name: entry.name, description: entry.description, aliases: [], annotations: 0, documents: 0, examples: [] });
  }
  for (const row of labels) {
    const canonical = canonicalOf(row.label);
    const target = result.get(canonical) ?? { name: canonical, description: byName.get(canonical)?.description ?? null, aliases: [], annotations: 0, documents: 0, examples: [] };
    if (row.label !== canonical && !target.aliases.includes(row.label)) target.aliases.push(row.label);
    target.annotations += Number(row.n);
    target.documents = Math.max(target.documents, Number(row.docs));
    result.set(canonical, target);
  }
  for (const entry of catalog.entityTypes) {
    if (entry.aliasOf === null) continue;
    const canonical = canonicalOf(entry.name);
    const target = result.get(canonical);
    for (const alias of [entry.name, entry.originalName]) if (target && alias !== canonical && !target.aliases.includes(alias)) target.aliases.push(alias);
  }
  for (const row of examples) {
    const target = result.get(canonicalOf(row.label));
    if (target && target.examples.length < ENTITY_EXAMPLES && !target.examples.includes(row.text)) target.examples.push(row.text);
  }
  return [...result.values()].filter((e) => e.annotations > 0 || e.description).sort((a, b) => a.name.localeCompare(b.name));
}

/** How much a table has to do with a question (words of its name, columns and values). */
export function tableRelevance(table: SchemaTable, question: string | undefined, entityTypes: SchemaEntityType[]): number {
  const base = table.kind === 'dataset' ? 3 : table.kind === 'annotations' ? 2 : table.kind === 'documents' ? 1 : 0;
  if (!question) return base;
  const words = new Set(wordsOf(question));
  const text = question.toLowerCase();
  let score = base;
  for (const w of wordsOf(table.name)) if (words.has(w)) score += 6;
  for (const column of table.columns) {
    for (const w of wordsOf(column.name)) if (words.has(w)) score += 2;
    for (const value of column.values ?? []) if (value.length > 2 && text.includes(value.toLowerCase())) score += 4;
  }
  if (table.kind === 'annotations') {
    if (/\b(mention|mentions|mentioned|annotat|label|entity|entities|span)/.test(text)) score += 8;
    for (const entity of entityTypes) for (const w of wordsOf(entity.name)) if (words.has(w)) score += 3;
  }
  if (table.kind === 'documents' && /\b(document|documents|page|pages|text)\b/.test(text)) score += 4;
  return score;
}

/** Renders the facts within a token budget: full detail for the most relevant tables, columns for the next, names for the rest. */
export function renderSchemaContext(facts: SchemaFacts, options: { budgetTokens?: number; question?: string } = {}): SchemaContext {
  const budget = options.budgetTokens ?? DEFAULT_CONTEXT_BUDGET;
  const ranked = [...facts.tables].sort((a, b) => tableRelevance(b, options.question, facts.entityTypes) - tableRelevance(a, options.question, facts.entityTypes) || a.name.localeCompare(b.name));
  const header = `Tables of the store (DuckDB, schema main). One JSON object per table; "values" lists every distinct value of a column, "examples" a few, "matches" the values of a column that the question names.`;
  const entityLines = facts.entityTypes.map((e) =>
    JSON.stringify({ entityType: e.name, description: e.description ?? undefined, aliases: e.aliases.length ? e.aliases : undefined, annotations: e.annotations, documents: e.documents, examples: e.examples.slice(0, 30) }),
  );
  const entityHeader = entityLines.length
    ? `Entity types (annotations.label holds them; merged aliases count as their entity type; annotations.text is the annotated text; annotations.document_id joins raw_documents.document_id):`
    : '';
  const relationshipLines = (facts.relationships ?? []).map(relationshipLine);
  const relationshipHeader = relationshipLines.length
    ? `Relationships (join keys: every "from" value names a row of "to"; "coverage" is the share of from's values found in to; "confirmed" by a reviewer, else "suggested" by discovery):`
    : '';
  let used =
    estimateTokens(header) + estimateTokens(entityHeader) + estimateTokens(relationshipHeader) +
    [...entityLines, ...relationshipLines].reduce((n, l) => n + estimateTokens(l) + 1, 0);
  const full: string[] = [];
  const columnsOnly: string[] = [];
  const names: string[] = [];
  const lines: string[] = [];
  for (const table of ranked) {
    const detailed = JSON.stringify({ table: table.name, kind: table.kind, dataset: table.dataset, rowNoun: table.rowNoun, rows: table.rows, ingestedAt: table.ingestedAt ?? undefined, columns: table.columns });
    const brief = JSON.stringify({ table: table.name, kind: table.kind, rowNoun: table.rowNoun, rows: table.rows, columns: table.columns.map((c) => ({ name: c.name, type: c.type, unit: c.unit })) });
    // Keep room for the names of every table after this one.
    const reserve = ranked.length * 8;
    if (used + estimateTokens(detailed) + reserve <= budget) {
      lines.push(detailed);
      full.push(table.name);
      used += estimateTokens(detailed) + 1;
    } else if (used + estimateTokens(brief) + reserve <= budget) {
      lines.push(brief);
      columnsOnly.push(table.name);
      used += estimateTokens(brief) + 1;
    } else {
      names.push(table.name);
    }
  }
  // Only data tables that did not fit: the store's internal tables are never listed.
  const text = [
    header,
    ...lines,
    names.length ? `Other tables (names only): ${names.join(', ')}` : '',
    relationshipHeader,
    ...relationshipLines,
    entityHeader,
    ...entityLines,
  ]
    .filter(Boolean)
    .join('\n');
  return { ...facts, tiers: { full, columns: columnsOnly, names }, text, tokens: estimateTokens(text) };
}

/** Few-shot examples derived from the catalog (and from saved reports, when given). */
export function fewShotExamples(facts: SchemaFacts, saved: FewShotExample[] = []): FewShotExample[] {
  const examples: FewShotExample[] = [];
  const dataset = facts.tables.find((t) => t.kind === 'dataset');
  if (dataset) {
    const t = quoteIdentifier(dataset.name);
    examples.push({ question: `How many ${dataset.name.replace(/_/g, ' ')} are there?`, sql: `SELECT count(*) AS count FROM ${t}` });
    const category = dataset.columns.find((c) => c.values && c.values.length > 1);
    if (category) {
      const q = quoteIdentifier(category.name);
      examples.push({ question: `How many ${dataset.name.replace(/_/g, ' ')} are there per ${category.name.replace(/_/g, ' ')}?`, sql: `SELECT ${q}, count(*) AS count FROM ${t} GROUP BY ${q} ORDER BY count DESC, ${q}` });
      const value = category.values![0]!;
      examples.push({ question: `How many ${dataset.name.replace(/_/g, ' ')} have ${category.name.replace(/_/g, ' ')} ${value.toLowerCase()}?`, sql: `SELECT count(*) AS count FROM ${t} WHERE lower(${q}) = lower('${value.replace(/'/g, "''")}')` });
    }
  }
  const entity = facts.entityTypes.find((e) => e.examples.length > 0);
  if (entity) {
    const labels = [entity.name, ...entity.aliases].map((l) => `'${l.replace(/'/g, "''")}'`).join(', ');
    const text = entity.examples[0]!.replace(/'/g, "''");
    examples.push({
      question: `How many documents mention ${entity.name} ${entity.examples[0]}?`,
      sql: `SELECT count(DISTINCT document_id) AS documents FROM annotations WHERE label IN (${labels}) AND lower(text) = lower('${text}')`,
    });
  }
  return [...saved.slice(0, 5), ...examples];
}
