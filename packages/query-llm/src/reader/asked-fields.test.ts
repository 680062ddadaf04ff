// What a question asks for when no field is named outright: the doer of a verb ("who supervises"),
// what a row cost, the date its verb names, the rows of the table a count names, and a refusal
// where the only answer would be the rows' name field by default.
import { describe, expect, it } from 'vitest';
import { readerOn } from './reader-test-answers.js';
import { rowingClub } from './rowing-club.fixture.js';

const { sql, refusal } = readerOn(rowingClub);

describe('"who <verb>s <value>"', () => {
  it('answers with the field named for the doer of the verb', () => {
    expect(sql('who supervises Ada Shaw')).toBe(`SELECT "supervisor" FROM "coaches" WHERE "coach_name" = 'Ada Shaw'`);
    expect(sql('who builds Swift Heron')).toBe(`SELECT "builder" FROM "boats" WHERE "boat_name" = 'Swift Heron'`);
  });

  it('refuses a verb no field is named for, rather than listing the rows\' names', () => {
    expect(refusal('who zorks Swift Heron')).not.toBeNull();
    expect(refusal('what did outing OUT-00012 zork')).toMatch(/"zork"/);
  });
});

describe('what a row cost and when its verb happened', () => {
  it('reads "what did <row> cost" as its price or fee, never a tip beside it', () => {
    expect(sql('what did outing OUT-00012 cost')).toBe(`SELECT sum("fee_gbp") AS sum FROM "outings" WHERE "outing_ref" = 'OUT-00012'`);
  });

  it('reads "how much was paid" and "how much have we charged" as the rows\' takings', () => {
    expect(sql('how much was paid for outing OUT-00012')).toBe(`SELECT sum("fee_gbp") AS sum FROM "outings" WHERE "outing_ref" = 'OUT-00012'`);
    // Read alone or through the joins (LEFT JOINs onto lookups keep every outing once): the same total.
    expect(sql('how much have we billed altogether')).toMatch(/SELECT sum\("fee_gbp"\) AS sum FROM "outings(_joined)?"$/);
  });

  it('reads "when was <row> paid" as the date the verb names', () => {
    expect(sql('When was outing OUT-00012 paid?')).toBe(`SELECT "paid_on" FROM "outings" WHERE "outing_ref" = 'OUT-00012'`);
  });
});

describe('a count of the rows the question names', () => {
  it('counts the outings through the join, not the coaches that hold the value', () => {
    expect(sql('how many outings were coached by senior coaches')).toMatch(/SELECT count\(\*\) AS count FROM "outings_joined" WHERE "coach_level" = 'Senior'$/);
  });

  it('takes the words that name all the rows as filler', () => {
    expect(sql('how many boats are in the fleet')).toBe('SELECT count(*) AS count FROM "boats"');
    expect(sql('what is the biggest single fee')).toBe('SELECT max("fee_gbp") AS max FROM "outings"');
  });

  it('opens no quoted value at a contraction\'s apostrophe', () => {
    expect(sql("what's the highest fee we've charged")).toBe('SELECT max("fee_gbp") AS max FROM "outings"');
  });
});
