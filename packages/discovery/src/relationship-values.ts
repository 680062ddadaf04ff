import { quoteIdentifier, type SinkSqlRunner } from '@living-schema/core';
import type { KeyColumn } from './relationship-measure.js';
import type { NameAgreement } from './relationship-names.js';

/**
 * Pairs whose names do not agree but whose values say a lot: text columns with many distinct
 * values that are not numbers (`978-0-...`, `SHP-0042`), the `to` side unique, or a smaller set
 * where every value on both sides is a code of letters and digits (`"Tech No"` LS101..LS128 ~
 * `locksmiths.locksmith_id`). Small sets of words or numbers are left out: those overlap between
 * unrelated tables by chance. Only a full run
 * looks for them, since profiling every text column reads whole tables.
 */
export const VALUE_ONLY_EVIDENCE = {
  /** Distinct values both sides must have. */
  minDistinct: 200,
  /**
   * Distinct values enough when every value of both sides is a code of letters and digits
   * (`LS107`, `JR-0042`): such codes do not meet by chance the way small integers or words do.
   */
  minDistinctCodes: 10,
  /** Share of `from`'s distinct values `to` must hold (stricter than with names: 0.9). */
  minCoverage: 0.99,
  /** Above this share of values written only with digits, a column is numbers held as text. */
  maxDigitShare: 0.5,
} as const;

interface Profile {
  column: KeyColumn;
  distinct: number;
  rows: number;
  digitShare: number;
  /** Share of values with both a letter and a digit, 3 to 24 characters long. */
  codeShare: number;
}

/** Whether a profile has enough distinct values to be measured on its values alone. */
const worthMeasuring = (p: Profile) =>
  p.digitShare <= VALUE_ONLY_EVIDENCE.maxDigitShare && (p.distinct >= VALUE_ONLY_EVIDENCE.minDistinct || (p.codeShare === 1 && p.distinct >= VALUE_ONLY_EVIDENCE.minDistinctCodes));

/** The agreement a value-only pair carries instead of a name. */
export const valuesOnly = (distinct: number): NameAgreement => ({ evidence: `name: none (values only: ${distinct} distinct text values)`, role: null });

/** Text pairs of different datasets worth measuring on their values alone. */
export async function valueOnlyPairs(
  runner: SinkSqlRunner,
  columns: KeyColumn[],
  alreadyPaired: ReadonlySet<string>,
): Promise<Array<{ from: KeyColumn; to: KeyColumn; agreement: NameAgreement }>> {
  const profiles = (await profileTextColumns(runner, columns)).filter(worthMeasuring);
  const pairs: Array<{ from: KeyColumn; to: KeyColumn; agreement: NameAgreement }> = [];
  for (const from of profiles) {
    for (const to of profiles) {
      if (from.column.dataset === to.column.dataset || to.distinct !== to.rows || from.distinct > to.distinct) continue;
      // A small set of codes is evidence only against codes: both sides must be codes then.
      if (from.distinct < VALUE_ONLY_EVIDENCE.minDistinct && (from.codeShare !== 1 || to.codeShare !== 1)) continue;
      if (alreadyPaired.has(`${from.column.dataset}.${from.column.field}>${to.column.dataset}.${to.column.field}`)) continue;
      pairs.push({ from: from.column, to: to.column, agreement: valuesOnly(from.distinct) });
    }
  }
  return pairs;
}

/** One statement per table: distinct values, non-null rows and digit-only share of each text column. */
async function profileTextColumns(runner: SinkSqlRunner, columns: KeyColumn[]): Promise<Profile[]> {
  const byTable = new Map<string, KeyColumn[]>();
  for (const c of columns) if (c.family === 'text') byTable.set(c.table, [...(byTable.get(c.table) ?? []), c]);
  const profiles: Profile[] = [];
  for (const [table, list] of byTable) {
    const parts = list.flatMap((c, i) => {
      const q = quoteIdentifier(c.field);
      const code = `regexp_matches(${q}, '[A-Za-z]') AND regexp_matches(${q}, '[0-9]') AND length(${q}) BETWEEN 3 AND 24`;
      return [`count(DISTINCT ${q}) AS d${i}`, `count(${q}) AS n${i}`, `count(*) FILTER (WHERE regexp_full_match(${q}, '[0-9 .,+-]+')) AS g${i}`, `count(*) FILTER (WHERE ${code}) AS c${i}`];
    });
    const [row] = await runner.all<Record<string, unknown>>(`SELECT ${parts.join(', ')} FROM ${quoteIdentifier(table)}`);
    list.forEach((column, i) => {
      const rows = Number(row?.[`n${i}`] ?? 0);
      profiles.push({ column, distinct: Number(row?.[`d${i}`] ?? 0), rows, digitShare: rows === 0 ? 1 : Number(row?.[`g${i}`] ?? 0) / rows, codeShare: rows === 0 ? 0 : Number(row?.[`c${i}`] ?? 0) / rows });
    });
  }
  return profiles;
}
