import type { Command } from 'commander';
import type { QueryMode } from '@living-schema/query-llm';
import { printJson, printTable, type GlobalOptions } from '../output.js';
import { withQueryLayer } from '../query-options.js';

export function registerSql(program: Command, globals: () => GlobalOptions): void {
  program
    .command('sql')
    .description('run one read-only SELECT against the database (guarded, sandboxed, logged)')
    .argument('<select>', 'the SQL statement (a single SELECT)')
    .option('--max-rows <n>', 'rows to return at most', (v) => Number.parseInt(v, 10))
    .option('--timeout <ms>', 'interrupt the query after this many milliseconds', (v) => Number.parseInt(v, 10))
    .option('--mode <mode>', 'live (default), snapshot (as of --report\'s watermark or --as-of) or time_travel (as of --as-of)', 'live')
    .option('--as-of <iso>', 'moment for time_travel (and snapshot), e.g. 2026-11-24T10:00:00Z')
    .option('--report <name>', 'saved report whose watermark snapshot mode uses')
    .action(async (sql: string, flags: { maxRows?: number; timeout?: number; mode: string; asOf?: string; report?: string }) => {
      const options = globals();
      await withQueryLayer(options, {}, async (layer) => {
        const reportId = flags.report ? (await layer.reports.get(flags.report)).id : undefined;
        const result = await layer.executeQuery({
          sql,
          mode: flags.mode as QueryMode,
          ...(flags.asOf ? { asOf: flags.asOf } : {}),
          ...(reportId ? { reportId } : {}),
          ...(flags.maxRows ? { maxRows: flags.maxRows } : {}),
          ...(flags.timeout ? { timeoutMs: flags.timeout } : {}),
        });
        if (options.json) {
          printJson({ columns: result.columns.map((c) => c.name), columnTypes: result.columns.map((c) => c.type), rows: result.rows, truncated: result.truncated });
        } else {
          printTable(result.columns.map((c) => c.name), result.rows);
          process.stdout.write(`(${result.rowCount} row${result.rowCount === 1 ? '' : 's'}${result.truncated ? ', truncated' : ''}${result.mode === 'live' ? '' : `, ${result.mode} as of ${result.asOf}`})\n`);
        }
      });
    });
}
