import { distance } from 'fastest-levenshtein';
import { parsePluginOptions, type ConflictMatch, type ConflictStrategyV1, type SimilarityResult } from '@living-schema/core';
import { levenshteinConflictsOptionsSchema, type LevenshteinConflictsOptions } from './discovery-conflicts-options.js';
import { defaultNameDictionary, normalizeName, splitWords, type NameDictionary, type NormalizedName } from './discovery-names.js';

export interface LevenshteinConflictStrategy extends ConflictStrategyV1 {
  readonly threshold: number;
  /** The name as the strategy sees it (words, joined form). */
  normalize(name: string): NormalizedName;
}

/** Plain Levenshtein similarity of two strings: 1 - distance / longer length. */
export function levenshteinSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - distance(a, b) / longer;
}

interface IndexEntry {
  name: string;
  n: NormalizedName;
}

interface ExistingIndex {
  byLength: Map<number, IndexEntry[]>;
  byToken: Map<string, IndexEntry[]>;
  byInitials: Map<string, IndexEntry[]>;
  singleByWord: Map<string, IndexEntry[]>;
  singleByFirstChar: Map<string, IndexEntry[]>;
}

const MAX_CACHE = 50_000;
const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The default conflict strategy: Levenshtein similarity (fastest-levenshtein) on normalised
 * names, with rules for acronyms, abbreviations and generic suffixes, and guards against false
 * friends (numbered or dated siblings, opposite terms, different units, different known words).
 *
 * @param options.threshold similarity at or above which two names conflict, default 0.85
 * @example
 * const conflicts = levenshteinConflicts();
 * conflicts.compare('VesselNames', 'VESSEL_NAME'); // { similarity: 1, conflict: true, reason: '... same after normalising ...' }
 * conflicts.compare('FLAG_2020', 'FLAG_2021').conflict; // false: numbered or dated siblings
 */
export function levenshteinConflicts(options: LevenshteinConflictsOptions = {}): LevenshteinConflictStrategy {
  const parsed = parsePluginOptions('levenshtein-conflicts', levenshteinConflictsOptionsSchema, options);
  const dictionary: NameDictionary = {
    ...defaultNameDictionary,
    abbreviations: { ...defaultNameDictionary.abbreviations, ...lowerKeys(parsed.abbreviations) },
    opposites: [...defaultNameDictionary.opposites, ...parsed.opposites.map(([a, b]) => [a.toLowerCase(), b.toLowerCase()] as const)],
    vocabulary: new Set([...defaultNameDictionary.vocabulary, ...parsed.vocabulary.map((w) => w.toLowerCase())]),
  };
  const threshold = parsed.threshold;
  const ruleSimilarity = parsed.ruleSimilarity;
  const opposites = new Map<string, Set<string>>();
  for (const [a, b] of dictionary.opposites) {
    if (!opposites.has(a)) opposites.set(a, new Set());
    if (!opposites.has(b)) opposites.set(b, new Set());
    opposites.get(a)!.add(b);
    opposites.get(b)!.add(a);
  }

  const cache = new Map<string, NormalizedName>();
  const normalize = (name: string): NormalizedName => {
    let n = cache.get(name);
    if (!n) {
      if (cache.size >= MAX_CACHE) cache.clear();
      n = normalizeName(name, dictionary);
      cache.set(name, n);
    }
    return n;
  };

  const rawWords = new Map<string, string[]>();
  const wordsOf = (name: string) => {
    let w = rawWords.get(name);
    if (!w) {
      if (rawWords.size >= MAX_CACHE) rawWords.clear();
      w = splitWords(name);
      rawWords.set(name, w);
    }
    return w;
  };

  function initialsOf(name: string, n: NormalizedName): string[] {
    const raw = wordsOf(name).filter((w) => !/^\d+$/.test(w));
    const variants = new Set<string>();
    if (raw.length >= 2) {
      variants.add(raw.map((w) => w[0]).join(''));
      const content = raw.filter((w) => !['of', 'the', 'a', 'an', 'on', 'in', 'for', 'and', 'to', 'at', 'by'].includes(w));
      if (content.length >= 2) variants.add(content.map((w) => w[0]).join(''));
    }
    if (n.words.length >= 2) variants.add(n.words.map((w) => w[0]).join(''));
    return [...variants];
  }

  function acronymMatch(a: string, na: NormalizedName, b: string, nb: NormalizedName): string | null {
    for (const [short, shortN, long, longN] of [[a, na, b, nb], [b, nb, a, na]] as const) {
      const raw = wordsOf(short);
      if (raw.length !== 1 || shortN.numbers.length > 0) continue;
      const word = raw[0]!;
      if (word.length < 2 || word.length > 6) continue;
      if (initialsOf(long, longN).includes(word)) return `"${short}" is an acronym of "${long}"`;
    }
    return null;
  }

  function diffTokens(a: string[], b: string[]): [string[], string[]] {
    const rest = [...b];
    const onlyA: string[] = [];
    for (const token of a) {
      const i = rest.indexOf(token);
      if (i >= 0) rest.splice(i, 1);
      else onlyA.push(token);
    }
    return [onlyA, rest];
  }

  const isKnown = (w: string) => dictionary.vocabulary.has(w) || dictionary.units[w] !== undefined;

  function isAbbreviation(short: string, long: string): boolean {
    if (short.length < 3 || long.length < short.length + 2 || short[0] !== long[0] || dictionary.vocabulary.has(short)) return false;
    if (long.startsWith(short)) return long.length >= short.length + 3;
    let j = 0;
    for (const ch of long) if (ch === short[j]) j += 1;
    // A contraction keeps the last letter or most of the consonants: mgmt ~ management, dstn ~ destination.
    return j === short.length && short.length >= 3 && short.length * 2 <= long.length + 1;
  }

  function compareNormalized(a: string, na: NormalizedName, b: string, nb: NormalizedName): SimilarityResult {
    if (a === b) return { similarity: 1, conflict: true, reason: `"${a}" is identical to "${b}"` };
    if (na.joined === nb.joined) {
      return { similarity: 1, conflict: true, reason: `"${a}" and "${b}" are the same after normalising case, separators, plurals and abbreviations ("${na.normalized || na.joined}")` };
    }
    const lev = round(Math.max(levenshteinSimilarity(na.joined, nb.joined), levenshteinSimilarity(na.sortedJoined, nb.sortedJoined)));
    if (na.sortedJoined === nb.sortedJoined) {
      return { similarity: Math.max(lev, 0.97), conflict: 0.97 >= threshold, reason: `"${a}" and "${b}" have the same words in a different order ("${na.normalized}" / "${nb.normalized}")` };
    }
    const notConflict = (reason: string): SimilarityResult => ({ similarity: lev, conflict: false, reason });

    const numbersA = [...na.numbers].sort().join(',');
    const numbersB = [...nb.numbers].sort().join(',');
    if (numbersA !== numbersB) {
      return notConflict(`"${a}" and "${b}" look like numbered, dated or lettered siblings (${na.numbers.join(' ') || 'none'} vs ${nb.numbers.join(' ') || 'none'}), not duplicates`);
    }
    const [onlyA, onlyB] = diffTokens(na.tokens, nb.tokens);
    for (const x of onlyA) {
      const opposite = opposites.get(x);
      if (!opposite) continue;
      const y = onlyB.find((t) => opposite.has(t));
      if (y) return notConflict(`"${a}" and "${b}" differ by opposite terms (${x} vs ${y}), not duplicates`);
    }
    const unitsA = new Set(na.tokens.map((t) => dictionary.units[t]).filter((u): u is string => u !== undefined));
    const unitsB = new Set(nb.tokens.map((t) => dictionary.units[t]).filter((u): u is string => u !== undefined));
    if (unitsA.size > 0 && unitsB.size > 0 && [...unitsA].sort().join() !== [...unitsB].sort().join()) {
      return notConflict(`"${a}" and "${b}" are in different units (${[...unitsA].join(', ')} vs ${[...unitsB].join(', ')}), not duplicates`);
    }
    const acronym = acronymMatch(a, na, b, nb);
    if (acronym) return { similarity: Math.max(lev, ruleSimilarity), conflict: Math.max(lev, ruleSimilarity) >= threshold, reason: acronym };
    if (onlyA.length > 0 && onlyB.length > 0 && [...onlyA, ...onlyB].every(isKnown) && !(onlyA.length === 1 && onlyB.length === 1 && (isAbbreviation(onlyA[0]!, onlyB[0]!) || isAbbreviation(onlyB[0]!, onlyA[0]!)))) {
      return notConflict(`"${a}" and "${b}" differ by different words (${onlyA.join(' ')} vs ${onlyB.join(' ')}), not by spelling`);
    }
    const extra = onlyA.length === 0 ? onlyB : onlyB.length === 0 ? onlyA : null;
    if (extra && extra.length === 1 && dictionary.genericSuffixes.has(extra[0]!) && na.words.length + nb.words.length >= 3) {
      const similarity = Math.max(lev, ruleSimilarity);
      return { similarity, conflict: similarity >= threshold, reason: `"${a}" and "${b}" differ only by the generic word "${extra[0]}"` };
    }
    if (onlyA.length === 1 && onlyB.length === 1) {
      const [x, y] = [onlyA[0]!, onlyB[0]!];
      if (Math.min(x.length, y.length) >= 4 && !(isKnown(x) && isKnown(y)) && (distance(x, y) === 1 || isTransposition(x, y))) {
        const similarity = Math.max(lev, ruleSimilarity);
        return { similarity, conflict: similarity >= threshold, reason: `"${x}" and "${y}" differ by one letter: "${a}" looks like a misspelling of "${b}"` };
      }
      const stem = commonPrefixLength(x, y);
      if (Math.min(x.length, y.length) >= 5 && stem >= 5 && stem >= 0.6 * Math.min(x.length, y.length) && !(isKnown(x) && isKnown(y))) {
        const similarity = Math.max(lev, ruleSimilarity);
        return { similarity, conflict: similarity >= threshold, reason: `"${x}" and "${y}" are forms of the same word ("${x.slice(0, stem)}…"): "${a}" / "${b}"` };
      }
      if (isAbbreviation(x, y) || isAbbreviation(y, x)) {
        const similarity = Math.max(lev, ruleSimilarity);
        return { similarity, conflict: similarity >= threshold, reason: `"${x.length < y.length ? x : y}" looks like an abbreviation of "${x.length < y.length ? y : x}" ("${a}" / "${b}")` };
      }
    }
    const conflict = lev >= threshold;
    return {
      similarity: lev,
      conflict,
      reason: conflict
        ? `"${a}" and "${b}" are spelled alike after normalising ("${na.normalized}" / "${nb.normalized}", similarity ${lev.toFixed(2)} >= ${threshold})`
        : `"${a}" and "${b}" are different names (similarity ${lev.toFixed(2)} < ${threshold})`,
    };
  }

  const indexes = new WeakMap<ReadonlyArray<string>, ExistingIndex & { count: number; first: string | undefined }>();
  const push = <K>(map: Map<K, IndexEntry[]>, key: K, entry: IndexEntry) => {
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };
  /** The index of a list of names, cached per array; a list that only grew is indexed incrementally. */
  function indexOf(existing: ReadonlyArray<string>): ExistingIndex {
    let index = indexes.get(existing);
    if (!index || existing.length < index.count || existing[0] !== index.first) {
      index = { byLength: new Map(), byToken: new Map(), byInitials: new Map(), singleByWord: new Map(), singleByFirstChar: new Map(), count: 0, first: existing[0] };
      indexes.set(existing, index);
    }
    for (let i = index.count; i < existing.length; i += 1) {
      const name = existing[i]!;
      const entry = { name, n: normalize(name) };
      push(index.byLength, entry.n.joined.length, entry);
      for (const token of new Set(entry.n.tokens)) push(index.byToken, token, entry);
      const raw = wordsOf(name);
      if (raw.length > 1 || entry.n.words.length > 1) for (const initials of initialsOf(name, entry.n)) push(index.byInitials, initials, entry);
      if (raw.length === 1) push(index.singleByWord, raw[0]!, entry);
      if (entry.n.tokens.length === 1) push(index.singleByFirstChar, entry.n.joined[0] ?? '', entry);
    }
    index.count = existing.length;
    return index;
  }

  /**
   * Blocking: names in the length window can only conflict by spelling (checked with one cheap
   * edit distance first); names sharing a word, an acronym or a first letter may match a rule.
   */
  function blockedCandidates(candidate: string, n: NormalizedName, index: ExistingIndex): { byLength: Set<IndexEntry>; byRule: Set<IndexEntry> } {
    const byLength = new Set<IndexEntry>();
    const byRule = new Set<IndexEntry>();
    const length = n.joined.length;
    const low = Math.ceil(length * threshold);
    const high = threshold > 0 ? Math.floor(length / threshold) : Number.MAX_SAFE_INTEGER;
    for (let l = low; l <= high; l += 1) for (const e of index.byLength.get(l) ?? []) byLength.add(e);
    // Rules on shared words (same words reordered, a generic suffix, one misspelt or abbreviated
    // word) leave at most one word unshared on each side: count shared words per name first.
    const tokenCount = n.tokens.length;
    const shared = new Map<IndexEntry, number>();
    for (const token of new Set(n.tokens)) {
      for (const e of index.byToken.get(token) ?? []) shared.set(e, (shared.get(e) ?? 0) + 1);
    }
    for (const [e, count] of shared) {
      if (Math.abs(e.n.tokens.length - tokenCount) <= 1 && count >= Math.max(e.n.tokens.length, tokenCount) - 1) byRule.add(e);
    }
    for (const initials of initialsOf(candidate, n)) for (const e of index.singleByWord.get(initials) ?? []) byRule.add(e);
    const raw = wordsOf(candidate);
    if (raw.length === 1) for (const e of index.byInitials.get(raw[0]!) ?? []) byRule.add(e);
    if (n.tokens.length === 1) for (const e of index.singleByFirstChar.get(n.joined[0] ?? '') ?? []) byRule.add(e);
    return { byLength, byRule };
  }

  /** Whether a rule (same words reordered, generic suffix, one misspelt or abbreviated word, acronym) could apply. */
  function mayMatchByRule(candidate: string, n: NormalizedName, entry: IndexEntry): boolean {
    const [onlyA, onlyB] = diffTokens(n.tokens, entry.n.tokens);
    if (onlyA.length + onlyB.length === 0) return true;
    if (onlyA.length === 1 && onlyB.length === 1) return true;
    const extra = onlyA.length === 0 ? onlyB : onlyB.length === 0 ? onlyA : null;
    if (extra && extra.length === 1 && dictionary.genericSuffixes.has(extra[0]!)) return true;
    return wordsOf(candidate).length === 1 || wordsOf(entry.name).length === 1;
  }

  const quickSimilarity = (a: NormalizedName, b: NormalizedName) =>
    Math.max(levenshteinSimilarity(a.joined, b.joined), a.sortedJoined === a.joined && b.sortedJoined === b.joined ? 0 : levenshteinSimilarity(a.sortedJoined, b.sortedJoined));

  return {
    specificationVersion: 'v1',
    name: 'levenshtein',
    threshold,
    normalize,
    compare(a, b) {
      // Compare in a fixed order so the result is symmetric.
      const [x, y] = a <= b ? [a, b] : [b, a];
      return compareNormalized(x, normalize(x), y, normalize(y));
    },
    findConflicts(candidate, existing) {
      const n = normalize(candidate);
      const index = indexOf(existing);
      const matches: ConflictMatch[] = [];
      const seen = new Set<string>([candidate]);
      const { byLength, byRule } = blockedCandidates(candidate, n, index);
      const consider = (entry: IndexEntry, viaRule: boolean) => {
        if (seen.has(entry.name)) return;
        if (round(quickSimilarity(n, entry.n)) < threshold && !(viaRule && mayMatchByRule(candidate, n, entry))) return;
        seen.add(entry.name);
        const [x, nx, y, ny] = candidate <= entry.name ? [candidate, n, entry.name, entry.n] : [entry.name, entry.n, candidate, n];
        const result = compareNormalized(x, nx, y, ny);
        if (result.conflict) matches.push({ ...result, candidate, existing: entry.name });
      };
      for (const entry of byRule) consider(entry, true);
      for (const entry of byLength) consider(entry, false);
      return matches.sort((p, q) => q.similarity - p.similarity || p.existing.localeCompare(q.existing));
    },
  };
}

function commonPrefixLength(x: string, y: string): number {
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i += 1;
  return i;
}

function isTransposition(x: string, y: string): boolean {
  if (x.length !== y.length) return false;
  const differences: number[] = [];
  for (let i = 0; i < x.length; i += 1) if (x[i] !== y[i]) differences.push(i);
  return differences.length === 2 && differences[1] === differences[0]! + 1 && x[differences[0]!] === y[differences[1]!] && x[differences[1]!] === y[differences[0]!];
}

function lowerKeys(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k.toLowerCase(), v.toLowerCase()]));
}
