/**
 * The reader's number stage: every number a question says that the time stage has not placed,
 * with its token position. Digits with thousands separators and a k/m suffix ("2,500", "1.5k"),
 * counts said as words after a comparison ("at least twice"), and small numbers said as words
 * after "top", "first", "the" ("the five largest").
 */
import { unitOfWord } from '@living-schema/core';
import type { NumberMatch } from './reading.js';
import type { Token } from './tokens.js';

const NUMERIC = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(k|m)?$/;
const WORD_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20 };
const TIMES_WORDS: Record<string, number> = { once: 1, twice: 2, thrice: 3 };

export function readNumbers(tokens: Token[], used: Set<number>): NumberMatch[] {
  const numbers: NumberMatch[] = [];
  tokens.forEach((token, i) => {
    if (used.has(i)) return;
    const numeric = NUMERIC.exec(token.lower);
    if (numeric) numbers.push({ value: numericValue(numeric), position: i, text: token.raw });
  });
  tokens.forEach((t, i) => {
    if (TIMES_WORDS[t.lower] !== undefined && !used.has(i)) numbers.push({ value: TIMES_WORDS[t.lower]!, position: i, text: t.raw });
  });
  tokens.forEach((t, i) => {
    if (WORD_NUMBERS[t.lower] !== undefined && /^(top|bottom|first|last|the)$/.test(tokens[i - 1]?.lower ?? '')) numbers.push({ value: WORD_NUMBERS[t.lower]!, position: i, text: t.raw });
    else if (!used.has(i)) {
      const value = measureInWords(tokens, i);
      if (value !== undefined) numbers.push({ value, position: i, text: t.raw });
    }
  });
  return numbers;
}

/** A word a comparison ends with: "over", "more than", "at least". */
const COMPARED = /^(than|over|under|above|below|least|most|exceeding)$/;

/**
 * "over an hour", "more than two days", "under a kilometre": "a", "an" or a small number word
 * between a comparison and a unit is that many of the unit.
 */
function measureInWords(tokens: Token[], i: number): number | undefined {
  const word = tokens[i]!.lower;
  const value = word === 'a' || word === 'an' ? 1 : WORD_NUMBERS[word];
  if (value === undefined || !COMPARED.test(tokens[i - 1]?.lower ?? '')) return undefined;
  return unitOfWord(tokens[i + 1]?.lower ?? '') ? value : undefined;
}

function numericValue(match: RegExpExecArray): number {
  const value = Number(`${match[1]!.replace(/,/g, '')}${match[2] ? `.${match[2]}` : ''}`);
  return match[3] === 'k' ? value * 1000 : match[3] === 'm' ? value * 1_000_000 : value;
}
