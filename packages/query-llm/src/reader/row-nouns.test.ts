// The words analysts use for a fact table's rows that no name of the catalog spells, on a garage
// workshop of its own (workshop-schema.fixture.ts): each case is a general shape.
import { describe, expect, it } from 'vitest';
import { readerOn } from './reader-test-answers.js';
import { workshop, workshopUnrelated } from './workshop-schema.fixture.js';

const { sql, refusal } = readerOn(workshop);

describe('an unknown noun counted of a table that points at others', () => {
  it('is its rows when the question filters its fields ("tickets" of repairs)', () => {
    expect(sql('how many tickets were for Oil Change')).toBe(`SELECT count(*) AS count FROM "repairs" WHERE "job_type" = 'Oil Change'`);
    expect(sql('what % of tickets were from fleet customers')).toBe(`SELECT 100.0 * count(*) FILTER (WHERE "customer_type" = 'Fleet') / count(*) AS percentage FROM "repairs"`);
  });

  it('is refused when nothing else in the question is about that table', () => {
    expect(refusal('how many tickets do we have')).toMatch(/"tickets"/);
  });

  it('is refused when the table points at nothing: its rows may not be events at all', () => {
    expect(readerOn(workshopUnrelated).refusal('how many tickets were for Oil Change')).toMatch(/"tickets"/);
  });
});

describe('a classifier field', () => {
  it('names the rows by its noun: "how many jobs" counts repairs, not job types', () => {
    expect(sql('how many jobs took more than 2 hours')).toBe(`SELECT count(*) AS count FROM "repairs" WHERE "labour_min" > 120`);
  });

  it('is counted when the classifier is said ("job types")', () => {
    expect(sql('how many job types are there')).toBe(`SELECT count(DISTINCT "job_type") AS count FROM "repairs"`);
  });

  it('is the value a plural names ("oil changes")', () => {
    expect(sql('how many oil changes were there')).toBe(`SELECT count(*) AS count FROM "repairs" WHERE "job_type" = 'Oil Change'`);
  });
});

describe('a participle that is a word of a date field', () => {
  it('is the event\'s verb when the question says nothing about time', () => {
    expect(sql('how many repairs were booked by fleet customers')).toBe(`SELECT count(*) AS count FROM "repairs" WHERE "customer_type" = 'Fleet'`);
  });

  it('is the date when the question gives one', () => {
    expect(sql('how many repairs were booked before 2025-03-01')).toBe(`SELECT count(*) AS count FROM "repairs" WHERE "booked_date" < DATE '2025-03-01'`);
  });
});

describe('comparisons and money', () => {
  it('reads "or longer" after a number and its unit as inclusive', () => {
    expect(sql('how many repairs took 2 hours or longer')).toBe(`SELECT count(*) AS count FROM "repairs" WHERE "labour_min" >= 120`);
  });

  it('reads a total price beside a quantity as the takings, over a deposit', () => {
    expect(sql('total revenue per job type')).toBe(`SELECT "job_type", sum("total_price_gbp") AS value FROM "repairs" GROUP BY "job_type" ORDER BY value DESC, "job_type"`);
  });

  it('compares an amount of money with the takings when two fields hold that currency', () => {
    expect(sql('how many repairs cost more than 100 GBP')).toBe(`SELECT count(*) AS count FROM "repairs" WHERE "total_price_gbp" > 100`);
  });

  it('counts rows for "the total number of" a table\'s rows', () => {
    expect(sql('total number of mechanics')).toBe(`SELECT count(*) AS count FROM "mechanics"`);
  });
});
