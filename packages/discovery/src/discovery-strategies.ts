import { LINEAGE_COLUMNS, quoteIdentifier, type DiscoveryCandidate, type DiscoveryScope, type DiscoveryStrategyV1, type SinkV1 } from '@living-schema/core';

const DEFAULT_EXAMPLES = 5;

function toIso(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const date = new Date(String(value));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * Finds entity types: the distinct `label`s of the `annotations` table, with how often and when
 * each was seen and a few example spans. With `scope.batchId` it reads that batch only.
 *
 * @param options.maxExamples example texts per label, default 5
 * @example
 * createLivingSchema({ sink, discovery: [annotationLabels()], plugins: [discovery()] });
 */
export function annotationLabels(options: { maxExamples?: number } = {}): DiscoveryStrategyV1 {
  const maxExamples = options.maxExamples ?? DEFAULT_EXAMPLES;
  return {
    specificationVersion: 'v1',
    name: 'annotation-labels',
    kinds: ['annotations'],
    async discover(sink: SinkV1, scope: DiscoveryScope): Promise<DiscoveryCandidate[]> {
      if (scope.kind && scope.kind !== 'annotations') return [];
      const where = scope.batchId ? 'WHERE batch_id = $1' : '';
      const params = scope.batchId ? [scope.batchId] : [];
      const rows = await sink.reader.all<{ label: string; n: number; first_seen: unknown; last_seen: unknown; examples: string[] | null }>(
        `WITH scoped AS (SELECT label, text, coalesce(annotated_at, ingested_at) AS seen FROM annotations ${where}),
              counts AS (SELECT label, count(*) AS n, min(seen) AS first_seen, max(seen) AS last_seen FROM scoped GROUP BY label),
              examples AS (
                SELECT label, list(text ORDER BY text) AS examples
                FROM (SELECT label, text, row_number() OVER (PARTITION BY label ORDER BY text) AS rn
                      FROM (SELECT DISTINCT label, text FROM scoped WHERE text IS NOT NULL AND text <> ''))
                WHERE rn <= ${Math.max(0, Math.floor(maxExamples))}
                GROUP BY label)
         SELECT c.label, c.n, c.first_seen, c.last_seen, e.examples FROM counts c LEFT JOIN examples e USING (label) ORDER BY c.label`,
        params,
      );
      return rows.map((r) => ({
        subject: 'entity_type',
        dataset: null,
        name: r.label,
        originalName: r.label,
        dataType: null,
        occurrenceCount: Number(r.n),
        firstSeen: toIso(r.first_seen),
        lastSeen: toIso(r.last_seen),
        examples: (r.examples ?? []).map(String),
      }));
    },
  };
}

/** Above this many columns a table is counted and sampled in groups (see recordColumns). */
const WIDE_TABLE_COLUMNS = 100;
/** How many of a column's smallest values the one-pass example search looks at. */
const EXAMPLE_CANDIDATES = 50;
/** Examples are taken from a batch's first this many rows (by `_row`). */
const EXAMPLE_ROWS = 100_000;
/** Columns counted and sampled per statement in a wide table. */
const COLUMNS_PER_QUERY = 500;

/**
 * Finds fields: the columns of each record dataset's table (registered in `datasets`), typed,
 * with the number of non-null values, when they were seen and a few example values. With
 * `scope.batchId` it counts that batch's rows only; with `scope.dataset` one dataset only.
 *
 * @param options.maxExamples example values per column, default 3
 */
export function recordColumns(options: { maxExamples?: number } = {}): DiscoveryStrategyV1 {
  const maxExamples = options.maxExamples ?? 3;
  const examplesPerField = Math.max(0, Math.floor(maxExamples));
  return {
    specificationVersion: 'v1',
    name: 'record-columns',
    kinds: ['records'],
    async discover(sink: SinkV1, scope: DiscoveryScope): Promise<DiscoveryCandidate[]> {
      if (scope.kind && scope.kind !== 'records') return [];
      const datasets = await sink.reader.all<{ name: string; table_name: string }>(
        `SELECT name, table_name FROM datasets ${scope.dataset ? 'WHERE name = $1' : ''} ORDER BY name`,
        scope.dataset ? [scope.dataset] : [],
      );
      const out: DiscoveryCandidate[] = [];
      for (const dataset of datasets) {
        const columns = (
          await sink.reader.all<{ column_name: string; data_type: string }>(
            `SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = $1 AND schema_name = 'main' ORDER BY column_index`,
            [dataset.table_name],
          )
        ).filter((c) => !(LINEAGE_COLUMNS as ReadonlyArray<string>).includes(c.column_name));
        if (columns.length === 0) continue;
        const table = quoteIdentifier(dataset.table_name);
        const where = scope.batchId ? 'WHERE _batch_id = $1' : '';
        const params = scope.batchId ? [scope.batchId] : [];
        const field = (c: { column_name: string; data_type: string }, count: unknown, examples: unknown, first: unknown, last: unknown): DiscoveryCandidate => ({
          subject: 'field',
          dataset: dataset.name,
          name: c.column_name,
          originalName: c.column_name,
          dataType: c.data_type,
          occurrenceCount: Number(count ?? 0),
          firstSeen: toIso(first),
          lastSeen: toIso(last),
          examples: ((examples as unknown[] | null) ?? []).map(String),
        });
        const prefix = `_row <= ${EXAMPLE_ROWS}`;
        if (columns.length <= WIDE_TABLE_COLUMNS) {
          // Examples are a column's smallest distinct values, in text order, among the batch's
          // first EXAMPLE_ROWS rows (so the scan stays bounded however large the batch; counts
          // cover every row). One pass takes each column's EXAMPLE_CANDIDATES smallest values (a
          // bounded heap, no hash of every value); only the columns whose smallest values repeat
          // too much to hold enough distinct ones are asked again, with DISTINCT, in one more pass.
          // On a million-row, ten-column batch the field scan took 0.5 s with a DISTINCT per column
          // over the whole batch; see docs/performance.md for what it takes now.
          const candidates = Math.max(EXAMPLE_CANDIDATES, examplesPerField);
          const counts = columns.map((c, i) => `count(${quoteIdentifier(c.column_name)}) AS c${i}`);
          const [row] = await sink.reader.all<Record<string, unknown>>(
            `SELECT count(*) AS _rows, min(_ingested_at) AS _first, max(_ingested_at) AS _last, ${counts.join(', ')} FROM ${table} ${where}`,
            params,
          );
          if (!row || Number(row._rows) === 0) continue;
          // A WHERE on `_row` (not a FILTER) lets DuckDB skip the row groups past the prefix.
          const inPrefix = `${where ? `${where} AND` : 'WHERE'} ${prefix}`;
          let examples: string[][] = columns.map(() => []);
          if (examplesPerField > 0) {
            const smallestOf = columns.map((c, i) => `min(${quoteIdentifier(c.column_name)}::VARCHAR, ${candidates}) AS e${i}`);
            const [firstPass] = await sink.reader.all<Record<string, unknown>>(`SELECT ${smallestOf.join(', ')} FROM ${table} ${inPrefix}`, params);
            const smallest = columns.map((_, i) => ((firstPass?.[`e${i}`] as unknown[] | null) ?? []).map(String));
            examples = smallest.map(distinctInTextOrder);
            const incomplete = columns.map((c, i) => ({ c, i })).filter(({ i }) => examples[i]!.length < examplesPerField && smallest[i]!.length >= candidates);
            if (incomplete.length > 0) {
              const again = incomplete.map(({ c, i }) => `min(DISTINCT ${quoteIdentifier(c.column_name)}::VARCHAR, ${examplesPerField}) AS e${i}`);
              const [more] = await sink.reader.all<Record<string, unknown>>(`SELECT ${again.join(', ')} FROM ${table} ${inPrefix}`, params);
              for (const { i } of incomplete) examples[i] = ((more?.[`e${i}`] as unknown[] | null) ?? []).map(String);
            }
          }
          columns.forEach((c, i) => out.push(field(c, row[`c${i}`], examples[i]!.slice(0, examplesPerField), row._first, row._last)));
          continue;
        }
        // A wide table: a subquery per column makes a statement DuckDB plans in time and memory
        // growing faster than the column count (10,000 columns: minutes and gigabytes). Instead
        // the columns are unpivoted into (name, value) rows, a group of columns per statement.
        const [totals] = await sink.reader.all<{ n: number; first: unknown; last: unknown }>(`SELECT count(*) AS n, min(_ingested_at) AS first, max(_ingested_at) AS last FROM ${table} ${where}`, params);
        if (!totals || Number(totals.n) === 0) continue;
        for (let from = 0; from < columns.length; from += COLUMNS_PER_QUERY) {
          const group = columns.slice(from, from + COLUMNS_PER_QUERY);
          const values = group.map((c) => `${quoteIdentifier(c.column_name)}::VARCHAR AS ${quoteIdentifier(c.column_name)}`).join(', ');
          // The same examples as the narrow path: smallest distinct values among the first rows.
          const rows = await sink.reader.all<{ name: string; n: number; examples: unknown[] | null }>(
            `SELECT name, sum(n) AS n, ${examplesPerField > 0 ? `min(value, ${examplesPerField}) FILTER (WHERE in_prefix)` : '[]'} AS examples
             FROM (SELECT name, value, count(*) AS n, bool_or(${prefix}) AS in_prefix
                   FROM (UNPIVOT (SELECT ${values}, _row FROM ${table} ${where}) ON COLUMNS(* EXCLUDE (_row)) INTO NAME name VALUE value) GROUP BY name, value)
             GROUP BY name`,
            params,
          );
          const byName = new Map(rows.map((r) => [r.name, r]));
          for (const c of group) out.push(field(c, byName.get(c.column_name)?.n ?? 0, byName.get(c.column_name)?.examples ?? [], totals.first, totals.last));
        }
      }
      return out;
    },
  };
}

/** Distinct values sorted as DuckDB sorts VARCHAR (by UTF-8 bytes). */
function distinctInTextOrder(values: string[]): string[] {
  return [...new Set(values)].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}
