/**
 * Words that restate what the rows are rather than pick some of them out: the verb of the
 * business's own activity ("how many venues do we supply", "how many rounds do we run"), a
 * happening ("how many walks took place in May"), the handing out of the rows themselves
 * ("parcels handed out", "kits given out"), a verb that only links the rows to a field the
 * question names ("walkers who own a van", "jobs that involved over 30 miles"), and the whole
 * collection the rows sit in ("treatments in the system", "rooms does the hotel have").
 *
 * Each is told by where it stands, not by what the word is, so a verb or noun nobody listed
 * passes too. Like the leftover filler, these are passed over only by the last stage, once every
 * field and value had its chance to claim the word (`follow_up_needed` still claims "follow").
 * A word that shares its root with a field of the catalog may be choosing that field ("picked
 * up" of pickup_date, "fly to" of destination), so it is never passed over here.
 */
import type { Token } from './tokens.js';

/** What the restating rules need to know of the reading so far. */
export interface RestatingContext {
  tokens: Token[];
  /** Positions an earlier stage placed. */
  used: Set<number>;
  /** Positions where a matched value starts. */
  valueStarts: Set<number>;
  /** Whether a word shares its root with some field's name, in any table of the catalog. */
  namesAField: (word: string) => boolean;
  /**
   * Whether what "how many" counts is this table's rows or one of its numeric fields ("how many
   * bottles did we sell" of sale lines with `bottles`); false for a noun the table does not
   * have ("how many bottles of red did we sell" read against the wine list).
   */
  countsOwnRows: boolean;
}

const IN_ON = /^(in|on)$/;
const TAKE = /^(take|takes|took|taken|taking)$/;
/** The verbs of handing rows out: what a food bank's parcels or a library's kits are. */
const HANDED = /^(give|gives|gave|given|giving|hand|hands|handed|handing|send|sends|sent|sending|dish|dished|deal|dealt)$/;
/** Verbs that only say the rows have what follows them. */
const HAVING = /^(own|owns|owned|hold|holds|include|includes|involve|involves|involved|cover|covers|covered|wear|wears|feature|features|featured|offer|offers|offered)$/;
/** Particles of a phrasal verb of the business ("look after", "sign up", "enforce on"). */
const PARTICLE = /^(after|up|on|out|in|over)$/;
/** A verb after "we" said with "to" or "from" names a direction, a field of its own ("fly to"). */
const DIRECTION = /^(to|from|into|towards)$/;
const placed = (c: RestatingContext, i: number) => c.used.has(i) || c.valueStarts.has(i) || /^\d/.test(c.tokens[i]?.lower ?? '');

/** "took place": the noun of a happening. */
function happeningPlace(c: RestatingContext, i: number): boolean {
  return c.tokens[i]!.lower === 'place' && TAKE.test(c.tokens[i - 1]?.lower ?? '');
}

/** "parcels handed out", "were given out": the rows handed out are the rows. */
function handedOut(c: RestatingContext, i: number): boolean {
  return c.countsOwnRows && HANDED.test(c.tokens[i]!.lower) && c.tokens[i + 1]?.lower === 'out';
}

/** "how many rounds do we run", "the tallest plant we sell": the business's own activity. */
function businessVerb(c: RestatingContext, i: number): boolean {
  const before = c.tokens[i - 1]?.lower;
  if (!c.countsOwnRows || (before !== 'we' && before !== "we've")) return false;
  // "how many airports did we fly to": the verb's direction is a field (origin, destination).
  return !DIRECTION.test(c.tokens[i + 1]?.lower ?? '');
}

/** "walkers who own a van", "jobs that involved over 30 miles": the verb links the rows to what follows. */
function havingVerb(c: RestatingContext, i: number): boolean {
  if (!HAVING.test(c.tokens[i]!.lower)) return false;
  for (let k = i + 1; k <= i + 3 && k < c.tokens.length; k += 1) if (placed(c, k)) return true;
  return false;
}

/**
 * "how many treatments are in the system", "on the job sheet", "how many rooms does the hotel
 * have": one lower-case noun after "in/on the" that ends the question, or between "does the"
 * and a closing "have", names every row at once.
 */
function collectionNoun(c: RestatingContext, i: number): boolean {
  const t = c.tokens;
  const lowerCase = (k: number) => t[k]!.raw === t[k]!.lower;
  const opens = (k: number, words: RegExp) => /^(the|our)$/.test(t[k - 1]?.lower ?? '') && words.test(t[k - 2]?.lower ?? '');
  if (!lowerCase(i)) return false;
  // "in the system", "on the job sheet": one or two words that end the question.
  const last = t.length - 1;
  // Only after "are" or "is": "trips taken in the rain" say where, not what holds the rows.
  const collected = (k: number) => opens(k, IN_ON) && /^(are|is)$/.test(t[k - 3]?.lower ?? '');
  if ((i === last && collected(i)) || (i === last - 1 && lowerCase(last) && collected(i)) || (i === last && collected(i - 1))) return true;
  return opens(i, /^(does|do|did)$/) && t[i + 1]?.lower === 'have' && i + 1 === last;
}

/** The positions the last stage may pass over because they restate the rows. */
export function restatingWords(c: RestatingContext): Set<number> {
  const positions = new Set<number>();
  c.tokens.forEach((token, i) => {
    // The first word is never a restatement: a command there ("update", "delete") must be refused.
    if (i === 0 || c.used.has(i) || c.namesAField(token.lower)) return;
    if (happeningPlace(c, i) || handedOut(c, i) || businessVerb(c, i) || havingVerb(c, i) || collectionNoun(c, i)) {
      positions.add(i);
      // "look after", "sign up": the particle goes with the verb.
      if (PARTICLE.test(c.tokens[i + 1]?.lower ?? '') && !c.used.has(i + 1)) positions.add(i + 1);
    }
  });
  return positions;
}
