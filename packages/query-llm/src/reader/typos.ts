/**
 * Words typed with one letter wrong ("avergae wait time", "work oders", "job tpye"): a word the
 * reader could not place is read as the one word of the catalog (a table, a field, a value) or
 * of the reader's own vocabulary that it is one edit from. Only the words a reading left over are
 * looked at, so a question that reads as typed is never changed; a word near two or more known
 * words is left as typed, and the reading that follows still has to place every word.
 */
import type { SchemaTable } from '../schema-context.js';

/** Words that ask for a shape rather than name data. */
const READER_WORDS = ['average', 'total', 'number', 'count', 'percentage', 'percent', 'highest', 'lowest', 'largest', 'smallest', 'biggest', 'longest', 'shortest', 'maximum', 'minimum', 'between', 'before', 'after', 'where', 'which', 'month', 'monthly', 'quarter', 'quarterly', 'weekly', 'yearly', 'daily', 'different', 'distinct', 'median'];

const wordsOfText = (text: string) => text.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 3);

/** Every known word, with the plural of each so "oders" meets "orders" of a table named work_orders. */
function vocabulary(tables: SchemaTable[]): Set<string> {
  const words = new Set(READER_WORDS);
  const add = (text: string | undefined | null) => {
    for (const w of wordsOfText(text ?? '')) words.add(w).add(w.endsWith('s') ? w : `${w}s`);
  };
  for (const table of tables) {
    add(table.name);
    add(table.dataset);
    for (const column of table.columns) {
      [column.name, column.originalName, ...(column.aliases ?? []), ...(column.synonyms ?? []), ...(column.values ?? [])].forEach(add);
    }
  }
  return words;
}

/** Whether `a` becomes `b` by one edit: a letter changed, added, dropped, or two neighbours swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Whether `a` is `b` with one letter changed (same length, not a swap). */
const changedOne = (a: string, b: string) => a.length === b.length && !swapped(a, b);

/** Whether `a` is `b` with two neighbouring letters swapped ("tpye"). */
const swapped = (a: string, b: string) => a.length === b.length && oneEditApart(a, b) && [...a].sort().join('') === [...b].sort().join('');

/**
 * The one known word `word` is a typo of, if there is exactly one. A word of four letters is
 * read only as a swap ("tpye"), one of five as a swap or a letter added or dropped ("oders"):
 * one letter changed in a short word is too often another word ("rain" is not "main", "spend"
 * is not "speed").
 */
function correctionOf(word: string, known: Set<string>): string | undefined {
  const lower = word.toLowerCase();
  if (lower.length < 4 || !/^[a-z]+$/.test(lower) || known.has(lower)) return undefined;
  const near = [...known].filter((k) => k.length >= 4 && (lower.length >= 6 ? oneEditApart(lower, k) : lower.length === 5 ? oneEditApart(lower, k) && !changedOne(lower, k) : swapped(lower, k)));
  // A plural and its singular are one word.
  const distinct = new Set(near.map((k) => k.replace(/s$/, '')));
  return distinct.size === 1 ? near.sort((x, y) => Math.abs(x.length - lower.length) - Math.abs(y.length - lower.length))[0] : undefined;
}

export interface TypoReading {
  question: string;
  /** Each word read otherwise, as typed and as read. */
  corrections: Array<{ typed: string; read: string }>;
}

/** The question with each left-over word that is one edit from exactly one known word read as that word; null when none is. */
export function correctTypos(question: string, leftOver: string[], tables: SchemaTable[]): TypoReading | null {
  const known = vocabulary(tables);
  const corrections = [...new Set(leftOver)].flatMap((typed) => {
    const read = correctionOf(typed, known);
    return read ? [{ typed, read }] : [];
  });
  if (corrections.length === 0) return null;
  let text = question;
  for (const { typed, read } of corrections) text = text.replace(new RegExp(`\\b${typed}\\b`, 'g'), read);
  return { question: text, corrections };
}
