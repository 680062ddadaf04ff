import type { Command } from 'commander';
import { LivingSchemaError } from '@living-schema/core';
import { printJson, printTable, type GlobalOptions } from '../output.js';
import { withProviderOptions, withQueryLayer, type ProviderFlags } from '../query-options.js';
import { ServerClient } from '../server-client.js';
import { queryThroughServer } from '../server-queries.js';

/** What `ask` prints, whether the store answered here or through the server holding it. */
interface AskAnswer {
  executionId: string;
  sql: string;
  columns: string[];
  rows: unknown[][];
  rowCount: number;
  truncated: boolean;
  provider: string;
  repaired: boolean;
}

/** After a refusal or a failed answer: the logged run's id, which `feedback` can teach. */
function teachHint(error: unknown): void {
  const id = LivingSchemaError.isInstance(error) ? error.details.executionId : undefined;
  if (typeof id === 'string') process.stderr.write(`execution ${id}: teach the answer with living-schema feedback ${id} wrong --sql "<SQL>"\n`);
}

function askHere(options: GlobalOptions, question: string, flags: ProviderFlags & { maxRows?: number }): Promise<AskAnswer> {
  return withQueryLayer(options, flags, async (layer) => {
    const run = await layer.executeQuery({ question, ...(flags.maxRows ? { maxRows: flags.maxRows } : {}) });
    const columns = run.columns.map((c) => c.name);
    return { ...run, columns, provider: layer.provider.name, repaired: Boolean(run.generated?.repaired) };
  });
}

async function askThroughServer(server: ServerClient, question: string, flags: ProviderFlags & { maxRows?: number }, options: GlobalOptions): Promise<AskAnswer> {
  if ((flags.provider || flags.model || flags.baseUrl || flags.apiKeyEnv) && !options.json) {
    process.stderr.write(`note: the server at ${server.runtime.url} holds this database and answers with its own LLM provider; --provider, --model, --base-url and --api-key-env apply only without it.\n`);
  }
  const run = await queryThroughServer(server, { question, ...(flags.maxRows ? { maxRows: flags.maxRows } : {}) });
  return { ...run, provider: run.provider ?? 'server', repaired: Boolean(run.repaired) };
}

function printAnswer(options: GlobalOptions, run: AskAnswer): void {
  if (options.json) {
    printJson({ executionId: run.executionId, sql: run.sql, columns: run.columns, rows: run.rows });
    return;
  }
  process.stdout.write(`${run.sql}\n\n`);
  printTable(run.columns, run.rows);
  process.stdout.write(`(${run.rowCount} row${run.rowCount === 1 ? '' : 's'}${run.truncated ? ', truncated' : ''}; ${run.provider}${run.repaired ? ', repaired once' : ''})\n`);
  // The id is what `feedback` takes to mark this answer right or wrong.
  process.stdout.write(`execution ${run.executionId}: living-schema feedback ${run.executionId} right|wrong [--sql ...]\n`);
}

export function registerAsk(program: Command, globals: () => GlobalOptions): void {
  withProviderOptions(
    program
      .command('ask')
      .description('answer a question in plain language: generated SQL, guarded, run and logged (through the server when one holds the database)')
      .argument('<question>', 'the question, e.g. "How many vessels are flagged in Liberia?"')
      .option('--max-rows <n>', 'rows to return at most', (v) => Number.parseInt(v, 10)),
  ).action(async (question: string, flags: ProviderFlags & { maxRows?: number }) => {
    const options = globals();
    const server = await ServerClient.find(options);
    const answer = server ? askThroughServer(server, question, flags, options) : askHere(options, question, flags);
    printAnswer(
      options,
      await answer.catch((error: unknown) => {
        if (!options.json) teachHint(error);
        throw error;
      }),
    );
  });
}
