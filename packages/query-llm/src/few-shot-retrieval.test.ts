import { describe, expect, it } from 'vitest';
import { rankBySimilarity } from './few-shot-retrieval.js';

const pairs = [
  { id: 'a', question: 'What is the total weight in kilograms of loans per genre?', sql: 'SELECT genre, sum(weight_kg) FROM loans JOIN books USING (isbn) GROUP BY genre' },
  { id: 'b', question: 'How many vessels fly the flag of Liberia?', sql: "SELECT count(*) FROM vessels WHERE flag_state = 'Liberia'" },
  { id: 'c', question: 'How many vessels per flag state?', sql: 'SELECT flag_state, count(*) FROM vessels GROUP BY flag_state' },
  { id: 'd', question: 'List the titles of the books alphabetically', sql: 'SELECT title FROM books ORDER BY title' },
];

describe('few-shot retrieval by TF-IDF similarity', () => {
  it('ranks the pairs about the same tables and words first, and drops the unrelated', () => {
    const ranked = rankBySimilarity('How many vessels are flagged in Panama?', pairs).map((r) => r.candidate.id);
    expect(ranked).toEqual(['b', 'c']);
    expect(rankBySimilarity('total weight of loans for each genre', pairs).map((r) => r.candidate.id)).toEqual(['a']);
  });

  it('matches a question to a pair through the SQL identifiers it names (flag_state)', () => {
    expect(rankBySimilarity('count per flag state', pairs)[0]!.candidate.id).toBe('c');
  });

  it('gives nothing for a question sharing no content word, for an empty question and with no pairs', () => {
    expect(rankBySimilarity('Which ports had storms?', pairs)).toEqual([]);
    expect(rankBySimilarity('what is the?', pairs)).toEqual([]);
    expect(rankBySimilarity('How many vessels?', [])).toEqual([]);
  });

  it('keeps at most `limit`, with scores between 0 and 1, best first', () => {
    const ranked = rankBySimilarity('vessels flag', pairs, { limit: 1 });
    expect(ranked).toHaveLength(1);
    const all = rankBySimilarity('vessels flag loans books', pairs, { minScore: 0 });
    for (const r of all) expect(r.score).toBeGreaterThanOrEqual(0);
    for (const r of all) expect(r.score).toBeLessThanOrEqual(1 + 1e-9);
    expect(all.map((r) => r.score)).toEqual([...all.map((r) => r.score)].sort((x, y) => y - x));
  });
});
