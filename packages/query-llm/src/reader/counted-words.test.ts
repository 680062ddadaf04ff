// A tool library's loan records, its kits and its depots: a word of the table's name that starts a
// field's name, "the most" of a quantity, values told apart by a sign, one value asked of several
// rows, a lookup's rows counted through the fact, and a field's two words with a preposition between.
import { describe, expect, it } from 'vitest';
import type { OfflineSchema } from '../offline-sql.js';
import { readerOn } from './reader-test-answers.js';

const library: OfflineSchema = {
  tables: [
    { name: 'loan_records', kind: 'dataset', dataset: 'loan_records', rows: 4100, ingestedAt: null, columns: [
      { name: 'loan_no', type: 'VARCHAR', distinct: 4100, examples: ['L00001'] },
      { name: 'loaned_at', type: 'TIMESTAMP', min: '2024-01-02', max: '2025-10-30' },
      { name: 'kit_ref', type: 'VARCHAR', distinct: 180, examples: ['K017'] },
      { name: 'depot_ref', type: 'VARCHAR', distinct: 6, examples: ['D2'] },
      { name: 'member_ref', type: 'VARCHAR', distinct: 900, examples: ['M0042'] },
      { name: 'loan_days', type: 'INTEGER', min: 1, max: 28 },
      { name: 'payment', type: 'VARCHAR', distinct: 3, values: ['Card', 'Cash', 'Invoice'] },
      { name: 'invoice_total_gbp', type: 'DOUBLE', min: 4, max: 480, nullShare: 0.3 },
    ] },
    { name: 'kits', kind: 'dataset', dataset: 'kits', rows: 180, ingestedAt: null, columns: [
      { name: 'kit_id', type: 'VARCHAR', distinct: 180, examples: ['K017'] },
      { name: 'model', type: 'VARCHAR', distinct: 30, values: ['Pressure Washer', 'Tile Cutter', 'Scaffold Tower'] },
      { name: 'category', type: 'VARCHAR', distinct: 5, values: ['Garden', 'Cutting', 'Access', 'Cleaning', 'Drilling'] },
      { name: 'energy_grade', type: 'VARCHAR', distinct: 4, values: ['C+', 'C-', 'D+', 'D-'] },
      { name: 'weekly_fee_gbp', type: 'DOUBLE', min: 5, max: 60 },
      { name: 'needs_induction', type: 'BOOLEAN', distinct: 2 },
    ] },
    { name: 'depots', kind: 'dataset', dataset: 'depots', rows: 6, ingestedAt: null, columns: [
      { name: 'depot_id', type: 'VARCHAR', distinct: 6, examples: ['D2'] },
      { name: 'depot_name', type: 'VARCHAR', distinct: 6, values: ['Northgate', 'Riverside', 'Castle Mills', 'Eastfield', 'Westmoor', 'Ashby'] },
      { name: 'opened_on', type: 'DATE', min: '2012-04-01', max: '2021-09-01' },
      { name: 'open_sundays', type: 'BOOLEAN', distinct: 2 },
      { name: 'out_of_hours_returns', type: 'BOOLEAN', distinct: 2 },
    ] },
    { name: 'members', kind: 'dataset', dataset: 'members', rows: 900, ingestedAt: null, columns: [
      { name: 'member_id', type: 'VARCHAR', distinct: 900, examples: ['M0042'] },
      { name: 'full_name', type: 'VARCHAR', distinct: 890, examples: ['Ada Shaw'] },
      { name: 'town', type: 'VARCHAR', distinct: 3, values: ['Leeds', 'York', 'Selby'] },
      { name: 'is_student', type: 'BOOLEAN', distinct: 2 },
    ] },
  ],
  entityTypes: [],
  relationships: [
    { from: { table: 'loan_records', column: 'kit_ref' }, to: { table: 'kits', column: 'kit_id' }, cardinality: 'many-to-one', coverage: 1, status: 'suggested' },
    { from: { table: 'loan_records', column: 'depot_ref' }, to: { table: 'depots', column: 'depot_id' }, cardinality: 'many-to-one', coverage: 1, status: 'suggested' },
    { from: { table: 'loan_records', column: 'member_ref' }, to: { table: 'members', column: 'member_id' }, cardinality: 'many-to-one', coverage: 1, status: 'suggested' },
  ],
};
const { sql, refusal } = readerOn(library);

describe("a word of the table's name that starts a field's name", () => {
  it('is the field\'s: "the total number of loan days" adds up loan_days', () => {
    expect(sql('total number of loan days across all loans')).toBe('SELECT sum("loan_days") AS sum FROM "loan_records"');
    // Each record is one loan (loan_no), so loans are counted as rows or loan numbers alike.
    // In a joined reading every looked-up field starts with its table's word: the word stays the table's.
    expect(sql('total loan days per kit category')).toMatch(/SELECT "kit_category", sum\("loan_days"\) AS value FROM "loan_records_joined" GROUP BY "kit_category"/);
    expect(sql('the total number of loans')).toMatch(/^SELECT count\((\*|DISTINCT "loan_no")\) AS count FROM "loan_records"$/);
  });
});

describe('"the most" of a quantity per group', () => {
  it('adds the quantity up; "the most loans" still counts rows', () => {
    expect(sql('the 3 kit categories with the most loan days')).toMatch(/SELECT "kit_category", sum\("loan_days"\) AS value .* LIMIT 3$/);
    expect(sql('the 3 kit categories with the most loans')).toMatch(/SELECT "kit_category", count\((\*|DISTINCT "loan_no")\) AS value .* LIMIT 3$/);
  });
});

describe('values of one field told apart only by a sign', () => {
  it('takes the one spelled with its sign, or all when none is', () => {
    expect(sql('how many kits are energy grade C-')).toBe(`SELECT count(*) AS count FROM "kits" WHERE "energy_grade" = 'C-'`);
    expect(sql('how many kits are energy grade C+?')).toBe(`SELECT count(*) AS count FROM "kits" WHERE "energy_grade" = 'C+'`);
    expect(sql('how many kits are energy grade D')).toBe(`SELECT count(*) AS count FROM "kits" WHERE "energy_grade" IN ('D+', 'D-')`);
  });
});

describe('one value asked of the rows a value picks out', () => {
  it('gives each value once', () => {
    expect(sql('what is the weekly fee for a Tile Cutter?')).toBe(`SELECT DISTINCT "weekly_fee_gbp" FROM "kits" WHERE "model" = 'Tile Cutter'`);
  });
});

describe("a lookup's rows counted through the fact", () => {
  it('is refused: the only reading counts loans, the question counts kits', () => {
    expect(refusal('how many kits need induction before they can be loaned?')).toMatch(/"kits" are rows of kits, but the only reading I found counts rows of loan_records/);
    expect(sql('how many kits need induction')).toBe('SELECT count(*) AS count FROM "kits" WHERE "needs_induction"');
  });
});

describe("a field's two words with a preposition between", () => {
  it('names the field ("open on Sundays" is open_sundays, not opened_on)', () => {
    expect(sql('which depots open on Sundays')).toBe(`SELECT "depot_name" FROM "depots" WHERE "open_sundays" ORDER BY "depot_name"`);
    expect(sql('which depots opened in 2015')).toMatch(/WHERE "opened_on" >= DATE '2015-01-01'/);
  });
});

describe('a negation before a yes/no field with a small word inside its name', () => {
  it('negates the field ("no out of hours returns")', () => {
    expect(sql('which depots have no out of hours returns')).toBe(`SELECT "depot_name" FROM "depots" WHERE NOT "out_of_hours_returns" ORDER BY "depot_name"`);
    expect(sql('which depots have out of hours returns')).toBe(`SELECT "depot_name" FROM "depots" WHERE "out_of_hours_returns" ORDER BY "depot_name"`);
  });
});

describe('"by" a plural noun that is qualified', () => {
  it('names who made the rows, a filter, not a grouping', () => {
    expect(sql('how many loans were made by student members')).toMatch(/SELECT count\((\*|DISTINCT "loan_no")\) AS count FROM "loan_records_joined" WHERE "member_is_student"$/);
    expect(sql('number of loans by members from York')).toMatch(/SELECT count\((\*|DISTINCT "loan_no")\) AS count FROM "loan_records_joined" WHERE "member_town" = 'York'$/);
  });

  it('still groups by a noun said alone ("loans by member")', () => {
    expect(sql('number of loans by member')).toMatch(/GROUP BY "member_full_name"/);
  });
});

describe('a value that is also a word of a ranked field', () => {
  it('is the field\'s word after a superlative ("the 5 biggest invoices")', () => {
    expect(sql('show me the 5 biggest invoices')).toMatch(/FROM "loan_records" WHERE "invoice_total_gbp" IS NOT NULL ORDER BY "invoice_total_gbp" DESC.* LIMIT 5$/);
    expect(sql('how many invoice payments')).toMatch(/WHERE "payment" = 'Invoice'$/);
  });
});

describe("a word of the fact's name that every looked-up field starts with", () => {
  const campsite: OfflineSchema = {
    tables: [
      { name: 'pitch_stays', kind: 'dataset', dataset: 'pitch_stays', rows: 3000, ingestedAt: null, columns: [
        { name: 'stay_no', type: 'VARCHAR', distinct: 3000, examples: ['S00001'] },
        { name: 'arrived_on', type: 'DATE', min: '2024-03-01', max: '2025-10-31' },
        { name: 'pitch_ref', type: 'VARCHAR', distinct: 120, examples: ['P017'] },
        { name: 'pitch_fee_gbp', type: 'DOUBLE', min: 12, max: 240 },
      ] },
      { name: 'pitches', kind: 'dataset', dataset: 'pitches', rows: 120, ingestedAt: null, columns: [
        { name: 'pitch_id', type: 'VARCHAR', distinct: 120, examples: ['P017'] },
        { name: 'zone', type: 'VARCHAR', distinct: 4, values: ['Meadow', 'Woodland', 'Lakeside', 'Hilltop'] },
        { name: 'hardstanding', type: 'BOOLEAN', distinct: 2 },
      ] },
    ],
    entityTypes: [],
    relationships: [{ from: { table: 'pitch_stays', column: 'pitch_ref' }, to: { table: 'pitches', column: 'pitch_id' }, cardinality: 'many-to-one', coverage: 1, status: 'suggested' }],
  };

  it('stays the table\'s there, so the grouping by a looked-up field is kept', () => {
    expect(readerOn(campsite).sql('total pitch fees per zone')).toMatch(/SELECT "pitch_zone", sum\("pitch_fee_gbp"\) AS value FROM "pitch_stays_joined" GROUP BY "pitch_zone"/);
  });
});

describe('a reference named for a role, not for the rows it points at', () => {
  const callouts: OfflineSchema = {
    tables: [
      { name: 'callouts', kind: 'dataset', dataset: 'callouts', rows: 4700, ingestedAt: null, columns: [
        { name: 'callout_no', type: 'VARCHAR', distinct: 4700, examples: ['LK-40001'] },
        { name: 'tech_no', type: 'VARCHAR', distinct: 27, examples: ['LS101'] },
        { name: 'labour_hours', type: 'DOUBLE', min: 0.5, max: 6 },
      ] },
      { name: 'locksmiths', kind: 'dataset', dataset: 'locksmiths', rows: 28, ingestedAt: null, columns: [
        { name: 'locksmith_id', type: 'VARCHAR', distinct: 28, examples: ['LS101'] },
        { name: 'team', type: 'VARCHAR', distinct: 3, values: ['North', 'South', 'Commercial'] },
      ] },
    ],
    entityTypes: [],
    relationships: [{ from: { table: 'callouts', column: 'tech_no' }, to: { table: 'locksmiths', column: 'locksmith_id' }, cardinality: 'many-to-one', coverage: 1, status: 'suggested' }],
  };

  it('is named by the looked-up table\'s noun ("locksmiths" of tech_no)', () => {
    expect(readerOn(callouts).sql('top 3 locksmiths by number of callouts')).toBe('SELECT "tech_no", count(*) AS value FROM "callouts" GROUP BY "tech_no" ORDER BY value DESC, "tech_no" LIMIT 3');
    expect(readerOn(callouts).sql('which locksmiths handled more than 250 callouts')).toMatch(/GROUP BY "tech_no" HAVING count\(\*\) > 250/);
  });
});
