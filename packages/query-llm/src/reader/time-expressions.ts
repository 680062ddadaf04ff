/**
 * The reader's time stage: finds the dates, months, quarters, years, windows ("the 14 days before
 * 2024-07-04", "as of 1 July 2025 ... the previous 7 days") and time grains ("per month", "each
 * quarter", "monthly") a question states, with the token positions each one places. Later stages
 * tie a range to a date field and a grain to a GROUP BY; a time word this stage does not place is
 * left for the refusal, never dropped.
 */
import type { Token } from './tokens.js';

export type TimeGrain = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** A half-open range of days [from, to), or an open-ended comparison with one bound. */
export interface TimeRange {
  from: string;
  to: string;
  /** First token of the expression: where an operator before it ("before", "since") is looked for. */
  position: number;
  kind: 'day' | 'month' | 'quarter' | 'year' | 'window';
  /** Every token the expression covers. */
  tokens: number[];
}

export interface GrainClaim {
  grain: TimeGrain;
  /** Tokens of the phrase ("per month", "monthly"). */
  tokens: number[];
}

export interface TimeReading {
  ranges: TimeRange[];
  grain: GrainClaim | null;
  /** The day "as of" which relative windows count, when the question states one. */
  asOf: string | null;
  /** The tokens that state that day ("taking today as 2025-04-15"). */
  asOfTokens: number[];
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBREVIATIONS = MONTHS.map((m) => m.slice(0, 3));
const UNIT_WORDS: Record<string, TimeGrain> = {
  day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month',
  quarter: 'quarter', quarters: 'quarter', year: 'year', years: 'year',
};
const GRAIN_ADVERBS: Record<string, TimeGrain> = { daily: 'day', weekly: 'week', monthly: 'month', quarterly: 'quarter', yearly: 'year', annually: 'year', annual: 'year' };
const WORD_NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12 };
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** `YYYY-MM-DD` of a calendar day; months and days past their end roll over. */
export function isoDay(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** The day `count` grains after (or, negative, before) `day`. */
export function shiftDay(day: string, grain: TimeGrain, count: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  if (grain === 'day') return isoDay(y, m, d + count);
  if (grain === 'week') return isoDay(y, m, d + 7 * count);
  const months = grain === 'month' ? count : grain === 'quarter' ? 3 * count : 12 * count;
  // Like SQL's interval arithmetic, a month later than 31 January is the last day of February.
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return isoDay(y, m + months, Math.min(d, lastDay));
}

const monthIndex = (word: string) => {
  const full = MONTHS.indexOf(word);
  if (full >= 0) return full;
  if (word === 'sept') return 8;
  // Three-letter abbreviations, but never "may" the verb: the full name is spelled the same.
  return word.length === 3 ? MONTH_ABBREVIATIONS.indexOf(word) : -1;
};

const isYear = (word: string | undefined) => word !== undefined && /^(1[89]|2[0-2])\d{2}$/.test(word);

/** A stated day and the tokens that state it. */
interface StatedDay {
  day: string;
  tokens: number[];
}

const span = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, j) => from + j);

/** A day of the month as written before or after its month: "1", "1st", "22nd", "13th". */
function dayOfMonth(token: Token | undefined): number | null {
  const match = /^([0-3]?\d)(st|nd|rd|th)?$/.exec(token?.lower ?? '');
  const day = match ? Number(match[1]) : 0;
  return day >= 1 && day <= 31 ? day : null;
}

/** A real calendar day, or null ("31 June" is not one: no rolling over into July). */
function calendarDay(year: number, month: number, day: number): string | null {
  const iso = isoDay(year, month, day);
  return Number(iso.slice(5, 7)) === month ? iso : null;
}

/**
 * The day stated at token `i`: ISO ("2024-07-01"), day first ("1 July 2024", "1st of July
 * 2024", "13 jan 2025") or month first ("July 1 2024", "Sept 1st, 2024"). A day without its year
 * is not read: the question would leave the year to a guess.
 */
function dayAt(tokens: Token[], i: number): StatedDay | null {
  const iso = ISO_DAY.exec(tokens[i]?.lower ?? '');
  if (iso) {
    const day = calendarDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return day ? { day, tokens: [i] } : null;
  }
  const dayFirst = dayOfMonth(tokens[i]);
  if (dayFirst !== null) {
    const m = tokens[i + 1]?.lower === 'of' ? i + 2 : i + 1;
    const month = monthIndex(tokens[m]?.lower ?? '');
    if (month < 0) return null;
    if (!isYear(tokens[m + 1]?.lower)) return dayInYearOfNext(tokens, i, m, month, dayFirst);
    const day = calendarDay(Number(tokens[m + 1]!.lower), month + 1, dayFirst);
    return day ? { day, tokens: span(i, m + 1) } : null;
  }
  const month = monthIndex(tokens[i]?.lower ?? '');
  const monthFirst = month >= 0 ? dayOfMonth(tokens[i + 1]) : null;
  if (monthFirst === null) return null;
  if (!isYear(tokens[i + 2]?.lower)) return dayInYearOfNext(tokens, i, i + 1, month, monthFirst);
  const day = calendarDay(Number(tokens[i + 2]!.lower), month + 1, monthFirst);
  return day ? { day, tokens: span(i, i + 2) } : null;
}

/**
 * "between 1 June and 31 August 2024": a day said without its year before "and" and a day that
 * has one takes that year. Alone ("since 1 June") it still has none.
 */
function dayInYearOfNext(tokens: Token[], i: number, last: number, month: number, dayOfIt: number): StatedDay | null {
  if (tokens[last + 1]?.lower !== 'and' || tokens[i - 1]?.lower !== 'between') return null;
  const next = dayAt(tokens, last + 2);
  const day = next ? calendarDay(Number(next.day.slice(0, 4)), month + 1, dayOfIt) : null;
  return day && next && day <= next.day ? { day, tokens: span(i, last) } : null;
}

function countOf(token: Token | undefined): number | null {
  if (!token) return null;
  if (/^\d{1,4}$/.test(token.lower)) return Number(token.lower);
  return WORD_NUMBERS[token.lower] ?? null;
}

/**
 * The words between a window's unit and its day: "before" and "after" leave the day out, "up to
 * and including" (or "through", "ending on") ends the window on it. A bare "up to" is not read:
 * whether it takes the day in is a guess.
 */
const WINDOW_DIRECTIONS: Array<{ words: string[]; direction: 'before' | 'after' | 'through' }> = [
  { words: ['up', 'to', 'and', 'including'], direction: 'through' },
  { words: ['ending', 'on'], direction: 'through' },
  { words: ['ending'], direction: 'through' },
  { words: ['through'], direction: 'through' },
  { words: ['before'], direction: 'before' },
  { words: ['after'], direction: 'after' },
];

function directionAt(tokens: Token[], k: number): { direction: 'before' | 'after' | 'through'; length: number } | null {
  const found = WINDOW_DIRECTIONS.find((d) => d.words.every((w, j) => tokens[k + j]?.lower === w));
  return found ? { direction: found.direction, length: found.words.length } : null;
}

/**
 * "the 14 days before 2024-07-04", "the week after 1 July 2024", "the 7 days up to and including
 * 2025-06-30": a count (or none: one), a unit, a direction, a day. Before is [day - n, day);
 * after is the n days that follow the day, (day, day + n]; through ends on the day, (day - n, day].
 */
function windowAt(tokens: Token[], i: number): TimeRange | null {
  let k = i;
  const count = countOf(tokens[k]);
  if (count !== null) k += 1;
  const grain = UNIT_WORDS[tokens[k]?.lower ?? ''];
  const direction = grain ? directionAt(tokens, k + 1) : null;
  const stated = direction ? dayAt(tokens, k + 1 + direction.length) : null;
  if (!grain || !direction || !stated) return null;
  const n = count ?? 1;
  const day = stated.day;
  const covered = span(i, Math.max(...stated.tokens));
  const window = (from: string, to: string): TimeRange => ({ from, to, position: i, kind: 'window', tokens: covered });
  if (direction.direction === 'before') return window(shiftDay(day, grain, -n), day);
  const next = shiftDay(day, 'day', 1);
  if (direction.direction === 'through') return window(shiftDay(next, grain, -n), next);
  return window(next, shiftDay(shiftDay(day, grain, n), 'day', 1));
}

/** "the last 2 months", "the previous 7 days", "the past week": a window ending on the as-of day; "the next 30 days" one starting after it. */
function trailingWindowAt(tokens: Token[], i: number, asOf: string | null): TimeRange | null {
  const word = tokens[i]?.lower ?? '';
  const ahead = /^(next|coming|following)$/.test(word);
  if (!ahead && !/^(last|previous|past|preceding|prior)$/.test(word)) return null;
  let k = i + 1;
  const count = countOf(tokens[k]);
  if (count !== null) k += 1;
  const grain = UNIT_WORDS[tokens[k]?.lower ?? ''];
  if (!grain || !asOf) return null;
  const covered = Array.from({ length: k + 1 - i }, (_, j) => i + j);
  // "the next 30 days": the days after the as-of day, as "the last 30 days" are the days before it.
  if (ahead) {
    // Only with a count: "next day" alone is as often a value (a delivery priority) as a time.
    if (count === null) return null;
    const from = shiftDay(asOf, 'day', 1);
    return { from, to: shiftDay(from, grain, count), position: i, kind: 'window', tokens: covered };
  }
  return { from: shiftDay(asOf, grain, -(count ?? 1)), to: asOf, position: i, kind: 'window', tokens: covered };
}

/** "Q3 2024", "the third quarter of 2024", "2024 Q3". */
function quarterAt(tokens: Token[], i: number): TimeRange | null {
  const ordinals: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
  const q = /^q([1-4])$/.exec(tokens[i]?.lower ?? '');
  let quarter: number | null = q ? Number(q[1]) : null;
  let yearToken = i + 1;
  if (quarter === null && ordinals[tokens[i]?.lower ?? ''] && /^quarter$/.test(tokens[i + 1]?.lower ?? '')) {
    quarter = ordinals[tokens[i]!.lower]!;
    yearToken = tokens[i + 2]?.lower === 'of' ? i + 3 : i + 2;
  }
  if (quarter === null || !isYear(tokens[yearToken]?.lower)) return null;
  const year = Number(tokens[yearToken]!.lower);
  const covered = Array.from({ length: yearToken + 1 - i }, (_, j) => i + j);
  return { from: isoDay(year, 3 * quarter - 2, 1), to: isoDay(year, 3 * quarter + 1, 1), position: i, kind: 'quarter', tokens: covered };
}

/** "March 2025", "Mar 2025", "2025-03", "2025-03-14", "14 March 2025", "March 14, 2025". */
function calendarAt(tokens: Token[], i: number): TimeRange | null {
  const word = tokens[i]!.lower;
  const stated = dayAt(tokens, i);
  if (stated) return { from: stated.day, to: shiftDay(stated.day, 'day', 1), position: i, kind: 'day', tokens: stated.tokens };
  const month = ISO_MONTH.exec(word);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) {
    const from = isoDay(Number(month[1]), Number(month[2]), 1);
    return { from, to: shiftDay(from, 'month', 1), position: i, kind: 'month', tokens: [i] };
  }
  const named = monthIndex(word);
  // "31 June 2024": a day number before the month that made no day is not dropped to read June.
  if (named >= 0 && dayOfMonth(tokens[i - 1]) !== null) return null;
  if (named >= 0 && isYear(tokens[i + 1]?.lower)) {
    const from = isoDay(Number(tokens[i + 1]!.lower), named + 1, 1);
    return { from, to: shiftDay(from, 'month', 1), position: i, kind: 'month', tokens: [i, i + 1] };
  }
  return null;
}

/** "per month", "by quarter", "each year", "for every week", "monthly", "month by month". */
function grainAt(tokens: Token[], i: number): GrainClaim | null {
  const word = tokens[i]!.lower;
  if (GRAIN_ADVERBS[word]) return { grain: GRAIN_ADVERBS[word]!, tokens: [i] };
  const unit = UNIT_WORDS[word];
  // A plural counts a span ("3 months"); only the singular names a grain.
  if (!unit || word.endsWith('s')) return null;
  const before = tokens[i - 1]?.lower ?? '';
  // "more than 1,000 parcels a day", "20 bookings per week": a rate the number states, not a grouping.
  if (/^(per|a)$/.test(before) && /^\d[\d,.]*$/.test(tokens[i - 3]?.lower ?? '')) return null;
  if (/^(per|by|each|every|a)$/.test(before)) return { grain: unit, tokens: [i - 1, i] };
  if (tokens[i + 1]?.lower === 'by' && tokens[i + 2]?.lower === word) return { grain: unit, tokens: [i, i + 1, i + 2] };
  return null;
}

/** The phrases that state the day "the last N days" count back from. */
const AS_OF_PHRASES = [['as', 'of'], ['as', 'at'], ['taking', 'today', 'as'], ['if', 'today', 'is'], ['assuming', 'today', 'is'], ['today', 'being'], ['today', 'is']];

/** "As of 2025-06-30," / "taking today as 1 May 2025, how many ... in the last 7 days": the reference day. */
function asOfDay(tokens: Token[]): StatedDay | null {
  for (let i = 0; i < tokens.length; i += 1) {
    const phrase = AS_OF_PHRASES.find((words) => words.every((w, j) => tokens[i + j]?.lower === w));
    const stated = phrase ? dayAt(tokens, i + phrase.length) : null;
    if (phrase && stated) return { day: stated.day, tokens: [...span(i, i + phrase.length - 1), ...stated.tokens] };
  }
  return null;
}

/**
 * Reads every time expression of the question. `today` is the reference day for "last N days"
 * when the question states none (the engine's clock, from the prompt); without either such a
 * window is left unplaced, so the question is refused rather than answered for a guessed day.
 */
export function readTimeExpressions(tokens: Token[], today: string | null = null): TimeReading {
  const taken = new Set<number>();
  const stated = asOfDay(tokens);
  stated?.tokens.forEach((t) => taken.add(t));
  const asOf = stated?.day ?? today;
  const ranges: TimeRange[] = [];
  let grain: GrainClaim | null = null;
  for (let i = 0; i < tokens.length; i += 1) {
    if (taken.has(i)) continue;
    const range = windowAt(tokens, i) ?? trailingWindowAt(tokens, i, asOf) ?? quarterAt(tokens, i) ?? calendarAt(tokens, i);
    if (range) {
      ranges.push(range);
      range.tokens.forEach((t) => taken.add(t));
      i = Math.max(...range.tokens);
      continue;
    }
    const claim: GrainClaim | null = grain ? null : grainAt(tokens, i);
    if (claim) {
      grain = claim;
      claim.tokens.forEach((t) => taken.add(t));
    }
  }
  return { ranges, grain, asOf: stated?.day ?? null, asOfTokens: stated?.tokens ?? [] };
}

/** The tokens a time reading places. */
export function timeTokens(reading: TimeReading): Set<number> {
  return new Set([...reading.ranges.flatMap((r) => r.tokens), ...(reading.grain?.tokens ?? []), ...reading.asOfTokens]);
}
