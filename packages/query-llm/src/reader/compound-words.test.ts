// A hyphenated word nothing placed whole is read again with its words apart ("follow-up" of
// follow_up_needed); ids and dates keep their hyphens.
import { describe, expect, it } from 'vitest';
import { readerOn } from './reader-test-answers.js';
import { splitCompounds } from './compound-words.js';

const clinic = readerOn({ entityTypes: [], tables: [{ name: 'visits', kind: 'dataset', rows: 3000, ingestedAt: null, columns: [
  { name: 'visit_id', type: 'VARCHAR', distinct: 3000, examples: ['VS-50001'], values: ['VS-50001', 'VS-50002'] },
  { name: 'reason', type: 'VARCHAR', distinct: 4, values: ['Check-up', 'Vaccination', 'Injury', 'Surgery'] },
  { name: 'follow_up_needed', type: 'BOOLEAN', distinct: 2 },
  { name: 'fee_gbp', type: 'DOUBLE', min: 20, max: 900 },
] }] });

describe('a hyphenated word', () => {
  it('is read as the field its words spell when nothing placed it whole', () => {
    expect(clinic.sql('how many visits need a follow-up')).toBe('SELECT count(*) AS count FROM "visits" WHERE "follow_up_needed"');
  });

  it('stays whole when it is a value', () => {
    expect(clinic.sql('how many visits were for a Check-up')).toBe(`SELECT count(*) AS count FROM "visits" WHERE "reason" = 'Check-up'`);
  });

  it('is refused, whole, when its words name nothing either', () => {
    expect(clinic.refusal('how many visits were walk-ins')).toMatch(/walk/);
  });

  it('splits only letters joined by hyphens, never ids or dates', () => {
    expect(splitCompounds('visits after 2024-05-01 for VS-50001 that need a follow-up', ['2024-05-01', 'VS-50001', 'follow-up'])).toEqual({
      question: 'visits after 2024-05-01 for VS-50001 that need a follow up', compounds: ['follow-up'],
    });
    expect(splitCompounds('visit VS-50001', ['VS-50001'])).toBeNull();
  });
});
