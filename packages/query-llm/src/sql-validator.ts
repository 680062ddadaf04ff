import { ErrorCodes, LivingSchemaError, type SinkSqlRunner, walkObjects } from '@living-schema/core';

/** The guard rule that refused a statement; named in every refusal. */
export type GuardRule =
  | 'parse-error'
  | 'empty'
  | 'single-statement'
  | 'select-only'
  | 'write-statement'
  | 'attach'
  | 'copy-export'
  | 'extension'
  | 'settings'
  | 'call'
  | 'checkpoint'
  | 'transaction'
  | 'file-function'
  | 'table-function'
  | 'file-path'
  | 'external-catalog'
  | 'secrets'
  | 'sequence-write'
  | 'resource-limit';

export interface GuardRuleInfo {
  rule: GuardRule;
  description: string;
}

/** Every rule, for docs and error messages. */
export const GUARD_RULES: GuardRuleInfo[] = [
  { rule: 'parse-error', description: "DuckDB's parser could not read the statement" },
  { rule: 'empty', description: 'no statement was given' },
  { rule: 'single-statement', description: 'exactly one statement may run' },
  { rule: 'select-only', description: 'only SELECT (and FROM-first, DESCRIBE, SUMMARIZE) statements may run' },
  { rule: 'write-statement', description: 'INSERT, UPDATE, DELETE, MERGE, CREATE, DROP, ALTER, TRUNCATE are refused, including inside a CTE' },
  { rule: 'attach', description: 'ATTACH, DETACH and USE are refused' },
  { rule: 'copy-export', description: 'COPY, EXPORT and IMPORT are refused' },
  { rule: 'extension', description: 'INSTALL and LOAD are refused' },
  { rule: 'settings', description: 'SET, RESET, PRAGMA and reading settings (current_setting, duckdb_settings...) are refused' },
  { rule: 'call', description: 'CALL is refused' },
  { rule: 'checkpoint', description: 'CHECKPOINT and VACUUM are refused' },
  { rule: 'transaction', description: 'BEGIN, COMMIT and ROLLBACK are refused' },
  { rule: 'file-function', description: 'functions that read files or the network (read_csv, read_parquet, read_json, read_text, glob...) are refused in every position' },
  { rule: 'table-function', description: 'table functions outside a short allow-list (range, generate_series, unnest, json_each, duckdb_tables...) are refused' },
  { rule: 'file-path', description: "a file path or URL used as a table ('data.csv', 's3://...') is refused" },
  { rule: 'external-catalog', description: 'tables of another attached database or the system catalog are refused' },
  { rule: 'secrets', description: 'reading secrets or the environment (duckdb_secrets, which_secret, getenv) is refused' },
  { rule: 'sequence-write', description: 'nextval and setval change sequences and are refused' },
  { rule: 'resource-limit', description: 'generators asked for more rows than the limit (range/generate_series over 100M values, repeat/lpad/rpad over 1M characters) are refused' },
];

const FILE_FUNCTIONS = new Set([
  'read_csv', 'read_csv_auto', 'sniff_csv', 'read_parquet', 'parquet_scan', 'parquet_metadata', 'parquet_schema', 'parquet_file_metadata',
  'parquet_kv_metadata', 'parquet_bloom_probe', 'read_json', 'read_json_auto', 'read_json_objects', 'read_json_objects_auto', 'read_ndjson',
  'read_ndjson_auto', 'read_ndjson_objects', 'read_text', 'read_blob', 'glob', 'read_xlsx', 'st_read', 'iceberg_scan', 'iceberg_metadata',
  'iceberg_snapshots', 'delta_scan', 'sqlite_scan', 'sqlite_attach', 'postgres_scan', 'postgres_query', 'postgres_attach', 'mysql_scan',
  'mysql_query', 'read_ipc', 'scan_arrow_ipc', 'arrow_scan', 'httpfs', 'read_duckdb', 'load_aws_credentials', 'ducklake_snapshots',
]);

const SETTING_FUNCTIONS = new Set(['current_setting', 'duckdb_settings', 'pragma_settings', 'pragma_database_list', 'duckdb_databases', 'duckdb_extensions', 'duckdb_memory', 'duckdb_temporary_files', 'pragma_storage_info', 'pragma_metadata_info', 'duckdb_log', 'duckdb_logs']);
const SECRET_FUNCTIONS = new Set(['duckdb_secrets', 'which_secret', 'getenv', 'duckdb_secret_types']);
const SEQUENCE_WRITERS = new Set(['nextval', 'setval']);

/** Table functions a question may use: generators and the catalog's own description. */
const ALLOWED_TABLE_FUNCTIONS = new Set([
  'range', 'generate_series', 'unnest', 'json_each', 'json_tree', 'duckdb_tables', 'duckdb_views', 'duckdb_columns', 'duckdb_schemas',
  'duckdb_types', 'duckdb_constraints', 'duckdb_indexes', 'duckdb_functions', 'duckdb_keywords', 'test_all_types',
]);

const ALLOWED_CATALOGS = new Set(['', 'store', 'memory', 'temp']);
const MAX_GENERATED_ROWS = 100_000_000;
// One value's length, for the functions that build a value of a length they are given. DuckDB
// computes a whole 2,048-row chunk before any of it can be read and its memory_limit does not
// cover string data, so this (not the result byte cap) is what bounds its memory for such a value.
const MAX_REPEAT = 1_000_000;
const LENGTH_ARGUMENT: Record<string, number> = { repeat: 1, lpad: 1, rpad: 1 };

const STATEMENT_RULES: Array<[RegExp, GuardRule, string]> = [
  [/^(insert|update|delete|merge|upsert|create|drop|alter|truncate|comment|replace)\b/i, 'write-statement', 'writes or changes the database'],
  [/^(attach|detach|use)\b/i, 'attach', 'attaches, detaches or switches databases'],
  [/^(copy|export|import)\b/i, 'copy-export', 'copies data to or from files'],
  [/^(install|load|force\s+install|update\s+extensions)\b/i, 'extension', 'installs or loads an extension'],
  [/^(set|reset|pragma)\b/i, 'settings', 'reads or changes settings'],
  [/^call\b/i, 'call', 'calls a procedure'],
  [/^(checkpoint|force\s+checkpoint|vacuum|analyze)\b/i, 'checkpoint', 'maintains the database'],
  [/^(begin|commit|rollback|abort|start\s+transaction|end)\b/i, 'transaction', 'controls transactions'],
  [/^(explain|prepare|execute|deallocate)\b/i, 'select-only', 'is not a SELECT'],
];

export interface ValidatedSql {
  /** The statement, without a trailing semicolon. */
  sql: string;
  /** Tables and views it reads (unqualified names, lower-case), excluding its own CTEs. */
  tables: string[];
  /** Names of its CTEs. */
  cteNames: string[];
  /** Every table reference with its position in `sql` (UTF-16 index) and the text spelled there. */
  references: TableReference[];
  /** Column names it mentions anywhere (lower-case), for schema-drift checks. */
  columns: string[];
}

export interface TableReference {
  table: string;
  schema: string;
  catalog: string;
  alias: string;
  /** Index of the reference's first character in `sql`. */
  start: number;
  /** Index just after the (possibly qualified) name. */
  end: number;
}

/** Refusal error with the rule that fired. */
export function refusal(rule: GuardRule, message: string, details: Record<string, unknown> = {}): LivingSchemaError {
  return new LivingSchemaError({ code: ErrorCodes.QUERY_REFUSED, message: `Refused (${rule}): ${message}`, details: { rule, ...details } });
}

/** Removes comments and string literals, so keyword checks never look inside data. */
export function stripLiteralsAndComments(sql: string): string {
  return sql
    .replace(/--[^\n]*/g, ' ')
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/'(?:[^']|'')*'/g, "''")
    .replace(/\$([A-Za-z_]*)\$[\s\S]*?\$\1\$/g, "''");
}

/**
 * Checks one statement with DuckDB's own parser (`json_serialize_sql`) and walks the whole tree:
 * a rule fires wherever the construct sits (select list, FROM, joins, subqueries, CTEs, lateral).
 * Throws `LS_QUERY_REFUSED` naming the rule; returns what the statement reads otherwise.
 *
 * @param runner any trusted runner of the store (the parser is pure: nothing runs)
 */
export async function validateSql(sql: string, runner: SinkSqlRunner): Promise<ValidatedSql> {
  const trimmed = sql.trim().replace(/;\s*$/, '').trim();
  if (!trimmed) throw refusal('empty', 'the SQL is empty.');
  const stripped = stripLiteralsAndComments(trimmed).trim();
  const rows = await runner.all<{ j: string }>(`SELECT json_serialize_sql($1::VARCHAR) AS j`, [trimmed]);
  const parsed = JSON.parse(rows[0]?.j ?? '{}') as { error?: boolean; error_type?: string; error_message?: string; statements?: Array<{ node: unknown }> };
  if (parsed.error) {
    const statements = splitStatements(stripped);
    if (statements.length > 1) throw refusal('single-statement', `expected exactly one statement, found ${statements.length}.`, { statements: statements.length });
    for (const [pattern, rule, what] of STATEMENT_RULES) {
      if (pattern.test(stripped)) throw refusal(rule, `this statement ${what}; only a single read-only SELECT may run.`, { statement: stripped.split(/\s+/)[0]?.toUpperCase() });
    }
    if (/\b(insert|update|delete|merge)\b/i.test(stripped)) {
      throw refusal('write-statement', 'the statement contains a data-modifying part (e.g. a DELETE inside a CTE); only reads may run.');
    }
    if (parsed.error_message && /Only SELECT statements/i.test(parsed.error_message)) {
      throw refusal('select-only', 'only a single read-only SELECT may run.');
    }
    throw refusal('parse-error', `DuckDB could not parse the statement: ${parsed.error_message ?? 'unknown error'}`, { parserError: parsed.error_message });
  }
  const statements = parsed.statements ?? [];
  if (statements.length !== 1) throw refusal('single-statement', `expected exactly one statement, found ${statements.length}.`, { statements: statements.length });

  const found: { tables: Set<string>; ctes: Set<string>; references: TableReference[]; columns: Set<string> } = {
    tables: new Set(),
    ctes: new Set(),
    references: [],
    columns: new Set(),
  };
  const byteToIndex = byteOffsetMapper(trimmed);
  walkObjects(statements[0]!.node, (node) => inspect(node, found, trimmed, byteToIndex));
  const tables = [...found.tables].filter((t) => !found.ctes.has(t));
  return {
    sql: trimmed,
    tables,
    cteNames: [...found.ctes],
    references: found.references.filter((r) => r.schema !== '' || r.catalog !== '' || !found.ctes.has(r.table)),
    columns: [...found.columns],
  };
}

function splitStatements(stripped: string): string[] {
  return stripped
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}


function inspect(
  node: Record<string, unknown>,
  found: { tables: Set<string>; ctes: Set<string>; references: TableReference[]; columns: Set<string> },
  sql: string,
  byteToIndex: (offset: number) => number,
): void {
  const cteMap = node.cte_map as { map?: Array<{ key: string }> } | undefined;
  for (const entry of cteMap?.map ?? []) found.ctes.add(String(entry.key).toLowerCase());

  if (node.type === 'TABLE_FUNCTION') {
    const fn = node.function as { function_name?: string; children?: unknown[] } | undefined;
    const name = String(fn?.function_name ?? '').toLowerCase();
    checkFunctionName(name, true);
    if (name === 'range' || name === 'generate_series') checkGeneratorSize(name, fn?.children ?? []);
    return;
  }
  if (node.class === 'FUNCTION') {
    const name = String(node.function_name ?? '').toLowerCase();
    checkFunctionName(name, false);
    const lengthArgument = LENGTH_ARGUMENT[name];
    if (lengthArgument !== undefined) {
      const count = constantNumber((node.children as unknown[] | undefined)?.[lengthArgument]);
      if (count !== null && count > MAX_REPEAT) throw refusal('resource-limit', `${name}(..., ${count}) would build a value over ${MAX_REPEAT} characters.`);
    }
    return;
  }
  if (node.class === 'COLUMN_REF') {
    const names = (node.column_names as string[] | undefined) ?? [];
    const last = names[names.length - 1];
    if (last) found.columns.add(last.toLowerCase());
    return;
  }
  if (node.type === 'BASE_TABLE') {
    const table = String(node.table_name ?? '');
    const schema = String(node.schema_name ?? '');
    const catalog = String(node.catalog_name ?? '');
    if (/[/\\:]|\.[a-z0-9]{1,8}$|^~|\*/i.test(table) || /^[a-z][a-z0-9+.-]*:\/\//i.test(table)) {
      throw refusal('file-path', `"${table}" reads a file or URL; only the store's tables may be queried.`, { table });
    }
    if (!ALLOWED_CATALOGS.has(catalog.toLowerCase()) || ['system', 'information_schema_system'].includes(catalog.toLowerCase())) {
      throw refusal('external-catalog', `"${catalog}.${schema}.${table}" belongs to another database; only the store's tables may be queried.`, { catalog });
    }
    const lower = table.toLowerCase();
    if (SETTING_FUNCTIONS.has(lower)) throw refusal('settings', `${table} exposes settings.`, { table });
    if (SECRET_FUNCTIONS.has(lower)) throw refusal('secrets', `${table} exposes secrets.`, { table });
    found.tables.add(lower);
    const location = Number(node.query_location);
    if (Number.isFinite(location) && location < Number.MAX_SAFE_INTEGER) {
      const start = byteToIndex(location);
      const end = scanQualifiedName(sql, start);
      if (end > start) found.references.push({ table: lower, schema, catalog, alias: String(node.alias ?? ''), start, end });
    }
  }
}

function checkFunctionName(name: string, asTable: boolean): void {
  const bare = name.replace(/^.*\./, '');
  if (FILE_FUNCTIONS.has(bare) || /^(read_|parquet_|iceberg_|delta_|sqlite_|postgres_|mysql_)/.test(bare)) {
    throw refusal('file-function', `${bare}() reads files or the network; only the store's tables may be queried.`, { function: bare });
  }
  if (SECRET_FUNCTIONS.has(bare)) throw refusal('secrets', `${bare}() exposes secrets or the environment.`, { function: bare });
  if (SETTING_FUNCTIONS.has(bare) || bare.startsWith('pragma_')) throw refusal('settings', `${bare}() exposes settings.`, { function: bare });
  if (SEQUENCE_WRITERS.has(bare)) throw refusal('sequence-write', `${bare}() changes a sequence.`, { function: bare });
  if (asTable && !ALLOWED_TABLE_FUNCTIONS.has(bare)) {
    throw refusal('table-function', `the table function ${bare}() is not on the allow-list (${[...ALLOWED_TABLE_FUNCTIONS].slice(0, 4).join(', ')}...).`, { function: bare });
  }
}

function constantNumber(node: unknown): number | null {
  if (!node || typeof node !== 'object') return null;
  const n = node as { class?: string; value?: { value?: unknown; is_null?: boolean } };
  if (n.class !== 'CONSTANT' || n.value?.is_null) return null;
  const value = Number(n.value?.value);
  return Number.isFinite(value) ? value : null;
}

function checkGeneratorSize(name: string, args: unknown[]): void {
  const values = args.map(constantNumber);
  if (values.some((v) => v === null) || values.length === 0) return;
  const [a, b, step] = values as number[];
  const size = values.length === 1 ? a! : Math.abs((b! - a!) / (step && step !== 0 ? step : 1));
  if (size > MAX_GENERATED_ROWS) throw refusal('resource-limit', `${name}() would generate ${size} rows (limit ${MAX_GENERATED_ROWS}).`, { function: name, rows: size });
}

/** Maps DuckDB's byte offsets (UTF-8) to JavaScript string indexes. */
function byteOffsetMapper(sql: string): (offset: number) => number {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(sql)) return (offset) => offset;
  const encoder = new TextEncoder();
  return (offset) => {
    let bytes = 0;
    for (let index = 0; index < sql.length; index += 1) {
      if (bytes >= offset) return index;
      bytes += encoder.encode(sql[index]!).length;
    }
    return sql.length;
  };
}

/** End index of a possibly qualified, possibly quoted identifier starting at `start`. */
function scanQualifiedName(sql: string, start: number): number {
  let index = start;
  const identifier = () => {
    if (sql[index] === '"') {
      index += 1;
      while (index < sql.length) {
        if (sql[index] === '"' && sql[index + 1] === '"') index += 2;
        else if (sql[index] === '"') {
          index += 1;
          return true;
        } else index += 1;
      }
      return true;
    }
    const match = /^[A-Za-z_\u0080-\uffff][\w$\u0080-\uffff]*/.exec(sql.slice(index));
    if (!match) return false;
    index += match[0].length;
    return true;
  };
  if (!identifier()) return start;
  for (;;) {
    const dot = /^\s*\.\s*/.exec(sql.slice(index));
    if (!dot) break;
    const save = index;
    index += dot[0].length;
    if (!identifier()) {
      index = save;
      break;
    }
  }
  return index;
}
