import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { ErrorCodes, LivingSchemaError } from '@living-schema/core';
import {
  runEvaluation,
  runVerifiedEvaluation,
  type EvalQuestion,
  type EvalReport,
} from '@living-schema/query-llm';
import { printJson, printTable, type GlobalOptions } from '../output.js';
import { withProviderOptions, withQueryLayer, type ProviderFlags } from '../query-options.js';

interface EvalFlags extends ProviderFlags {
  questions?: string;
  minAccuracy?: number;
  maxWrongRate?: number;
}

async function readQuestions(file: string): Promise<EvalQuestion[]> {
  try {
    const questions = JSON.parse(await readFile(file, 'utf8')) as EvalQuestion[];
    if (
      !Array.isArray(questions) ||
      questions.some((q) => typeof q?.q !== 'string' || !Array.isArray(q.rows))
    ) {
      throw new Error('expected an array of { "q": string, "rows": [[...]], "kind"?: string }');
    }
    return questions;
  } catch (error) {
    throw new LivingSchemaError({
      code: ErrorCodes.INPUT_UNREADABLE,
      message: `Question file ${file}: ${(error as Error).message}`,
      details: { input: file },
      cause: error,
    });
  }
}

const percent = (ratio: number) => `${(ratio * 100).toFixed(1)}%`;

function printReport(report: EvalReport, source: string): void {
  const misses = report.outcomes.filter((o) => o.status !== 'correct');
  if (misses.length)
    printTable(
      ['status', 'kind', 'question', 'sql or message'],
      misses.map((o) => [o.status, o.kind ?? '', o.q, o.sql ?? o.message]),
    );
  const kinds = Object.entries(report.byKind).sort(([a], [b]) => a.localeCompare(b));
  process.stdout.write('\n');
  printTable(
    ['kind', 'questions', 'correct', 'wrong', 'refused', 'accuracy'],
    kinds.map(([kind, k]) => [
      kind,
      k.questions,
      k.correct,
      k.wrong,
      k.refused,
      percent(k.accuracy),
    ]),
  );
  process.stdout.write(
    `\n${report.provider} (${report.model}) on ${source}: execution accuracy ${percent(
      report.executionAccuracy,
    )} (${report.correct}/${report.questions}), ` +
      `wrong answers ${percent(report.wrongAnswerRate)} (${report.wrong}), valid SQL ${percent(
        report.validSqlRate,
      )}, refusals ${report.refusals}, ` +
      `latency p50 ${report.latencyMs.p50.toFixed(0)} ms, p95 ${report.latencyMs.p95.toFixed(
        0,
      )} ms\n`,
  );
}

export function registerEval(program: Command, globals: () => GlobalOptions): void {
  withProviderOptions(
    program
      .command('eval')
      .description(
        'measure a provider: execution accuracy by kind, wrong-answer rate, valid-SQL rate, refusals and latency, on the verified pairs (default) or a question file',
      )
      .option(
        '--questions <file>',
        'JSON array of { "q", "rows", "kind"?, "ordered"?, "firstColumnOnly"? }; default: the verified pairs (see `feedback`)',
      )
      .option(
        '--min-accuracy <ratio>',
        'exit 1 when execution accuracy is below this (0..1)',
        (v) => Number.parseFloat(v),
      )
      .option(
        '--max-wrong-rate <ratio>',
        'exit 1 when the share of wrong answers is above this (0..1)',
        (v) => Number.parseFloat(v),
      ),
  ).action(async (flags: EvalFlags) => {
    const options = globals();
    const questions = flags.questions ? await readQuestions(flags.questions) : null;
    await withQueryLayer(options, flags, async (layer) => {
      const report = questions
        ? await runEvaluation(layer, questions)
        : await runVerifiedEvaluation(layer);
      if (options.json) printJson(report);
      else if (report.questions === 0 && !questions)
        process.stdout.write(
          'No verified pairs yet: mark answers with `living-schema feedback <execution-id> right|wrong [--sql ...]`.\n',
        );
      else printReport(report, questions ? flags.questions! : 'the verified pairs');
      if (flags.minAccuracy !== undefined && report.executionAccuracy < flags.minAccuracy)
        process.exitCode = 1;
      if (flags.maxWrongRate !== undefined && report.wrongAnswerRate > flags.maxWrongRate)
        process.exitCode = 1;
    });
  });
}
