import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { ErrorCodes, LivingSchemaError } from '@living-schema/core';
import { runEvaluation, type EvalQuestion } from '@living-schema/query-llm';
import { printJson, printTable, type GlobalOptions } from '../output.js';
import { withProviderOptions, withQueryLayer, type ProviderFlags } from '../query-options.js';

export function registerEval(program: Command, globals: () => GlobalOptions): void {
  withProviderOptions(
    program
      .command('eval')
      .description('measure a provider: execution accuracy, valid-SQL rate, refusals and latency on a question file')
      .requiredOption('--questions <file>', 'JSON array of { "q", "rows", "ordered"?, "firstColumnOnly"? }')
      .option('--min-accuracy <ratio>', 'exit 1 when execution accuracy is below this (0..1)', (v) => Number.parseFloat(v)),
  ).action(async (flags: ProviderFlags & { questions: string; minAccuracy?: number }) => {
    const options = globals();
    let questions: EvalQuestion[];
    try {
      questions = JSON.parse(await readFile(flags.questions, 'utf8')) as EvalQuestion[];
      if (!Array.isArray(questions) || questions.some((q) => typeof q?.q !== 'string' || !Array.isArray(q.rows))) throw new Error('expected an array of { "q": string, "rows": [[...]] }');
    } catch (error) {
      throw new LivingSchemaError({ code: ErrorCodes.INPUT_UNREADABLE, message: `Question file ${flags.questions}: ${(error as Error).message}`, details: { input: flags.questions }, cause: error });
    }
    await withQueryLayer(options, flags, async (layer) => {
      const report = await runEvaluation(layer, questions);
      if (options.json) printJson(report);
      else {
        const misses = report.outcomes.filter((o) => o.status !== 'correct');
        if (misses.length) printTable(['status', 'question', 'sql or message'], misses.map((o) => [o.status, o.q, o.sql ?? o.message]));
        process.stdout.write(
          `\n${report.provider} (${report.model}): execution accuracy ${(report.executionAccuracy * 100).toFixed(1)}% (${report.correct}/${report.questions}), valid SQL ${(report.validSqlRate * 100).toFixed(1)}%, refusals ${report.refusals}, latency p50 ${report.latencyMs.p50.toFixed(0)} ms, p95 ${report.latencyMs.p95.toFixed(0)} ms\n`,
        );
      }
      if (flags.minAccuracy !== undefined && report.executionAccuracy < flags.minAccuracy) process.exitCode = 1;
    });
  });
}
