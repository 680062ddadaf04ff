// Numbers said in a unit, times of day, shares of a part of the rows, scores, superlatives of one
// quantity and headings about events, on a rowing club's outings.
import { describe, expect, it } from 'vitest';
import type { OfflineSchema } from '../offline-sql.js';
import { readerOn } from './reader-test-answers.js';
import { rowingClub } from './rowing-club.fixture.js';

const { sql, refusal } = readerOn(rowingClub);

describe('a unit word with no number', () => {
  it('names the one field held in that unit, added up', () => {
    expect(sql('total kilometres per month in 2025')).toMatch(/SELECT date_trunc\('month', "outing_date"\) AS month, sum\("distance_km"\) AS value FROM "outings(_joined)?" WHERE "outing_date" >= DATE '2025-01-01'/);
  });

  it('stays unplaced when two fields hold the unit', () => {
    const weighings = readerOn({ entityTypes: [], tables: [{ name: 'weighings', kind: 'dataset', rows: 900, ingestedAt: null, columns: [
      { name: 'crop', type: 'VARCHAR', distinct: 9, values: ['Onions', 'Leeks'] },
      { name: 'gross_weight_kg', type: 'DOUBLE', min: 1, max: 40 },
      { name: 'net_weight_kg', type: 'DOUBLE', min: 1, max: 38 },
    ] }] });
    expect(weighings.refusal('total kilos per crop')).toMatch(/"kilos"/);
  });
});

describe('how long a row lasts', () => {
  const sessions = (columns: OfflineSchema['tables'][number]['columns']) => readerOn({ entityTypes: [], tables: [{ name: 'sessions', kind: 'dataset', rows: 60, ingestedAt: null, columns: [
    { name: 'session_name', type: 'VARCHAR', distinct: 60, values: ['Harbour Sprint', 'River Loop'] },
    { name: 'level', type: 'VARCHAR', distinct: 3, values: ['Novice', 'Club', 'Elite'] },
    ...columns,
  ] }] });
  const timed = sessions([{ name: 'length_min', type: 'INTEGER', min: 30, max: 180 }]);

  it('is its one field held in a unit of time', () => {
    expect(timed.sql('how long is the Harbour Sprint')).toBe(`SELECT "length_min" FROM "sessions" WHERE "session_name" = 'Harbour Sprint'`);
    expect(timed.sql('average length of a session by level')).toBe('SELECT "level", avg("length_min") AS value FROM "sessions" GROUP BY "level" ORDER BY value DESC, "level"');
  });

  it('stays unplaced beside two fields of time', () => {
    const two = sessions([{ name: 'warm_up_min', type: 'INTEGER', min: 5, max: 20 }, { name: 'race_min', type: 'INTEGER', min: 20, max: 160 }]);
    expect(two.refusal('how long is the Harbour Sprint')).not.toBeNull();
  });
});

describe('a number said in a unit', () => {
  it('compares a field in that unit, never an identifier beside it', () => {
    expect(sql('how many outings were over 8 km')).toBe('SELECT count(*) AS count FROM "outings" WHERE "distance_km" > 8');
  });

  it('picks, of two fields in the unit, the one whose range holds the number', () => {
    // tank_size_l holds 30 to 50 litres: 15 litres can only be fuel.
    expect(sql('how many outings used more than 15 litres')).toBe('SELECT count(*) AS count FROM "outings" WHERE "fuel_litres" > 15');
  });

  it('reads "500k" of a field kept in thousands as the thousands', () => {
    expect(sql('which boats are valued above 50k')).toBe('SELECT "boat_name" FROM "boats" WHERE "value_k_gbp" > 50 ORDER BY "boat_name"');
  });
});

describe('dates and times of day', () => {
  it('never reads a month from a time of day', () => {
    expect(sql('how many outings in March 2025')).not.toContain('launch_time');
  });

  it('reads "for dates in" as the day a row is for, not the day it was booked', () => {
    expect(sql('how many outings were for dates in March 2025')).toBe(
      `SELECT count(*) AS count FROM "outings" WHERE "outing_date" >= DATE '2025-03-01' AND "outing_date" < DATE '2025-04-01'`,
    );
  });
});

describe('shares, scores and superlatives', () => {
  it('takes the noun after "of" as the whole and the words after its verb as the part', () => {
    expect(sql('what share of cancelled outings were booked online')).toBe(
      `SELECT 100.0 * count(*) FILTER (WHERE "booked_online") / count(*) AS percentage FROM "outings" WHERE "status" = 'Cancelled'`,
    );
  });

  it('ends the whole at a verb in the past after a value that names the rows', () => {
    const care = readerOn({ entityTypes: [], tables: [{ name: 'care_events', kind: 'dataset', rows: 4000, ingestedAt: null, columns: [
      { name: 'event_type', type: 'VARCHAR', distinct: 3, values: ['Health Check', 'Feeding', 'Enrichment'] },
      { name: 'follow_up_needed', type: 'BOOLEAN', distinct: 2 },
    ] }] });
    expect(care.sql('what percent of health checks needed a follow-up')).toBe(
      `SELECT 100.0 * count(*) FILTER (WHERE "follow_up_needed") / count(*) AS percentage FROM "care_events" WHERE "event_type" = 'Health Check'`,
    );
  });

  it('averages a rating over the rows that give it, never its total per group', () => {
    expect(sql('average rating per boat class')).toMatch(/SELECT "boat_class", avg\("rating_1_5"\) AS value FROM "outings_joined" GROUP BY "boat_class"/);
  });

  it('refuses a superlative of one quantity answered with a field of another', () => {
    expect(refusal('what is the heaviest tank')).toMatch(/"heaviest" ranks by mass, but tank_size_l holds volume/);
    expect(sql('what is the longest hull')).toBe('SELECT max("hull_length_m") AS max FROM "boats"');
  });
});

describe('a heading about events', () => {
  it('asks to say count or list, and answers once it is said', () => {
    expect(refusal('outings over 8 km')).toMatch(/Say whether to count or list the outings/);
    expect(sql('list outings over 8 km')).toBe(`SELECT "outing_ref" FROM "outings" WHERE "distance_km" > 8 ORDER BY "outing_ref"`);
  });
});

describe('money, orders and shares on a cleaning round', () => {
  // Visits priced per visit, with a tip on top; each customer's window count is looked up.
  const round = readerOn({
    tables: [
      { name: 'visits', kind: 'dataset', dataset: 'visits', rows: 3000, ingestedAt: null, columns: [
        { name: 'visit_id', type: 'VARCHAR', distinct: 3000, examples: ['V0001'] },
        { name: 'Order No', type: 'VARCHAR', distinct: 900, examples: ['OR-0100'] },
        { name: 'customer_ref', type: 'VARCHAR', distinct: 400, examples: ['C100'] },
        { name: 'visit_date', type: 'DATE', min: '2024-01-02', max: '2025-06-30' },
        { name: 'status', type: 'VARCHAR', distinct: 2, values: ['Completed', 'Skipped'] },
        { name: 'price_gbp', type: 'DOUBLE', min: 8, max: 60 },
        { name: 'tip_gbp', type: 'DOUBLE', min: 0, max: 10, nullShare: 0.7 },
        { name: 'ladder_used', type: 'BOOLEAN', distinct: 2 },
        { name: 'cleaner_ref', type: 'VARCHAR', distinct: 9, examples: ['W1'] },
        { name: 'windows_cleaned', type: 'BIGINT', min: 4, max: 40 },
      ] },
      { name: 'cleaners', kind: 'dataset', dataset: 'cleaners', rows: 9, ingestedAt: null, columns: [
        { name: 'cleaner_id', type: 'VARCHAR', distinct: 9, examples: ['W1'] },
        { name: 'cleaner_name', type: 'VARCHAR', distinct: 9, values: ['Becky Lund', 'Sam Oduya'] },
      ] },
      { name: 'customers', kind: 'dataset', dataset: 'customers', rows: 400, ingestedAt: null, columns: [
        { name: 'customer_id', type: 'VARCHAR', distinct: 400, examples: ['C100'] },
        { name: 'customer_name', type: 'VARCHAR', distinct: 400, examples: ['Ada Shaw'] },
        { name: 'window_count', type: 'BIGINT', min: 4, max: 40 },
      ] },
    ],
    entityTypes: [],
    relationships: [
      { from: { table: 'visits', column: 'customer_ref' }, to: { table: 'customers', column: 'customer_id' }, cardinality: 'many-to-one', coverage: 1, status: 'suggested' },
      { from: { table: 'visits', column: 'cleaner_ref' }, to: { table: 'cleaners', column: 'cleaner_id' }, cardinality: 'many-to-one', coverage: 1, status: 'suggested' },
    ],
  });

  it('takes the price as the takings, never the tip on top, even beside a looked-up count', () => {
    expect(round.sql('revenue by quarter')).toMatch(/sum\("price_gbp"\) AS value/);
    expect(round.sql('top 3 customers by total spend')).toMatch(/sum\("price_gbp"\) AS value/);
  });

  it('counts a shared identifier of the rows distinct when its noun is counted', () => {
    expect(round.sql('how many orders were completed in March 2025')).toMatch(/^SELECT count\(DISTINCT "Order No"\) AS count FROM "visits" WHERE/);
    expect(round.sql('number of orders per quarter')).toMatch(/^SELECT date_trunc\('quarter', "visit_date"\) AS quarter, count\(DISTINCT "Order No"\) AS value/);
  });

  it('reads a verb in the past after the rows\' noun as the end of the whole', () => {
    expect(round.sql('what percent of completed visits used a ladder')).toBe(
      `SELECT 100.0 * count(*) FILTER (WHERE "ladder_used") / count(*) AS percentage FROM "visits" WHERE "status" = 'Completed'`,
    );
  });

  it('never reads a doer ("cleaner") as a count of what was done (windows_cleaned)', () => {
    expect(round.sql('which cleaner has done the most visits?')).toMatch(/SELECT "cleaner_name", count\(\*\) AS value FROM "visits_joined" .*GROUP BY "cleaner_name" ORDER BY value DESC, "cleaner_name" LIMIT 1$/);
    expect(round.sql('how many visits per cleaner')).toMatch(/SELECT "cleaner_name", count\(\*\) AS value FROM "visits_joined" GROUP BY "cleaner_name"/);
  });
});
