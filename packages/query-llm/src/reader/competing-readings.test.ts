// Questions with two complete readings that answer differently, and the distinct counts that
// read past "different": on a lettings agency and a bakery of the tests' own.
import { describe, expect, it } from 'vitest';
import type { OfflineSchema } from '../offline-sql.js';
import { answeredTable, measureOf } from './competing-readings.js';
import { readerOn } from './reader-test-answers.js';

const lettings: OfflineSchema = {
  tables: [
    { name: 'lets', kind: 'dataset', dataset: 'lets', rows: 4000, ingestedAt: null, columns: [
      { name: 'let_id', type: 'VARCHAR', distinct: 4000 },
      { name: 'flat_ref', type: 'VARCHAR', distinct: 900 },
      { name: 'agreed_at', type: 'DATE', min: '2023-01-01', max: '2025-06-30' },
      { name: 'monthly_rent_gbp', type: 'DOUBLE', unit: 'GBP', min: 600, max: 4000 },
      { name: 'deposit_gbp', type: 'DOUBLE', unit: 'GBP', min: 600, max: 5000 },
    ] },
    { name: 'flats', kind: 'dataset', dataset: 'flats', rows: 900, ingestedAt: null, columns: [
      { name: 'flat_id', type: 'VARCHAR', distinct: 900 },
      { name: 'district', type: 'VARCHAR', distinct: 8, values: ['Leith', 'Morningside', 'Gorgie'] },
      { name: 'asking_rent_gbp', type: 'DOUBLE', unit: 'GBP', min: 650, max: 4200 },
      { name: 'floor_area_m2', type: 'DOUBLE', unit: 'm2', min: 25, max: 180 },
    ] },
  ],
  entityTypes: [],
  relationships: [{ from: { table: 'lets', column: 'flat_ref' }, to: { table: 'flats', column: 'flat_id' }, cardinality: 'many-to-one', coverage: 1, status: 'suggested' }],
};

const bakery: OfflineSchema = {
  tables: [
    { name: 'sales', kind: 'dataset', dataset: 'sales', rows: 5000, ingestedAt: null, columns: [
      { name: 'sale_id', type: 'VARCHAR', distinct: 5000 },
      { name: 'loyalty_card', type: 'BIGINT', distinct: 1400, min: 100000, max: 999999 },
      { name: 'sold_at', type: 'TIMESTAMP', min: '2024-01-01', max: '2024-12-31' },
      { name: 'amount_eur', type: 'DOUBLE', unit: 'EUR', min: 1, max: 80 },
      { name: 'customer_age', type: 'INTEGER', min: 16, max: 90 },
    ] },
  ],
  entityTypes: [],
};

describe('two readings that take different quantities', () => {
  const { sql, refusal } = readerOn(lettings);

  it('refuses a lookup\'s quantity when a fact pointing at it has one of the same word, and names both', () => {
    expect(refusal('average rent by district')).toMatch(/flats\.asking_rent_gbp or lets\.monthly_rent_gbp/);
    expect(refusal('what is the highest rent')).toMatch(/flats\.asking_rent_gbp or lets\.monthly_rent_gbp/);
  });

  it('answers when a word names the lookup\'s field alone, or the quantity has no rival', () => {
    expect(sql('average asking rent by district')).toBe(`SELECT "district", avg("asking_rent_gbp") AS value FROM "flats" GROUP BY "district" ORDER BY value DESC, "district"`);
    expect(sql('average floor area by district')).toBe(`SELECT "district", avg("floor_area_m2") AS value FROM "flats" GROUP BY "district" ORDER BY value DESC, "district"`);
    // Naming the lookup's rows says its own field is meant.
    expect(sql('what is the average rent of flats')).toBe(`SELECT avg("asking_rent_gbp") AS avg FROM "flats"`);
  });

  it('answers the fact\'s own quantity read on the fact', () => {
    expect(sql('what is the average monthly rent')).toBe(`SELECT avg("monthly_rent_gbp") AS avg FROM "lets"`);
  });
});

describe('"different" in a count', () => {
  it('counts the distinct values of the field the counted word names, a number included', () => {
    const { sql } = readerOn(bakery);
    expect(sql('how many different loyalty cards were used')).toBe(`SELECT count(DISTINCT "loyalty_card") AS count FROM "sales"`);
    // A quantity asked for as "different" values is counted, not added up.
    expect(sql('how many different ages')).toBe(`SELECT count(DISTINCT "customer_age") AS count FROM "sales"`);
  });

  it('refuses to count every row of a lookup as "different" ones when a fact refers to them', () => {
    const { sql, refusal } = readerOn(lettings);
    expect(refusal('how many different flats in Leith have come up')).toMatch(/every row of flats, or only the flats that lets refer to/);
    // Said as the lookup's own rows, or with a verb of the fact's rows, it is answered.
    expect(sql('how many different flats are there in Leith')).toBe(`SELECT count(*) AS count FROM "flats" WHERE "district" = 'Leith'`);
    expect(sql('how many different flats have been let')).toBe(`SELECT count(DISTINCT "flat_ref") AS count FROM "lets"`);
  });
});

describe('reading an answer back', () => {
  it('finds the quantity and the table of the SQL, after a joined scope\'s CTE', () => {
    const joined = `WITH "lets_joined" AS (SELECT f.*, j1."district" AS "flat_district" FROM "lets" AS f LEFT JOIN "flats" AS j1 ON f."flat_ref" = j1."flat_id") SELECT "flat_district", avg("monthly_rent_gbp") AS value FROM "lets_joined" GROUP BY 1`;
    expect([measureOf(joined), answeredTable(joined)]).toEqual(['monthly_rent_gbp', 'lets_joined']);
    expect(measureOf(`SELECT "house_name", "target_weight_kg" FROM "animals" ORDER BY "target_weight_kg" DESC, "house_name" LIMIT 5`)).toBe('target_weight_kg');
    expect(measureOf(`SELECT count(*) AS count FROM "animals"`)).toBeNull();
  });
});
