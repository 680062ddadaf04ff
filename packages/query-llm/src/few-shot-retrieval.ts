import { wordsOf } from './query-words.js';

/** A question-SQL pair that may be shown to a provider as an example. */
export interface RetrievalCandidate {
  id: string;
  question: string;
  sql: string;
}

export interface RankedCandidate<T extends RetrievalCandidate> {
  candidate: T;
  /** Cosine similarity of TF-IDF word vectors, 0..1. */
  score: number;
}

export interface RetrievalOptions {
  /** Candidates returned at most. Default 3. */
  limit?: number;
  /** Lowest similarity worth showing. Default 0.2: below it an example misleads more than it helps. */
  minScore?: number;
}

// Words that say nothing about which tables or columns a question is about. Shape words ("how
// many", "average", "top") are kept: a pair of the same shape is the better example.
const FUNCTION_WORDS = new Set([
  'the',
  'a',
  'an',
  'of',
  'in',
  'on',
  'at',
  'for',
  'to',
  'by',
  'is',
  'are',
  'was',
  'were',
  'be',
  'do',
  'doe',
  'did',
  'there',
  'with',
  'and',
  'or',
  'me',
  'show',
  'list',
  'give',
  'tell',
  'what',
  'which',
  'who',
  'that',
  'this',
  'it',
  'from',
  'have',
  'ha',
  'had',
  'as',
]);

const SQL_WORDS = new Set([
  'select',
  'from',
  'where',
  'group',
  'order',
  'by',
  'limit',
  'as',
  'and',
  'or',
  'not',
  'join',
  'left',
  'inner',
  'on',
  'desc',
  'asc',
  'count',
  'sum',
  'avg',
  'min',
  'max',
  'distinct',
  'lower',
  'having',
  'with',
  'case',
  'when',
  'then',
  'else',
  'end',
  'null',
  'is',
  'in',
]);

/** The content words of a question, stemmed. */
export function questionTerms(question: string): string[] {
  return wordsOf(question).filter((w) => !FUNCTION_WORDS.has(w) && !/^\d+$/.test(w));
}

/** Identifier words of a SQL text (tables, columns), for matching a question that names them. */
function sqlTerms(sql: string): string[] {
  const withoutStrings = sql.replace(/'(?:[^']|'')*'/g, ' ');
  return wordsOf(withoutStrings).filter((w) => !SQL_WORDS.has(w) && !/^\d+$/.test(w));
}

/** Term weights of one candidate: its question's words count fully, its SQL's identifiers half. */
function candidateTerms(candidate: RetrievalCandidate): Map<string, number> {
  const terms = new Map<string, number>();
  for (const w of questionTerms(candidate.question)) terms.set(w, (terms.get(w) ?? 0) + 1);
  for (const w of sqlTerms(candidate.sql)) terms.set(w, (terms.get(w) ?? 0) + 0.5);
  return terms;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  for (const [term, weight] of a) dot += weight * (b.get(term) ?? 0);
  const norm = (v: Map<string, number>) =>
    Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));
  const denominator = norm(a) * norm(b);
  return denominator === 0 ? 0 : dot / denominator;
}

/**
 * Ranks candidates by TF-IDF cosine similarity to the question and keeps those above
 * `minScore`, best first. A question that shares no content word with any candidate gets none:
 * no example is better than one about another table.
 *
 * @example
 * rankBySimilarity('total weight of loans per genre', pairs, { limit: 3 })
 * // [{ candidate: { question: 'weight of loans by genre', ... }, score: 0.71 }]
 */
export function rankBySimilarity<T extends RetrievalCandidate>(
  question: string,
  candidates: T[],
  options: RetrievalOptions = {},
): Array<RankedCandidate<T>> {
  const limit = options.limit ?? 3;
  const minScore = options.minScore ?? 0.2;
  const asked = questionTerms(question);
  if (asked.length === 0 || candidates.length === 0) return [];
  const documents = candidates.map(candidateTerms);
  const documentFrequency = new Map<string, number>();
  for (const terms of documents)
    for (const term of terms.keys())
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  // Smoothed IDF (as scikit-learn's): a word every pair has still counts a little.
  const idf = (term: string) =>
    Math.log((1 + documents.length) / (1 + (documentFrequency.get(term) ?? 0))) + 1;
  const weigh = (terms: Map<string, number>) =>
    new Map([...terms].map(([term, tf]) => [term, tf * idf(term)] as const));
  const query = new Map<string, number>();
  for (const w of asked) query.set(w, (query.get(w) ?? 0) + 1);
  const weightedQuery = weigh(query);
  return candidates
    .map((candidate, i) => ({ candidate, score: cosine(weightedQuery, weigh(documents[i]!)) }))
    .filter((ranked) => ranked.score >= minScore)
    .sort((a, b) => b.score - a.score || a.candidate.question.localeCompare(b.candidate.question))
    .slice(0, limit);
}
