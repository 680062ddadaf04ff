// examples/plugin-kinds/src/abbreviation-conflicts.ts
import { z } from 'zod';
import { parsePluginOptions, toSnakeCase, type ConflictMatch, type ConflictStrategyV1, type SimilarityResult } from '@living-schema/core';

export const abbreviationOptionsSchema = z.object({
  /** Short form -> long form, e.g. `{ qty: 'quantity' }`. */
  abbreviations: z.record(z.string().min(1), z.string().min(1)),
}).strict();

/** Flags `cargo_qty` against `cargo_quantity`: the same words once abbreviations are spelled out. */
export function abbreviationConflicts(options: z.input<typeof abbreviationOptionsSchema>): ConflictStrategyV1 {
  const { abbreviations } = parsePluginOptions('abbreviation-conflicts', abbreviationOptionsSchema, options);
  // toSnakeCase splits camelCase and separators as the catalog's own names are split.
  const spelledOut = (name: string) => toSnakeCase(name).split('_').filter(Boolean).map((word) => abbreviations[word] ?? word).join(' ');
  const compare = (a: string, b: string): SimilarityResult => {
    const same = spelledOut(a) === spelledOut(b);
    return {
      similarity: same ? 1 : 0,
      conflict: same && a !== b,
      reason: same ? `the same once abbreviations are spelled out: "${spelledOut(a)}"` : 'different words',
    };
  };
  return {
    specificationVersion: 'v1',
    name: 'abbreviation-conflicts',
    compare,
    findConflicts: (candidate, existing): ConflictMatch[] =>
      existing.map((name) => ({ candidate, existing: name, ...compare(candidate, name) })).filter((match) => match.conflict),
  };
}
