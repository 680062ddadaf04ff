import type { Command } from 'commander';
import { ErrorCodes, LivingSchemaError } from '@living-schema/core';
import type { FeedbackOutcome, Verdict } from '@living-schema/query-llm';
import { printJson, printTable, type GlobalOptions } from '../output.js';
import { withQueryLayer } from '../query-options.js';

interface FeedbackFlags {
  sql?: string;
  kind?: string;
  note?: string;
}

function verdictOf(text: string): Verdict {
  if (text === 'right' || text === 'wrong') return text;
  throw new LivingSchemaError({
    code: ErrorCodes.FEEDBACK_INVALID,
    message: `Feedback verdict "${text}" is neither "right" nor "wrong": living-schema feedback <execution-id> right|wrong [--sql <corrected>].`,
    details: { verdict: text },
  });
}

function describeOutcome(outcome: FeedbackOutcome): string {
  const marked = `Marked ${outcome.executionId} ${outcome.verdict} ("${outcome.question}").`;
  if (outcome.retiredPairId)
    return `${marked} Its verified pair ${outcome.retiredPairId} gave that SQL and is removed.`;
  if (!outcome.verifiedPair)
    return `${marked} No verified pair: give --sql with the SQL that answers it to teach it.`;
  return `${marked} Verified pair ${outcome.verifiedPair.id}${
    outcome.verifiedPair.kind ? ` (${outcome.verifiedPair.kind})` : ''
  }: ${outcome.verifiedPair.sql}`;
}

export function registerFeedback(program: Command, globals: () => GlobalOptions): void {
  program
    .command('feedback')
    .description(
      'mark a logged answer right or wrong; a right answer or a corrected SQL becomes a verified question-SQL pair',
    )
    .argument(
      '<execution-id>',
      'the executionId of the answer (printed by `ask`, the API and the UI)',
    )
    .argument('<verdict>', 'right or wrong')
    .option(
      '--sql <corrected>',
      'with wrong: the SQL that answers the question (guarded and run once before it is kept)',
    )
    .option(
      '--kind <kind>',
      'what kind of question it is (join, date, top-n...): eval reports accuracy per kind',
    )
    .option('--note <text>', 'a note kept with the feedback')
    .action(async (executionId: string, verdict: string, flags: FeedbackFlags) => {
      const options = globals();
      const input = {
        executionId,
        verdict: verdictOf(verdict),
        ...(flags.sql !== undefined ? { sql: flags.sql } : {}),
        ...(flags.kind ? { kind: flags.kind } : {}),
        ...(flags.note ? { note: flags.note } : {}),
      };
      await withQueryLayer(options, {}, async (layer) => {
        const outcome = await layer.feedback(input);
        if (options.json) return printJson(outcome);
        process.stdout.write(`${describeOutcome(outcome)}\n`);
        if (outcome.correction) {
          process.stdout.write('\nThe corrected SQL answers:\n');
          printTable(outcome.correction.columns, outcome.correction.rows);
        }
      });
    });
}
