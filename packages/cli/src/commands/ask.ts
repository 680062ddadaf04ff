import type { Command } from 'commander';
import { printJson, printTable, type GlobalOptions } from '../output.js';
import { withProviderOptions, withQueryLayer, type ProviderFlags } from '../query-options.js';

export function registerAsk(program: Command, globals: () => GlobalOptions): void {
  withProviderOptions(
    program
      .command('ask')
      .description('answer a question in plain language: generated SQL, guarded, run and logged')
      .argument('<question>', 'the question, e.g. "How many vessels are flagged in Liberia?"')
      .option('--max-rows <n>', 'rows to return at most', (v) => Number.parseInt(v, 10)),
  ).action(async (question: string, flags: ProviderFlags & { maxRows?: number }) => {
    const options = globals();
    await withQueryLayer(options, flags, async (layer) => {
      const run = await layer.executeQuery({ question, ...(flags.maxRows ? { maxRows: flags.maxRows } : {}) });
      if (options.json) {
        printJson({ sql: run.sql, columns: run.columns.map((c) => c.name), rows: run.rows });
        return;
      }
      process.stdout.write(`${run.sql}\n\n`);
      printTable(run.columns.map((c) => c.name), run.rows);
      process.stdout.write(`(${run.rowCount} row${run.rowCount === 1 ? '' : 's'}${run.truncated ? ', truncated' : ''}; ${layer.provider.name}${run.generated?.repaired ? ', repaired once' : ''})\n`);
    });
  });
}
