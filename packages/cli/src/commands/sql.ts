import type { Command } from 'commander';
import { withEngine } from '../engine-factory.js';
import { printJson, printTable, type GlobalOptions } from '../output.js';

export function registerSql(program: Command, globals: () => GlobalOptions): void {
  program
    .command('sql')
    .description('run one read-only SELECT against the database')
    .argument('<select>', 'the SQL statement (a single SELECT)')
    .option('--max-rows <n>', 'rows to return at most', (v) => Number.parseInt(v, 10))
    .option('--timeout <ms>', 'interrupt the query after this many milliseconds', (v) => Number.parseInt(v, 10))
    .action(async (sql: string, flags: { maxRows?: number; timeout?: number }) => {
      const options = globals();
      await withEngine(options, { readOnly: true }, async (ls) => {
        const result = await ls.query(sql, { maxRows: flags.maxRows, timeoutMs: flags.timeout });
        if (options.json) {
          printJson({ columns: result.columns.map((c) => c.name), columnTypes: result.columns.map((c) => c.type), rows: result.rows, truncated: result.truncated });
        } else {
          printTable(result.columns.map((c) => c.name), result.rows);
          process.stdout.write(`(${result.rowCount} row${result.rowCount === 1 ? '' : 's'}${result.truncated ? ', truncated' : ''})\n`);
        }
      });
    });
}
