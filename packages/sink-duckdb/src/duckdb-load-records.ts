import type { DuckDBConnection } from '@duckdb/node-api';
import { LINEAGE_COLUMNS, columnsOfTables, quoteIdentifier, quoteLiteral, toSnakeCase, type ColumnChange, type StagedBatch } from '@living-schema/core';
import { CORE_TABLES, MIGRATIONS_TABLE } from './duckdb-migrations.js';
import { allRows, runStatement } from './duckdb-sql.js';
import { commonSupertype, needsWidening } from './duckdb-type-ladder.js';

/** Columns whose type in the staged file says nothing useful, stored as VARCHAR. */
function storableType(type: string): string {
  const upper = type.toUpperCase();
  return upper === 'NULL' || upper === '"NULL"' || upper === 'JSON' ? 'VARCHAR' : type;
}

const RESERVED_TABLES = new Set<string>([...CORE_TABLES, MIGRATIONS_TABLE]);

/** Loads a records batch into its dataset's typed table, adding and widening columns as its file needs. */
export async function loadRecords(connection: DuckDBConnection, batch: StagedBatch, file: string): Promise<{ rowsLoaded: number; columnChanges: ColumnChange[] }> {
  const incoming = await allRows<{ column_name: string; column_type: string }>(connection, `DESCRIBE SELECT * FROM read_parquet(${file})`);
  const originals = new Map(batch.columns.map((c) => [c.name, c.originalName]));
  const dataColumns = incoming.filter((c) => !(LINEAGE_COLUMNS as ReadonlyArray<string>).includes(c.column_name));
  const hasRow = incoming.some((c) => c.column_name === '_row');

  const registered = await allRows<{ table_name: string }>(connection, `SELECT table_name FROM datasets WHERE name = $1`, [batch.dataset]);
  let table = registered[0]?.table_name;
  const columnChanges: ColumnChange[] = [];
  if (!table) {
    table = toSnakeCase(batch.dataset);
    if (RESERVED_TABLES.has(table) || table.startsWith('duckdb_') || table.startsWith('living_schema')) table = `${table}_records`;
    const taken = await allRows<{ n: number }>(connection, `SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = $1`, [table]);
    if ((taken[0]?.n ?? 0) > 0) table = `${table}_${Date.now().toString(36)}`;
    const definitions = dataColumns.map((c) => `${quoteIdentifier(c.column_name)} ${storableType(c.column_type)}`);
    definitions.push('_batch_id VARCHAR NOT NULL', '_source VARCHAR NOT NULL', '_row BIGINT', '_ingested_at TIMESTAMPTZ NOT NULL', '_schema_version INTEGER NOT NULL');
    await connection.run(`CREATE TABLE ${quoteIdentifier(table)} (${definitions.join(', ')})`);
    await runStatement(connection, `INSERT INTO datasets VALUES ($1, $2, $3, now())`, [batch.dataset, table, batch.source]);
    await rebuildStructuredDataView(connection);
    for (const c of dataColumns) {
      columnChanges.push({ dataset: batch.dataset, column: c.column_name, originalName: originals.get(c.column_name) ?? c.column_name, change: 'added', to: storableType(c.column_type) });
    }
  } else {
    const existing = (await columnsOfTables({ all: (sql, params) => allRows(connection, sql, params) }, [table])).get(table) ?? [];
    const types = new Map(existing.map((c) => [c.column_name, c.data_type]));
    for (const c of dataColumns) {
      const current = types.get(c.column_name);
      const originalName = originals.get(c.column_name) ?? c.column_name;
      if (current === undefined) {
        const type = storableType(c.column_type);
        await connection.run(`ALTER TABLE ${quoteIdentifier(table)} ADD COLUMN ${quoteIdentifier(c.column_name)} ${type}`);
        columnChanges.push({ dataset: batch.dataset, column: c.column_name, originalName, change: 'added', to: type });
      } else if (batch.rowCount > 0 && needsWidening(current, storableType(c.column_type))) {
        // Only values widen a column: a batch without rows (a header-only file) has none.
        const target = commonSupertype(current, storableType(c.column_type));
        await connection.run(`ALTER TABLE ${quoteIdentifier(table)} ALTER COLUMN ${quoteIdentifier(c.column_name)} SET DATA TYPE ${target}`);
        columnChanges.push({ dataset: batch.dataset, column: c.column_name, originalName, change: 'widened', from: current, to: target });
      }
    }
  }
  const selectData = dataColumns.map((c) => quoteIdentifier(c.column_name)).join(', ');
  // Without a `_row` from the source, a row's number is its position in the staged file (the
  // Parquet reader's own file_row_number: free, unlike a window over the whole batch).
  const numberByPosition = !hasRow && !dataColumns.some((c) => c.column_name === 'file_row_number');
  const rowExpression = hasRow ? '_row' : numberByPosition ? 'file_row_number + 1' : 'row_number() OVER ()';
  // The insert keeps the staged file's order (DuckDB's default). Dropping the order made a
  // million-row insert faster (full row groups, no rewrite at the next checkpoint), but the
  // setting is the instance's and the store's configuration is locked at open (see
  // StoreInstance): it would reorder every user's query without ORDER BY as well.
  const rowsLoaded = await runStatement(
    connection,
    `INSERT INTO ${quoteIdentifier(table)} BY NAME
     SELECT ${selectData ? `${selectData}, ` : ''}$1 AS _batch_id, $2 AS _source, ${rowExpression} AS _row, now() AS _ingested_at, $3 AS _schema_version
     FROM read_parquet(${file}${numberByPosition ? ', file_row_number = true' : ''})`,
    [batch.batchId, batch.sourceUri, batch.schemaVersion],
  );
  return { rowsLoaded, columnChanges };
}

async function rebuildStructuredDataView(connection: DuckDBConnection): Promise<void> {
  const datasets = await allRows<{ name: string; table_name: string }>(connection, `SELECT name, table_name FROM datasets ORDER BY name`);
  const parts = datasets.map(
    (d) =>
      `SELECT ${quoteLiteral(d.name)} AS dataset, _batch_id AS batch_id, _source AS source_uri, _row AS row_number,
              _ingested_at AS ingested_at, _schema_version AS schema_version,
              to_json(t)::JSON AS record
       FROM ${quoteIdentifier(d.table_name)} t`,
  );
  await connection.run(`CREATE OR REPLACE VIEW structured_data AS ${parts.join(' UNION ALL ')}`);
}
