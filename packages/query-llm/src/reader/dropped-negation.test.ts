// A negation the answer does not carry turns the answer into its opposite: refused, never answered.
import { describe, expect, it } from 'vitest';
import { readerOn } from './reader-test-answers.js';
import { repairs } from './repairs.fixture.js';

const { sql, refusal } = readerOn(repairs);

describe('a "not" the SQL leaves out', () => {
  it('refuses, naming the negation and the word it negates', () => {
    expect(refusal('how many repairs have not been completed yet')).toMatch(/"not completed" leaves out/);
    expect(refusal('how many repairs are not completed')).toMatch(/"not completed"/);
  });

  it('keeps the negations the SQL carries', () => {
    expect(sql('how many technicians do not own a van')).toBe(`SELECT count(*) AS count FROM "technicians" WHERE NOT "owns_van"`);
    expect(sql('how many repairs were not on a boiler')).toBe(`SELECT count(*) AS count FROM "repairs" WHERE "appliance" IS DISTINCT FROM 'Boiler'`);
  });
});
