// The verb of a row's own event and days spelled as people write them, on a driving school of its
// own (tests sat, lessons given, bike repairs), written for these tests: each case is a general
// shape, not a phrase of any evaluation set.
import { describe, expect, it } from 'vitest';
import type { OfflineSchema } from '../offline-sql.js';
import { readerOn } from './reader-test-answers.js';

const schema: OfflineSchema = {
  tables: [
    {
      name: 'driving_tests', kind: 'dataset', dataset: 'driving_tests', rowNoun: 'driving test', rows: 3000, ingestedAt: '_ingested_at',
      columns: [
        { name: 'test_ref', type: 'VARCHAR', distinct: 3000, examples: ['T-0042'], values: ['T-0042', 'T-0043'] },
        { name: 'candidate_id', type: 'VARCHAR', distinct: 900, examples: ['C-107'] },
        { name: 'test_date', type: 'DATE', min: '2024-01-02', max: '2025-09-30' },
        { name: 'result', type: 'VARCHAR', distinct: 2, values: ['Pass', 'Fail'] },
        { name: 'fee_gbp', type: 'DOUBLE', min: 62, max: 75 },
        { name: 'paid', type: 'BOOLEAN', distinct: 2 },
        { name: 'paid_on', type: 'DATE', min: '2024-01-02', max: '2025-10-30' },
      ],
    },
    {
      name: 'bike_repairs', kind: 'dataset', dataset: 'bike_repairs', rowNoun: 'bike repair', rows: 800, ingestedAt: '_ingested_at',
      columns: [
        { name: 'job_no', type: 'VARCHAR', distinct: 800, examples: ['J-310'] },
        { name: 'logged_at', type: 'TIMESTAMP', min: '2024-01-02', max: '2025-09-30' },
        { name: 'labour_minutes', type: 'INTEGER', min: 10, max: 240 },
      ],
    },
  ],
  entityTypes: [],
  relationships: [],
};

const { sql, refusal } = readerOn(schema);

describe('a verb of the rows own event before a time expression', () => {
  it('applies the time to the event date when the verb says the row happened', () => {
    expect(sql('how many driving tests were sat in June 2025')).toBe(
      `SELECT count(*) AS count FROM "driving_tests" WHERE "test_date" >= DATE '2025-06-01' AND "test_date" < DATE '2025-07-01'`,
    );
    expect(sql('how many tests were held in the 14 days before 1 June 2025')).toContain(`"test_date" >= DATE '2025-05-18' AND "test_date" < DATE '2025-06-01'`);
  });

  it('reads a verb of the row noun as the rows event too ("repairs" and "repaired")', () => {
    expect(sql('how many bikes were repaired in March 2025')).toContain(`FROM "bike_repairs" WHERE "logged_at" >= DATE '2025-03-01' AND "logged_at" < DATE '2025-04-01'`);
  });

  it('refuses a verb that may name another event, one with no date here', () => {
    expect(refusal('how many driving tests were appealed in June 2025')).toMatch(/"appealed"/);
  });

  it('answers "when" about the rows event with the event date', () => {
    expect(sql('when was test T-0042 held')).toBe(`SELECT "test_date" FROM "driving_tests" WHERE "test_ref" = 'T-0042'`);
  });
});

describe('a word before a time expression that names one date field', () => {
  it('puts the time on that date, not on the rows event date, and filters nothing else', () => {
    expect(sql('how many driving tests were paid in Q1 2025')).toBe(
      `SELECT count(*) AS count FROM "driving_tests" WHERE "paid_on" >= DATE '2025-01-01' AND "paid_on" < DATE '2025-04-01'`,
    );
    expect(sql('number of driving tests paid each month in 2025')).toMatch(/^SELECT date_trunc\('month', "paid_on"\)/);
  });

  it('answers "when" with that date', () => {
    expect(sql('when was test T-0042 paid')).toBe(`SELECT "paid_on" FROM "driving_tests" WHERE "test_ref" = 'T-0042'`);
  });

  it('keeps the yes/no filter when no time follows the word', () => {
    expect(sql('how many driving tests were paid')).toBe(`SELECT count(*) AS count FROM "driving_tests" WHERE "paid"`);
  });
});

describe('days written out, windows and reference days in a question', () => {
  it('reads "between" two spelled-out days as one range, both days in', () => {
    expect(sql('how many driving tests between 1 March 2025 and 15 March 2025')).toContain(`"test_date" >= DATE '2025-03-01' AND "test_date" < DATE '2025-03-16'`);
  });

  it('reads a spelled-out day after a comparison word', () => {
    expect(sql('how many driving tests were sat after 1 July 2024')).toContain(`"test_date" >= DATE '2024-07-02'`);
  });

  it('counts "the last N days" back from the day the question takes as today', () => {
    expect(sql('taking today as 2025-04-15, how many tests were sat in the last 30 days')).toContain(`"test_date" >= DATE '2025-03-16' AND "test_date" < DATE '2025-04-15'`);
  });

  it('reads a window that ends on its day', () => {
    expect(sql('how many tests were sat in the 7 days up to and including 2025-06-30')).toContain(`"test_date" >= DATE '2025-06-24' AND "test_date" < DATE '2025-07-01'`);
  });
});
