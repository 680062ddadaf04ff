import { LINEAGE_COLUMNS, quoteIdentifier, tableColumns, type DiscoveryCandidate, type DiscoveryScope, type DiscoveryStrategyV1, type SinkV1, type TableColumn } from '@living-schema/core';

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
      const candidates: DiscoveryCandidate[] = rows.map((r) => ({
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
      if (!scope.batchId) return candidates;
      // Spans the batch superseded (see Batch.replacesDocuments) no longer count: their labels'
      // counts go down by as many. A label only superseded is a candidate with a negative count.
      const [history] = await sink.reader.all<{ n: number }>(`SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 'annotations_history' AND schema_name = 'main'`);
      if (!Number(history?.n)) return candidates;
      const superseded = await sink.reader.all<{ label: string; n: number }>(
        `SELECT label, count(*) AS n FROM annotations_history WHERE superseded_by = $1 GROUP BY label ORDER BY label`,
        [scope.batchId],
      );
      const byLabel = new Map(candidates.map((c) => [c.name, c]));
      for (const row of superseded) {
        const found = byLabel.get(row.label);
        if (found) found.occurrenceCount -= Number(row.n);
        else candidates.push({ subject: 'entity_type', dataset: null, name: row.label, originalName: row.label, dataType: null, occurrenceCount: -Number(row.n), firstSeen: null, lastSeen: null, examples: [] });
      }
      return candidates;
    },
  };
}

/** How many of a column's smallest values the one-pass example search looks at. */
const EXAMPLE_CANDIDATES = 50;
/** Examples are taken from a batch's first this many rows (by `_row`). */
const EXAMPLE_ROWS = 100_000;
/** Columns counted and sampled per statement. */
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
      const datasets = await datasetColumns(sink, scope.dataset);
      const out: DiscoveryCandidate[] = [];
      for (const dataset of datasets) {
        const columns = dataset.columns;
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
        // Counts cover every row of the scope. Examples are a column's smallest distinct values, in
        // text order, among the first EXAMPLE_ROWS rows of each batch (so the scan stays bounded
        // however large the batch). One pass takes each column's EXAMPLE_CANDIDATES smallest values
        // (a bounded heap per column, no hash of every value); only the columns whose smallest
        // values repeat too much to hold enough distinct ones are asked again, with DISTINCT.
        // Columns go COLUMNS_PER_QUERY to a statement: flat aggregates plan in time linear in their
        // number (a subquery per column did not: 10,000 columns took minutes and gigabytes), and an
        // unpivot of every value into (name, value) rows, the previous wide-table path, hashed
        // 20 million values for a 100,000-row batch of 200 columns (5 s; see docs/performance.md).
        const countsOf = (group: typeof columns) => group.map((c, i) => `count(${quoteIdentifier(c.column_name)}) AS c${i}`).join(', ');
        // The first group's counts ride with the totals: one statement for most datasets.
        const [totals] = await sink.reader.all<Record<string, unknown>>(
          `SELECT count(*) AS n, min(_ingested_at) AS first, max(_ingested_at) AS last, ${countsOf(columns.slice(0, COLUMNS_PER_QUERY))} FROM ${table} ${where}`,
          params,
        );
        if (!totals || Number(totals.n) === 0) continue;
        // A WHERE on `_row` (not a FILTER) lets DuckDB skip the row groups past the prefix.
        const inPrefix = `${where ? `${where} AND` : 'WHERE'} _row <= ${EXAMPLE_ROWS}`;
        const candidates = Math.max(EXAMPLE_CANDIDATES, examplesPerField);
        for (let from = 0; from < columns.length; from += COLUMNS_PER_QUERY) {
          const group = columns.slice(from, from + COLUMNS_PER_QUERY);
          const [counted] = from === 0 ? [totals] : await sink.reader.all<Record<string, unknown>>(`SELECT ${countsOf(group)} FROM ${table} ${where}`, params);
          let examples: string[][] = group.map(() => []);
          if (examplesPerField > 0) {
            // Numbers get their quartiles (typical values; text order would give 1000, 1050, 110).
            const smallestOf = group.map((c, i) =>
              NUMERIC_TYPE.test(c.data_type)
                ? `approx_quantile(${quoteIdentifier(c.column_name)}, [0.25, 0.5, 0.75])::VARCHAR[] AS e${i}`
                : `min(${quoteIdentifier(c.column_name)}::VARCHAR, ${candidates}) AS e${i}`,
            );
            const [firstPass] = await sink.reader.all<Record<string, unknown>>(`SELECT ${smallestOf.join(', ')} FROM ${table} ${inPrefix}`, params);
            const smallest = group.map((_, i) => ((firstPass?.[`e${i}`] as unknown[] | null) ?? []).map(String));
            examples = smallest.map((values, i) => (NUMERIC_TYPE.test(group[i]!.data_type) ? [...new Set(values)] : distinctInTextOrder(values)));
            const incomplete = group.map((c, i) => ({ c, i })).filter(({ i }) => examples[i]!.length < examplesPerField && smallest[i]!.length >= candidates);
            if (incomplete.length > 0) {
              const again = incomplete.map(({ c, i }) => `min(DISTINCT ${quoteIdentifier(c.column_name)}::VARCHAR, ${examplesPerField}) AS e${i}`);
              const [more] = await sink.reader.all<Record<string, unknown>>(`SELECT ${again.join(', ')} FROM ${table} ${inPrefix}`, params);
              for (const { i } of incomplete) examples[i] = ((more?.[`e${i}`] as unknown[] | null) ?? []).map(String);
            }
          }
          group.forEach((c, i) => out.push(field(c, counted?.[`c${i}`], examples[i]!.slice(0, examplesPerField), totals.first, totals.last)));
        }
      }
      return out;
    },
  };
}

/** Each dataset registered (or just `only`) whose table exists, with its table's columns, lineage columns left out. */
async function datasetColumns(sink: SinkV1, only: string | undefined): Promise<Array<{ name: string; table_name: string; columns: TableColumn[] }>> {
  const datasets = await sink.reader.all<{ name: string; table_name: string }>(
    `SELECT name, table_name FROM datasets ${only ? 'WHERE name = $1' : ''} ORDER BY name`,
    only ? [only] : [],
  );
  // Joining duckdb_tables() here cost more than asking it alone (4.6 ms against 1.6).
  const columns = await tableColumns(sink.reader, datasets.map((d) => d.table_name));
  const isData = (c: TableColumn) => !(LINEAGE_COLUMNS as ReadonlyArray<string>).includes(c.column_name);
  return datasets.filter((d) => columns.has(d.table_name)).map((d) => ({ ...d, columns: columns.get(d.table_name)!.filter(isData) }));
}

const NUMERIC_TYPE = /^(U?(TINY|SMALL|BIG|HUGE)?INT(EGER)?|DOUBLE|FLOAT|REAL|DECIMAL.*|NUMERIC.*)$/i;

/** Distinct values sorted as DuckDB sorts VARCHAR (by UTF-8 bytes). */
function distinctInTextOrder(values: string[]): string[] {
  return [...new Set(values)].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}
