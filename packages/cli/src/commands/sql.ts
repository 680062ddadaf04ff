import type { Command } from 'commander';
import type { QueryMode } from '@living-schema/query-llm';
import { printJson, printTable, type GlobalOptions } from '../output.js';
import { withQueryLayer } from '../query-options.js';
import { ServerClient } from '../server-client.js';
import { findReportId, queryThroughServer } from '../server-queries.js';

interface SqlFlags {
  maxRows?: number;
  timeout?: number;
  mode: string;
  asOf?: string;
  report?: string;
}

/** What `sql` prints, whether the store answered here or through the server holding it. */
export interface SqlAnswer {
  columns: string[];
  columnTypes: string[];
  rows: unknown[][];
  rowCount: number;
  truncated: boolean;
  mode: string;
  asOf: string | null;
}

/** The request both paths send: only the flags given. */
function queryInput(sql: string, flags: SqlFlags, reportId: string | undefined) {
  return {
    sql,
    mode: flags.mode as QueryMode,
    ...(flags.asOf ? { asOf: flags.asOf } : {}),
    ...(reportId ? { reportId } : {}),
    ...(flags.maxRows ? { maxRows: flags.maxRows } : {}),
    ...(flags.timeout ? { timeoutMs: flags.timeout } : {}),
  };
}

async function runHere(options: GlobalOptions, sql: string, flags: SqlFlags): Promise<SqlAnswer> {
  return withQueryLayer(options, {}, async (layer) => {
    const reportId = flags.report ? (await layer.reports.get(flags.report)).id : undefined;
    const result = await layer.executeQuery(queryInput(sql, flags, reportId));
    return { ...result, columns: result.columns.map((c) => c.name), columnTypes: result.columns.map((c) => c.type) };
  });
}

async function runThroughServer(server: ServerClient, sql: string, flags: SqlFlags): Promise<SqlAnswer> {
  const reportId = flags.report ? await findReportId(server, flags.report) : undefined;
  const result = await queryThroughServer(server, queryInput(sql, flags, reportId));
  return { ...result, columnTypes: result.columnTypes ?? [], asOf: result.asOf ?? null };
}

function printAnswer(options: GlobalOptions, result: SqlAnswer): void {
  if (options.json) {
    printJson({ columns: result.columns, columnTypes: result.columnTypes, rows: result.rows, truncated: result.truncated });
    return;
  }
  printTable(result.columns, result.rows);
  const mode = result.mode === 'live' ? '' : `, ${result.mode} as of ${result.asOf}`;
  process.stdout.write(`(${result.rowCount} row${result.rowCount === 1 ? '' : 's'}${result.truncated ? ', truncated' : ''}${mode})\n`);
}

export function registerSql(program: Command, globals: () => GlobalOptions): void {
  program
    .command('sql')
    .description('run one read-only SELECT against the database (guarded, sandboxed, logged; through the server when one holds it)')
    .argument('<select>', 'the SQL statement (a single SELECT)')
    .option('--max-rows <n>', 'rows to return at most', (v) => Number.parseInt(v, 10))
    .option('--timeout <ms>', 'interrupt the query after this many milliseconds', (v) => Number.parseInt(v, 10))
    .option('--mode <mode>', 'live (default), snapshot (as of --report\'s watermark or --as-of) or time_travel (as of --as-of)', 'live')
    .option('--as-of <iso>', 'moment for time_travel (and snapshot), e.g. 2026-11-24T10:00:00Z')
    .option('--report <name>', 'saved report whose watermark snapshot mode uses')
    .action(async (sql: string, flags: SqlFlags) => {
      const options = globals();
      const server = await ServerClient.find(options);
      printAnswer(options, server ? await runThroughServer(server, sql, flags) : await runHere(options, sql, flags));
    });
}
