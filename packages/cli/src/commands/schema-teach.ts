import type { Command } from 'commander';
import { forgetSynonyms, listSynonyms, parseSynonymTarget, teachSynonyms } from '@living-schema/discovery';
import { withEngine } from '../engine-factory.js';
import { printJson, printTable, type GlobalOptions } from '../output.js';

/**
 * `schema teach <dataset>.<column> <word...>`: words a team uses for a field, so questions that
 * say them are read (see @living-schema/discovery field-synonyms.ts); `schema words` lists them.
 */
export function registerSchemaTeach(schema: Command, globals: () => GlobalOptions): void {
  schema
    .command('teach')
    .description('teach words your team uses for a field ("payout" for claims.approved_amount_usd): questions saying them are read as that field')
    .argument('<target>', 'the field as <dataset>.<column>')
    .argument('<words...>', 'one or more words or short phrases')
    .option('--forget', 'forget these words for the field instead')
    .option('--by <who>', 'who taught them')
    .action(async (target: string, words: string[], flags: { forget?: boolean; by?: string }) => {
      const options = globals();
      const field = parseSynonymTarget(target);
      await withEngine(options, {}, async (ls) => {
        if (flags.forget) {
          const forgotten = await ls.sink.writer.transaction((tx) => forgetSynonyms(tx, field, words));
          if (options.json) printJson({ target, forgotten });
          else process.stdout.write(`Forgot ${forgotten} word${forgotten === 1 ? '' : 's'} for ${target}.\n`);
          return;
        }
        const taught = await ls.sink.writer.transaction((tx) => teachSynonyms(tx, field, words, flags.by ?? process.env.USER ?? null));
        if (options.json) printJson(taught);
        else process.stdout.write(`${target} is now also read as: ${taught.map((s) => `"${s.word}"`).join(', ')}.\n`);
      });
    });

  schema
    .command('words')
    .description('list the words people taught for fields (see `schema teach`)')
    .argument('[dataset]', 'only this dataset')
    .action(async (dataset: string | undefined) => {
      const options = globals();
      await withEngine(options, { readOnly: true }, async (ls) => {
        const list = await listSynonyms(ls.sink.reader, dataset);
        if (options.json) printJson(list);
        else if (list.length === 0) process.stdout.write('No words taught yet: `living-schema schema teach <dataset>.<column> <word...>`.\n');
        else printTable(['field', 'word', 'taught_by', 'taught_at'], list.map((s) => [`${s.dataset}.${s.field}`, s.word, s.taughtBy ?? '', s.taughtAt]));
      });
    });
}
