import { z } from 'zod';

export const levenshteinConflictsOptionsSchema = z
  .object({
    /** Similarity (0..1) at or above which two names conflict. Default 0.85 (env `LIVING_SCHEMA_CONFLICT_THRESHOLD` in the CLI). */
    threshold: z.number().min(0).max(1).default(0.85),
    /** Extra abbreviations and spelling variants, merged over the built-in dictionary (`{ vsl: 'vessel' }`). Default none. */
    abbreviations: z.record(z.string(), z.string()).default({}),
    /** Extra opposite or contrasting word pairs that must never be merged (`[['laden', 'ballast']]`). Default none. */
    opposites: z.array(z.tuple([z.string(), z.string()])).default([]),
    /** Extra words of your domain for the "different known words" guard. Default none. */
    vocabulary: z.array(z.string()).default([]),
    /** Similarity given to rule-based matches (acronym, generic suffix, abbreviation prefix). Default 0.9. */
    ruleSimilarity: z.number().min(0).max(1).default(0.9),
  })
  .strict();

export type LevenshteinConflictsOptions = z.input<typeof levenshteinConflictsOptionsSchema>;
