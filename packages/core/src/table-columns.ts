import { quoteLiteral } from './naming.js';
import type { SinkSqlRunner } from './sink.js';

/** One column of a store table, as DuckDB types it. */
export interface TableColumn {
  column_name: string;
  data_type: string;
}

/**
 * The columns of each of `tables` that exists in the store's main schema, in column order;
 * a table that does not exist is absent from the map.
 *
 * Not `duckdb_columns()`: that function lists every column of every table and view in the
 * store (some 900 in a store with two datasets, its catalog and its views), which took 3 to 8 ms
 * on the 2-core machine for one table's columns, once per statement, and every upload asked it
 * three times. Naming the tables costs about 1 ms for the existence check and 1 ms for their
 * columns (`pragma_table_info` reads one table each).
 */
export async function tableColumns(runner: Pick<SinkSqlRunner, 'all'>, tables: ReadonlyArray<string>): Promise<Map<string, TableColumn[]>> {
  const wanted = [...new Set(tables)];
  if (wanted.length === 0) return new Map();
  const present = await runner.all<{ table_name: string }>(
    `SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' AND database_name = current_database() AND table_name IN (${wanted.map(quoteLiteral).join(', ')})`,
  );
  return columnsOfTables(runner, present.map((t) => t.table_name));
}

/** The columns of `tables`, each of which must exist (see {@link tableColumns}, which checks). */
export async function columnsOfTables(runner: Pick<SinkSqlRunner, 'all'>, tables: ReadonlyArray<string>): Promise<Map<string, TableColumn[]>> {
  const names = [...new Set(tables)];
  const columns = new Map<string, TableColumn[]>(names.map((table) => [table, []]));
  if (names.length === 0) return columns;
  const perTable = names.map((table) => `SELECT ${quoteLiteral(table)} AS table_name, cid, name AS column_name, type AS data_type FROM pragma_table_info(${quoteLiteral(table)})`);
  const rows = await runner.all<{ table_name: string; column_name: string; data_type: string }>(`${perTable.join(' UNION ALL ')} ORDER BY table_name, cid`);
  for (const row of rows) columns.get(row.table_name)!.push({ column_name: row.column_name, data_type: String(row.data_type) });
  return columns;
}
