import { z } from 'zod';

const ENTRY = /^[^.\s]+\.[^.\s]+$/;

/**
 * Columns whose values never go to an LLM (prompts for questions, descriptions written by
 * discovery): `table.column`, `dataset.column`, or `*.column` for that column in every table,
 * compared case-insensitively. They are still named, typed and counted; `annotations.text` keeps
 * annotated texts out too.
 */
export const sensitiveColumnsSchema = z
  .array(z.string().regex(ENTRY, 'write "<table>.<column>" (or "*.<column>" for every table)'))
  .default([]);

export type SensitiveColumns = ReadonlyArray<string>;

/**
 * Whether `column` of a table known by any of `owners` (its table name, its dataset name) is
 * listed in `entries`.
 *
 * @example
 * isSensitiveColumn(['crew.passport_number', '*.email'], ['crew'], 'email'); // true
 */
export function isSensitiveColumn(entries: SensitiveColumns, owners: ReadonlyArray<string | null | undefined>, column: string): boolean {
  const names = ['*', ...owners.filter((owner): owner is string => Boolean(owner))].map((name) => name.toLowerCase());
  const wanted = column.toLowerCase();
  return entries.some((entry) => {
    const [owner, name] = entry.toLowerCase().split('.');
    return name === wanted && names.includes(owner!);
  });
}
