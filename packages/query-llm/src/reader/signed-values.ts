// Values of one field that a sign alone tells apart (blood groups O+ and O-): as words they read
// alike, so the question's own spelling, or a sign word after the value, picks one.
import type { SchemaColumn } from '../schema-context.js';
import { containsPhrase, type Token } from './tokens.js';

/**
 * "blood group O-" of O+ and O-: values of one field that differ only in a sign read alike as
 * words. The one the question spells with its sign, or names by "negative"/"positive" after it;
 * all of them when it says no sign.
 */
export function toldApartBySign<T extends { column: SchemaColumn; value: string }>(hits: T[], text: string, after: Token | undefined): { hits: T[]; signWord: boolean } {
  const signed = hits.filter((h) => /[+-]$/.test(h.value));
  if (signed.length < 2 || signed.some((h) => h.column !== signed[0]!.column)) return { hits, signWord: false };
  const spelled = signed.filter((h) => containsPhrase(text, h.value));
  if (spelled.length === 1) return { hits: spelled, signWord: false };
  const sign = /^(negative|neg)$/.test(after?.lower ?? '') ? '-' : /^(positive|pos)$/.test(after?.lower ?? '') ? '+' : null;
  const named = sign ? signed.filter((h) => h.value.endsWith(sign)) : [];
  // "blood group O" says both.
  return named.length === 1 ? { hits: named, signWord: true } : { hits, signWord: false };
}
