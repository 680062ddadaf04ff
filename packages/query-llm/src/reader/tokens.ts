/**
 * The reader's first stage: a question as tokens. Each token keeps its raw spelling, its lower
 * case and its stem, and its index, which every later stage uses to say which words it placed.
 */
import { unitOfWord } from '@living-schema/core';
import { stem } from '../query-words.js';

export interface Token {
  raw: string;
  lower: string;
  stem: string;
  index: number;
}

// Numbers with thousands separators, then words (letters, digits, apostrophes, dots, hyphens:
// ISO dates, ids such as SHP-0042 and "o'clock" stay one token).
const TOKEN = /[$€£]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[A-Za-z0-9\u00c0-\uffff%$€£][A-Za-z0-9\u00c0-\uffff'.-]*|[%$€£]/g;

/**
 * "$300", "£1,200", "£100k": the currency sign is said after the amount ("300 dollars"), so the number
 * keeps its own token and the sign reads as the unit word that follows it.
 */
const CURRENCY_FIRST = /^([$€£])(\d[\d,]*(?:\.\d+)?[km]?)$/i;

/**
 * "30kg", "2h", "15%": a number written against its unit is the number and the unit word, as
 * "30 kg" is. Only known unit spellings split, so ids such as "A12b" stay whole.
 */
const NUMBER_WITH_UNIT = /^(\d+(?:\.\d+)?)([a-z]{1,4})$/i;

function numberAndUnit(raw: string): [string, string] | null {
  const match = NUMBER_WITH_UNIT.exec(raw);
  return match && unitOfWord(match[2]!) ? [match[1]!, match[2]!] : null;
}

/** "non-duplicate" is the negation "non" and the word "duplicate", whatever the store holds. */
const NEGATED_COMPOUND = /^(non)-(.+)$/i;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const push = (raw: string) => {
    const lower = raw.toLowerCase();
    tokens.push({ raw, lower, stem: stem(lower.replace(/'s$/, '')), index: tokens.length });
  };
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0].replace(/[._'-]+$/, '');
    const compound = NEGATED_COMPOUND.exec(raw);
    const money = CURRENCY_FIRST.exec(raw);
    const measured = numberAndUnit(raw);
    if (measured) {
      push(measured[0]);
      push(measured[1]);
    } else if (money) {
      push(money[2]!);
      push(money[1]!);
    } else if (compound && !/\d/.test(raw)) {
      push('non');
      push(compound[2]!);
    } else push(raw);
  }
  return tokens;
}

/** Whether `phrase` stands in `haystack` as words of its own (not inside a longer word), any case. */
export function containsPhrase(haystack: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^a-z0-9\\u00c0-\\uffff])${escaped}($|[^a-z0-9\\u00c0-\\uffff])`, 'i').test(haystack);
}
