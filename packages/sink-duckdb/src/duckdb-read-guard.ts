import type { DuckDBConnection, DuckDBPreparedStatement, DuckDBValue } from '@duckdb/node-api';
import { ErrorCodes, LivingSchemaError, PRIVATE_TABLES, walkObjects } from '@living-schema/core';

/**
 * The store's own tables that untrusted SQL never reads, whatever path it takes (a CTE, a
 * subquery, a view, a table macro, `query_table`, `query`): core's `PRIVATE_TABLES`.
 */
export const INTERNAL_TABLES: ReadonlySet<string> = PRIVATE_TABLES;

/** Table functions untrusted SQL may read: generators and the catalog's description (no settings, files or secrets). */
const ALLOWED_TABLE_FUNCTIONS = new Set([
  'range', 'generate_series', 'unnest', 'json_each', 'json_tree', 'duckdb_tables', 'duckdb_views', 'duckdb_columns',
  'duckdb_schemas', 'duckdb_types', 'duckdb_constraints', 'duckdb_indexes', 'duckdb_functions', 'duckdb_keywords',
]);
/** Scalar functions that read settings, variables or the environment. */
const SETTING_READERS = new Set(['current_setting', 'getenv', 'getvariable', 'which_secret']);
/** System views and functions that expose settings, secrets, attached databases or logs. */
const SETTING_VIEWS = new Set([
  'pg_settings', 'duckdb_settings', 'duckdb_secrets', 'duckdb_secret_types', 'duckdb_databases', 'duckdb_extensions',
  'duckdb_memory', 'duckdb_temporary_files', 'duckdb_log', 'duckdb_logs', 'duckdb_variables', 'duckdb_prepared_statements',
]);
/** Characters no table of the store has and file paths and URLs do. */
const PATH_CHARACTERS = /[/\\:~*?]/;
/** File name endings DuckDB reads as a file when `<name>.<ending>` is not a table. */
const FILE_ENDINGS = /^(csv|tsv|txt|json|jsonl|ndjson|parquet|xlsx|arrow|ipc|db|duckdb|sqlite|gz|zst|bz2|xz|zip|tmp|log)$/i;

/** Table functions that read files, by name (refused before binding, which would touch the file). */
const FILE_READERS = /^(read_|parquet_|iceberg_|delta_|sqlite_|postgres_|mysql_)|^(glob|sniff_csv|parquet_scan|st_read)$/;

type GuardRule = 'internal-table' | 'file-function' | 'file-path' | 'external-catalog' | 'settings' | 'table-function' | 'unreadable';

function refused(rule: GuardRule, message: string, details: Record<string, unknown> = {}): LivingSchemaError {
  return new LivingSchemaError({ code: ErrorCodes.QUERY_REFUSED, message: `Refused (${rule}): ${message}`, details: { rule, ...details } });
}

/**
 * Lets a prepared untrusted SELECT run only if everything it reads is the store's user-facing
 * data. Two views of the statement, both DuckDB's own: the parse tree (`json_serialize_sql`)
 * for names as written (a qualified name DuckDB would read as a file, a settings view, an
 * internal table even where a CTE of that name shadows it), and the bound plan (`EXPLAIN`),
 * where views, macros, `query_table` and `query` are resolved to the tables they really scan.
 *
 * @param database the store's catalog name (`current_database()`)
 */
export function untrustedReadGuard(connection: DuckDBConnection, sql: string, database: string, params?: unknown[]): SelectChecks {
  let parsed = false;
  return {
    // Before DuckDB binds it: binding a name that is a file path already touches the file system.
    beforePrepare: async () => {
      const tree = await parseTree(connection, sql);
      // Not serialisable: prepare() then refuses it as not a SELECT, or afterPrepare below does.
      if (tree === undefined) return;
      walkObjects(tree, (node) => checkParsedNode(node, database));
      parsed = true;
    },
    afterPrepare: async () => {
      if (!parsed) throw refused('unreadable', 'the statement cannot be checked by the parser; only a single plain SELECT may run.');
      walkObjects(await boundPlan(connection, sql, params), (node) => checkPlanNode(node, database));
    },
  };
}

/** Checks that `boundedSelect` runs around its prepare step. */
export interface SelectChecks {
  beforePrepare(): Promise<void>;
  afterPrepare(): Promise<void>;
}

async function parseTree(connection: DuckDBConnection, sql: string): Promise<unknown> {
  const reader = await connection.runAndReadAll('SELECT json_serialize_sql($1::VARCHAR) AS j', [sql]);
  const parsed = JSON.parse(String(reader.getRowObjectsJS()[0]?.j ?? '{}')) as { error?: boolean; statements?: unknown[] };
  return parsed.error || parsed.statements?.length !== 1 ? undefined : parsed.statements[0];
}

async function boundPlan(connection: DuckDBConnection, sql: string, params?: unknown[]): Promise<unknown> {
  let prepared: DuckDBPreparedStatement;
  try {
    prepared = await connection.prepare(`EXPLAIN (FORMAT json) ${sql}`);
  } catch {
    // The statement does not bind: running it fails with DuckDB's own message, reading nothing.
    return [];
  }
  if (params?.length) prepared.bind(params as DuckDBValue[]);
  const reader = await prepared.runAndReadAll();
  return reader.getRowObjectsJS().map((row) => JSON.parse(String(row.explain_value)) as unknown);
}

function checkParsedNode(node: Record<string, unknown>, database: string): void {
  if (node.type === 'BASE_TABLE') {
    const parts = [node.catalog_name, node.schema_name, node.table_name].map((p) => String(p ?? ''));
    const [catalog, schema, table] = parts as [string, string, string];
    const written = parts.filter(Boolean).join('.');
    const qualified = Boolean(catalog || schema);
    if (parts.some((p) => PATH_CHARACTERS.test(p)) || /\.[^.]{1,8}$/.test(table) || (qualified && FILE_ENDINGS.test(table))) {
      throw refused('file-path', `"${written}" would be read as a file; only the store's tables may be queried.`, { table: written });
    }
    checkTableName(table, written);
    const ownCatalog = !catalog || catalog === database;
    const ownSchema = !schema || schema.toLowerCase() === 'main' || (!catalog && schema === database);
    if (!ownCatalog || !ownSchema) {
      throw refused('external-catalog', `"${written}" is outside the store's tables.`, { table: written });
    }
    return;
  }
  if (node.type === 'TABLE_FUNCTION') {
    const name = String((node.function as { function_name?: string } | undefined)?.function_name ?? '').toLowerCase();
    if (FILE_READERS.test(name)) throw refused('file-function', `${name}() reads files; only the store's tables may be queried.`, { function: name });
  }
  if (node.class === 'FUNCTION' && SETTING_READERS.has(String(node.function_name ?? '').toLowerCase())) {
    throw refused('settings', `${String(node.function_name)}() reads settings or the environment.`, { function: node.function_name });
  }
}

function checkTableName(table: string, written: string): void {
  const lower = table.toLowerCase();
  if (INTERNAL_TABLES.has(lower)) {
    throw refused('internal-table', `${table} is one of the store's internal tables (${[...INTERNAL_TABLES].join(', ')}); untrusted SQL reads only datasets, documents, annotations and the catalog.`, { table });
  }
  if (SETTING_VIEWS.has(lower) || lower.startsWith('pragma_')) throw refused('settings', `${written} exposes settings.`, { table: written });
}

function checkPlanNode(node: Record<string, unknown>, database: string): void {
  const info = node.extra_info as Record<string, unknown> | undefined;
  if (!info || typeof info !== 'object') return;
  if (typeof info.Table === 'string') {
    const [catalog, schema, ...rest] = splitQualifiedName(info.Table);
    if (catalog !== database || schema !== 'main' || rest.length !== 1) {
      throw refused('external-catalog', `the query reads ${info.Table}, outside the store's tables.`, { table: info.Table });
    }
    checkTableName(rest[0]!, info.Table);
  }
  if (typeof info.Function === 'string') {
    const name = info.Function.toLowerCase();
    if (SETTING_VIEWS.has(name) || name.startsWith('pragma_')) throw refused('settings', `${name}() exposes settings.`, { function: name });
    if (!ALLOWED_TABLE_FUNCTIONS.has(name)) {
      throw refused('table-function', `the query reads through ${name}(), which is not one of the table functions allowed here (${[...ALLOWED_TABLE_FUNCTIONS].slice(0, 5).join(', ')}...).`, { function: name });
    }
  }
}

/** `a."b.c".d` -> ['a', 'b.c', 'd'] (DuckDB quotes a part that is a keyword or holds a dot). */
function splitQualifiedName(name: string): string[] {
  const parts: string[] = [];
  const pattern = /"((?:[^"]|"")*)"|([^."]+)/g;
  for (const match of name.matchAll(pattern)) parts.push(match[1] !== undefined ? match[1].replace(/""/g, '"') : match[2]!);
  return parts;
}

