/**
 * "how many appointments were handled by master groomers", "how many screenings were there at
 * Harbour Point": the question counts the rows of one table, and the value it names ("Master",
 * "Harbour Point") sits in another. Read against each table alone, the table holding the value
 * answers, and counts its own rows: groomers, not appointments. The blind sets showed that
 * answer returned with confidence and wrong in every domain that had the shape. A count whose
 * counted noun names another dataset's rows is read again through that dataset's joins, and
 * refused, naming the noun, when that reading does not count the noun's rows either.
 */
import type { OfflineAnswer } from '../offline-sql.js';
import type { SchemaTable } from '../schema-context.js';
import { stem } from '../query-words.js';
import { rowWordsOf } from './column-kinds.js';
import { answeredTable } from './competing-readings.js';
import type { Token } from './tokens.js';

/** The plural noun a "how many" or "number of" question counts, or undefined. */
export function countedNoun(tokens: Token[], start: number): Token | undefined {
  const noun = tokens[start];
  return noun && noun.lower !== noun.stem ? noun : undefined;
}

// The noun's own stem, not a shared root: "visits" are no rows of visitors. Of two tables of one
// stem ("screenings" and "screens"), the one spelled as the question spells it.
const stemOf = (noun: Token, table: SchemaTable) => rowWordsOf(table).some((w) => stem(w) === noun.stem);
const spelledOf = (noun: Token, table: SchemaTable) => rowWordsOf(table).includes(noun.lower);

/**
 * The dataset whose rows the counted noun names, when the count was taken of another's; null
 * when the answer counts the noun's own rows or the noun names no dataset's rows alone.
 */
export function countedElsewhere(sql: string, noun: Token | undefined, tables: SchemaTable[]): SchemaTable | null {
  if (!noun || !/^SELECT count\(\*\) AS count FROM "/.test(sql)) return null;
  const answered = tables.find((t) => t.name === answeredTable(sql));
  if (!answered) return null;
  const others = tables.filter((t) => t.kind === 'dataset' && t !== answered);
  const spelled = others.filter((t) => spelledOf(noun, t));
  if (spelledOf(noun, answered) || (spelled.length === 0 && stemOf(noun, answered))) return null;
  const owners = spelled.length ? spelled : others.filter((t) => stemOf(noun, t));
  return owners.length === 1 ? owners[0]! : null;
}

/**
 * The joined reading when it counts the noun's rows (`<owner>_joined`); otherwise a refusal that
 * names the noun and both tables.
 */
export function recountThroughJoin(sql: string, noun: Token, owner: SchemaTable, joined: () => OfflineAnswer | null): OfflineAnswer {
  const again = joined();
  const ownerName = owner.dataset ?? owner.name;
  if (again && 'sql' in again && answeredTable(again.sql) === `${ownerName}_joined`) return again;
  return {
    refusal: `"${noun.raw}" are rows of ${ownerName}, but the only reading I found counts rows of ${answeredTable(sql)}; say how the two are linked or ask about ${ownerName} with one of its own fields.`,
    notUnderstood: [noun.raw],
  };
}
