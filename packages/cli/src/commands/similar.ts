import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { ErrorCodes, LivingSchemaError } from '@living-schema/core';
import { levenshteinConflicts } from '@living-schema/discovery';
import { printJson, printTable, type GlobalOptions } from '../output.js';

export function registerSimilar(program: Command, globals: () => GlobalOptions): void {
  program
    .command('similar')
    .description('score name pairs with the conflict strategy: --pairs file.json holds [["nameA","nameB"], ...]')
    .requiredOption('--pairs <file>', 'JSON array of [nameA, nameB] pairs')
    .option('--threshold <n>', 'similarity at or above which a pair conflicts (default 0.85)', (v) => Number.parseFloat(v))
    .action(async (flags: { pairs: string; threshold?: number }) => {
      const options = globals();
      let pairs: unknown;
      try {
        pairs = JSON.parse(await readFile(flags.pairs, 'utf8'));
      } catch (error) {
        throw new LivingSchemaError({ code: ErrorCodes.INPUT_UNREADABLE, message: `${flags.pairs}: not a readable JSON file (${(error as Error).message}).`, details: { input: flags.pairs }, cause: error });
      }
      if (!Array.isArray(pairs) || !pairs.every((p) => Array.isArray(p) && p.length === 2 && p.every((n) => typeof n === 'string'))) {
        throw new LivingSchemaError({ code: ErrorCodes.INPUT_UNREADABLE, message: `${flags.pairs}: expected a JSON array of [nameA, nameB] string pairs.`, details: { input: flags.pairs } });
      }
      const strategy = levenshteinConflicts(flags.threshold === undefined ? {} : { threshold: flags.threshold });
      const results = (pairs as Array<[string, string]>).map(([a, b]) => ({ a, b, ...strategy.compare(a, b) }));
      if (options.json) printJson(results.map((r) => ({ a: r.a, b: r.b, similarity: r.similarity, conflict: r.conflict, reason: r.reason })));
      else printTable(['a', 'b', 'similarity', 'conflict', 'reason'], results.map((r) => [r.a, r.b, r.similarity.toFixed(3), r.conflict, r.reason]));
    });
}
