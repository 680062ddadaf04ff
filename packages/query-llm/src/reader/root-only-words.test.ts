// A word placed only through a shared root ("rating" as hourly_rate_gbp) while another dataset's
// field spells it (rating_1_5) is read through the joins, or refused: never answered from the
// field that only shares the root.
import { describe, expect, it } from 'vitest';
import type { OfflineSchema } from '../offline-sql.js';
import { readerOn } from './reader-test-answers.js';

const tables: OfflineSchema['tables'] = [
  { name: 'tutors', kind: 'dataset', dataset: 'tutors', rows: 30, ingestedAt: null, columns: [
    { name: 'tutor_id', type: 'VARCHAR', distinct: 30, examples: ['TUT-101'] },
    { name: 'full_name', type: 'VARCHAR', distinct: 30, values: ['Samuel Patel', 'Ana Diaz'] },
    { name: 'hourly_rate_gbp', type: 'DOUBLE', min: 25, max: 60 },
  ] },
  { name: 'lessons', kind: 'dataset', dataset: 'lessons', rows: 4000, ingestedAt: null, columns: [
    { name: 'lesson_id', type: 'VARCHAR', distinct: 4000, examples: ['L-0001'] },
    { name: 'tutor_ref', type: 'VARCHAR', distinct: 30, examples: ['TUT-101'] },
    { name: 'rating_1_5', type: 'INTEGER', min: 1, max: 5 },
  ] },
];
const joined = readerOn({ entityTypes: [], tables, relationships: [
  { from: { table: 'lessons', column: 'tutor_ref' }, to: { table: 'tutors', column: 'tutor_id' }, cardinality: 'many-to-one', coverage: 1, status: 'confirmed' },
] });
const apart = readerOn({ entityTypes: [], tables, relationships: [] });

describe('a word placed only through a shared root', () => {
  it('is read through the joins when they reach the field that spells it', () => {
    const sql = joined.sql('which tutor has the highest average rating');
    expect(sql).toMatch(/avg\("rating_1_5"\)/);
    expect(sql).not.toMatch(/hourly_rate_gbp"\) AS value/);
  });

  it('is refused, naming both fields, when no join reaches it', () => {
    expect(apart.refusal('which tutor has the highest average rating')).toMatch(/"rating".*hourly_rate_gbp.*lessons\.rating_1_5/);
  });

  it('leaves a word the answer\'s field spells alone', () => {
    expect(apart.sql('which tutor has the highest hourly rate')).toMatch(/"hourly_rate_gbp"/);
  });
});
