import type { Command } from 'commander';
import { LivingSchemaError } from '@living-schema/core';
import { printJson, printTable, type GlobalOptions } from '../output.js';
import { withProviderOptions, withQueryLayer, type ProviderFlags } from '../query-options.js';

/** After a refusal or a failed answer: the logged run's id, which `feedback` can teach. */
function teachHint(error: unknown): void {
  const id = LivingSchemaError.isInstance(error) ? error.details.executionId : undefined;
  if (typeof id === 'string') process.stderr.write(`execution ${id}: teach the answer with living-schema feedback ${id} wrong --sql "<SQL>"\n`);
}

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
      const run = await layer.executeQuery({ question, ...(flags.maxRows ? { maxRows: flags.maxRows } : {}) }).catch((error: unknown) => {
        if (!options.json) teachHint(error);
        throw error;
      });
      if (options.json) {
        printJson({ executionId: run.executionId, sql: run.sql, columns: run.columns.map((c) => c.name), rows: run.rows });
        return;
      }
      process.stdout.write(`${run.sql}\n\n`);
      printTable(run.columns.map((c) => c.name), run.rows);
      process.stdout.write(`(${run.rowCount} row${run.rowCount === 1 ? '' : 's'}${run.truncated ? ', truncated' : ''}; ${layer.provider.name}${run.generated?.repaired ? ', repaired once' : ''})\n`);
      // The id is what `feedback` takes to mark this answer right or wrong.
      process.stdout.write(`execution ${run.executionId}: living-schema feedback ${run.executionId} right|wrong [--sql ...]\n`);
    });
  });
}
