import { describe, expect, it } from 'vitest';
import { readerOn } from './reader-test-answers.js';
import { oneEditApart } from './typos.js';
import { workshop } from './workshop-schema.fixture.js';

const { sql, refusal } = readerOn(workshop);

describe('oneEditApart', () => {
  it.each([
    ['avergae', 'average'],
    ['repiars', 'repairs'],
    ['mechanis', 'mechanics'],
    ['labours', 'labour'],
    ['tpye', 'type'],
  ])('%s is one edit from %s', (a, b) => expect(oneEditApart(a, b)).toBe(true));

  it.each([
    ['average', 'average'],
    ['avarege', 'average'],
    ['rain', 'mains'],
  ])('%s is not one edit from %s', (a, b) => expect(oneEditApart(a, b)).toBe(false));
});

describe('a question with a typo', () => {
  it('is read with the word it is one edit from, and says so', () => {
    expect(sql('avergae labour time per job tpye')).toBe(`SELECT "job_type", avg("labour_min") AS value FROM "repairs" GROUP BY "job_type" ORDER BY value DESC, "job_type"`);
    expect(sql('how many repiars were for Oil Change')).toBe(`SELECT count(*) AS count FROM "repairs" WHERE "job_type" = 'Oil Change'`);
  });

  it('keeps a short word that one changed letter would make a field\'s word ("rain" is not "main")', () => {
    expect(refusal('how many repairs were done in the rain')).toMatch(/"rain"/);
  });
});
