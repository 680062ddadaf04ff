// Ways analysts say numbers, days and verbs that the reader's stages place, on a garage workshop
// of its own (workshop-schema.fixture.ts): each case is a general shape.
import { describe, expect, it } from 'vitest';
import type { OfflineSchema } from '../offline-sql.js';
import { readerOn } from './reader-test-answers.js';
import { workshop } from './workshop-schema.fixture.js';

const { sql } = readerOn(workshop);

describe('amounts in words and units', () => {
  it('reads "an hour" and "two hours" after a comparison as amounts of the unit', () => {
    expect(sql('how many repairs took over an hour')).toBe(`SELECT count(*) AS count FROM "repairs" WHERE "labour_min" > 60`);
    expect(sql('how many repairs took more than two hours')).toBe(`SELECT count(*) AS count FROM "repairs" WHERE "labour_min" > 120`);
  });

  it('reads a word shared by a yes/no field and the quantity named as the quantity\'s word', () => {
    expect(sql('how many repairs used over 5 litres of coolant')).toBe(`SELECT count(*) AS count FROM "repairs" WHERE "coolant_litres" > 5`);
  });
});

describe('days and grains', () => {
  it('gives a day without its year the year of the day after "and"', () => {
    expect(sql('how many repairs were booked between 1 June and 31 August 2024')).toBe(`SELECT count(*) AS count FROM "repairs" WHERE "booked_date" >= DATE '2024-06-01' AND "booked_date" < DATE '2024-09-01'`);
  });

  it('reads "the weekly number of" rows as a count per week', () => {
    expect(sql('weekly number of repairs')).toBe(`SELECT date_trunc('week', "booked_date") AS week, count(*) AS value FROM "repairs" GROUP BY 1 ORDER BY 1`);
  });

  it('never reads the unit of a time window as a field ("days" of warranty_days)', () => {
    expect(sql('Taking today as 2025-06-30, how many repairs were booked in the last 7 days')).toBe(`SELECT count(*) AS count FROM "repairs" WHERE "booked_date" >= DATE '2025-06-23' AND "booked_date" < DATE '2025-06-30'`);
  });
});

describe('verbs', () => {
  it('passes over a verb of the rows\' own making ("raised", "led to") once the rest is placed', () => {
    expect(sql('how many repairs were raised by fleet customers')).toBe(`SELECT count(*) AS count FROM "repairs" WHERE "customer_type" = 'Fleet'`);
  });

  it('meets a field word that keeps a doubled letter ("enrolled" ~ enroll_year)', () => {
    expect(sql('how many mechanics enrolled before 2015')).toBe(`SELECT count(*) AS count FROM "mechanics" WHERE "enroll_year" < 2015`);
  });
});

describe('a superlative that points at one field', () => {
  const pipes: OfflineSchema = {
    tables: [{ name: 'pipes', kind: 'dataset', dataset: 'pipes', rows: 400, ingestedAt: null, columns: [
      { name: 'pipe_ref', type: 'VARCHAR', distinct: 400 },
      { name: 'length_m', type: 'DOUBLE', unit: 'm', min: 1, max: 300 },
      { name: 'diameter_mm', type: 'INTEGER', unit: 'mm', min: 50, max: 900 },
    ] }],
    entityTypes: [],
  };
  it('places itself: "the 3 longest pipes" rank by the one length', () => {
    expect(readerOn(pipes).sql('show me the 3 longest pipes')).toBe(`SELECT "pipe_ref", "length_m" FROM "pipes" WHERE "length_m" IS NOT NULL ORDER BY "length_m" DESC, "pipe_ref" LIMIT 3`);
  });

  it('compares millimetres with a field in millimetres', () => {
    expect(readerOn(pipes).sql('how many pipes have a diameter over 300 millimetres')).toBe(`SELECT count(*) AS count FROM "pipes" WHERE "diameter_mm" > 300`);
  });
});
