// Words that are a value and a field's word at once, fields that share a word, and nouns of a
// date field, on a garage workshop of its own (workshop-schema.fixture.ts) and a small claims
// table: each case is a general shape.
import { describe, expect, it } from 'vitest';
import type { OfflineSchema } from '../offline-sql.js';
import { readerOn } from './reader-test-answers.js';
import { workshop } from './workshop-schema.fixture.js';

const { sql } = readerOn(workshop);

describe('a value that is a word of another field\'s name', () => {
  it('is that field\'s word when the field is named whole ("the average inspection score")', () => {
    expect(sql('average inspection score by customer type')).toBe(`SELECT "customer_type", avg("inspection_score") AS value FROM "repairs" GROUP BY "customer_type" ORDER BY value DESC, "customer_type"`);
  });

  it('is that field\'s word when the field is the one compared ("scored over 80 at inspection")', () => {
    expect(sql('how many repairs scored over 80 at inspection')).toBe(`SELECT count(*) AS count FROM "repairs" WHERE "inspection_score" > 80`);
  });

  it('stays a value when the field is neither named whole nor compared', () => {
    expect(sql('how many inspections were there')).toBe(`SELECT count(*) AS count FROM "repairs" WHERE "job_type" = 'Inspection'`);
  });
});

describe('a noun of a date field', () => {
  it('counts the rows, not their days ("how many bookings" of booked_date)', () => {
    expect(sql('how many bookings were made in March 2024')).toBe(`SELECT count(*) AS count FROM "repairs" WHERE "booked_date" >= DATE '2024-03-01' AND "booked_date" < DATE '2024-04-01'`);
  });
});

describe('"by" and a field at the end of the question', () => {
  it('groups: "the total revenue booked by customer type"', () => {
    expect(sql('total revenue booked by customer type')).toBe(`SELECT "customer_type", sum("total_price_gbp") AS value FROM "repairs" GROUP BY "customer_type" ORDER BY value DESC, "customer_type"`);
  });
});

describe('verbs, amounts and windows', () => {
  it('passes over "received" once the rest is placed', () => {
    expect(sql('how many repairs have we received')).toBe(`SELECT count(*) AS count FROM "repairs"`);
  });

  it('reads "£1k" as 1000 pounds', () => {
    expect(sql('how many repairs cost more than £1k')).toBe(`SELECT count(*) AS count FROM "repairs" WHERE "total_price_gbp" > 1000`);
  });

  it('reads "the next 30 days" as the days after the stated day', () => {
    expect(sql('Taking today as 2025-06-30, how many repairs are booked in the next 30 days')).toBe(`SELECT count(*) AS count FROM "repairs" WHERE "booked_date" >= DATE '2025-07-01' AND "booked_date" < DATE '2025-07-31'`);
  });
});

describe('fields that share a word', () => {
  const claims: OfflineSchema = {
    tables: [{ name: 'claims', kind: 'dataset', dataset: 'claims', rows: 4000, ingestedAt: null, columns: [
      { name: 'claim_id', type: 'VARCHAR', distinct: 4000 },
      { name: 'status', type: 'VARCHAR', distinct: 3, values: ['Open', 'Settled', 'Denied'] },
      { name: 'claim_amount_usd', type: 'DOUBLE', unit: 'usd', min: 100, max: 90000 },
      { name: 'approved_amount_usd', type: 'DOUBLE', unit: 'usd', min: 0, max: 90000 },
    ] }],
    entityTypes: [],
  };
  const reader = readerOn(claims);

  it('read a word both hold as the one named after the rows ("amount" of claims is claim_amount)', () => {
    expect(reader.sql('total amount by status')).toBe(`SELECT "status", sum("claim_amount_usd") AS value FROM "claims" GROUP BY "status" ORDER BY value DESC, "status"`);
  });

  it('compare an amount of money with the field named after the rows', () => {
    expect(reader.sql('how many claims were for more than $50,000')).toBe(`SELECT count(*) AS count FROM "claims" WHERE "claim_amount_usd" > 50000`);
  });

  it('still take the field its other word names ("the approved amount")', () => {
    expect(reader.sql('total approved amount by status')).toBe(`SELECT "status", sum("approved_amount_usd") AS value FROM "claims" GROUP BY "status" ORDER BY value DESC, "status"`);
  });
});

describe('the ninth round\'s shapes', () => {
  it('reads a value that looks like time as the value ("next day" of priority)', () => {
    expect(sql('what % of repairs are next day')).toBe(`SELECT 100.0 * count(*) FILTER (WHERE "priority" = 'Next Day') / count(*) AS percentage FROM "repairs"`);
  });

  it('groups by the one field a generic word after "each" ends ("mechanics of each type")', () => {
    expect(sql('how many mechanics of each type do we have')).toBe(`SELECT "mechanic_type", count(*) AS value FROM "mechanics" GROUP BY "mechanic_type" ORDER BY value DESC, "mechanic_type"`);
  });

  it('counts the rows a noun names, not one word of a longer yes/no name on another table', () => {
    // "repairs" is a word of mechanics.repair_bonus_paid: the repairs are still the rows counted.
    expect(sql('how many repairs has mechanic M-1 done')).toContain(`SELECT count(*) AS count FROM "repairs`);
  });

  it('reads "total raised" as money, never the verb of the rows\' event', () => {
    expect(sql('total raised by quarter')).toBe(`SELECT date_trunc('quarter', "booked_date") AS quarter, sum("total_price_gbp") AS value FROM "repairs" GROUP BY 1 ORDER BY 1`);
  });
});
