// Shapes the reader once answered with the wrong rows, on a support desk and an animal-care log of
// its own: each case is a general shape.
import { describe, expect, it } from 'vitest';
import type { OfflineSchema } from '../offline-sql.js';
import { readerOn } from './reader-test-answers.js';

const desk: OfflineSchema = {
  tables: [
    { name: 'tickets', kind: 'dataset', dataset: 'tickets', rows: 3000, ingestedAt: null, columns: [
      { name: 'ticket_id', type: 'VARCHAR', distinct: 3000 },
      { name: 'agent_no', type: 'VARCHAR', distinct: 20, nullShare: 0.1 },
      { name: 'customer_ref', type: 'VARCHAR', distinct: 900 },
      { name: 'opened_at', type: 'TIMESTAMP', min: '2024-07-01', max: '2025-06-30' },
      { name: 'resolved_at', type: 'TIMESTAMP', min: '2024-07-01', max: '2025-06-30', nullShare: 0.2 },
      { name: 'status', type: 'VARCHAR', distinct: 3, values: ['Open', 'Resolved', 'Closed'] },
      { name: 'first_contact_resolution', type: 'BOOLEAN', distinct: 2 },
      { name: 'handle_time_min', type: 'INTEGER', unit: 'min', min: 1, max: 90 },
    ] },
    { name: 'agents', kind: 'dataset', dataset: 'agents', rows: 20, ingestedAt: null, columns: [
      { name: 'agent_id', type: 'VARCHAR', distinct: 20 },
      { name: 'full_name', type: 'VARCHAR', distinct: 20, values: ['Ana Ruiz', 'Ben Okoro'] },
      { name: 'team', type: 'VARCHAR', distinct: 3, values: ['Billing', 'Technical', 'Retention'] },
    ] },
    { name: 'customers', kind: 'dataset', dataset: 'customers', rows: 900, ingestedAt: null, columns: [
      { name: 'account_number', type: 'VARCHAR', distinct: 900 },
      { name: 'customer_name', type: 'VARCHAR', distinct: 900, values: ['Usha Thomas', 'Leo Grant'] },
      { name: 'plan', type: 'VARCHAR', distinct: 3, values: ['Basic', 'Business Pro', 'Family'] },
    ] },
  ],
  entityTypes: [],
  relationships: [
    { from: { table: 'tickets', column: 'agent_no' }, to: { table: 'agents', column: 'agent_id' }, cardinality: 'many-to-one', coverage: 1, status: 'suggested' },
    { from: { table: 'tickets', column: 'customer_ref' }, to: { table: 'customers', column: 'account_number' }, cardinality: 'many-to-one', coverage: 1, status: 'suggested' },
  ],
};

const care: OfflineSchema = {
  tables: [
    { name: 'care_events', kind: 'dataset', dataset: 'care_events', rows: 4000, ingestedAt: null, columns: [
      { name: 'event_id', type: 'VARCHAR', distinct: 4000 },
      { name: 'event_time', type: 'TIMESTAMP', min: '2024-07-01', max: '2025-08-31' },
      { name: 'event_type', type: 'VARCHAR', distinct: 3, values: ['Health Check', 'Feeding', 'Enrichment'] },
      { name: 'enrichment_item', type: 'VARCHAR', distinct: 6, nullShare: 0.7, values: ['Puzzle Feeder', 'Ice Block'] },
      { name: 'next_check_due', type: 'DATE', min: '2024-08-01', max: '2025-12-01', nullShare: 0.8 },
    ] },
    { name: 'animals', kind: 'dataset', dataset: 'animals', rows: 150, ingestedAt: null, columns: [
      { name: 'animal_id', type: 'VARCHAR', distinct: 150 },
      { name: 'house_name', type: 'VARCHAR', distinct: 140 },
      { name: 'species', type: 'VARCHAR', distinct: 30, values: ['Komodo Dragon', 'Green Tree Python'] },
      { name: 'enclosure', type: 'VARCHAR', distinct: 8, values: ['Reptile House', 'Savannah'] },
    ] },
  ],
  entityTypes: [],
};

describe('a support desk', () => {
  const { sql } = readerOn(desk);

  it('reads a yes/no field\'s root as that field, not also as a status ("resolved on first contact")', () => {
    expect(sql('How many tickets were resolved on first contact')).toBe(`SELECT count(*) AS count FROM "tickets" WHERE "first_contact_resolution"`);
  });

  it('leaves rows without the date out of a time series', () => {
    expect(sql('number of tickets resolved each quarter')).toBe(`SELECT date_trunc('quarter', "resolved_at") AS quarter, count(*) AS value FROM "tickets" WHERE "resolved_at" IS NOT NULL GROUP BY 1 ORDER BY 1`);
  });

  it('groups by a looked-up field without a group for the rows that reach no lookup row', () => {
    expect(sql('average handle time for each team')).toContain(`SELECT "agent_team", avg("handle_time_min") AS value FROM "tickets_joined" WHERE "agent_team" IS NOT NULL GROUP BY "agent_team"`);
  });

});

describe('an animal-care log', () => {
  const { sql } = readerOn(care);

  it('never takes a word of a value of several words as a field\'s ("health checks" is no next_check_due)', () => {
    expect(sql('number of health checks per quarter')).toBe(`SELECT date_trunc('quarter', "event_time") AS quarter, count(*) AS value FROM "care_events" WHERE "event_type" = 'Health Check' GROUP BY 1 ORDER BY 1`);
  });

  it('counts rows, not a field\'s values, when the counted word is a value\'s ("enrichment sessions")', () => {
    expect(sql('how many enrichment sessions were there')).toBe(`SELECT count(*) AS count FROM "care_events" WHERE "event_type" = 'Enrichment'`);
  });

  it('lists each kind once for "which <field>"', () => {
    expect(sql('Which species live in the Reptile House?')).toBe(`SELECT DISTINCT "species" FROM "animals" WHERE "enclosure" = 'Reptile House'`);
  });
});

describe('tenancies and flights', () => {
  const tenancies: OfflineSchema = {
    tables: [{ name: 'tenancies', kind: 'dataset', dataset: 'tenancies', rows: 4000, ingestedAt: null, columns: [
      { name: 'tenancy_id', type: 'VARCHAR', distinct: 4000 },
      { name: 'start_date', type: 'DATE' },
      { name: 'end_date', type: 'DATE', nullShare: 0.2 },
      { name: 'end_reason', type: 'VARCHAR', distinct: 4, values: ['Moved', 'Evicted'] },
      { name: 'status', type: 'VARCHAR', distinct: 3, values: ['Active', 'Ended', 'Notice Given'] },
    ] }],
    entityTypes: [],
  };
  const flights: OfflineSchema = {
    tables: [{ name: 'flights', kind: 'dataset', dataset: 'flights', rows: 4000, ingestedAt: null, columns: [
      { name: 'flight_id', type: 'VARCHAR', distinct: 4000 },
      { name: 'destination', type: 'VARCHAR', distinct: 20, values: ['MAN', 'EDI', 'VIE'] },
      { name: 'delay_reason', type: 'VARCHAR', distinct: 5, nullShare: 0.7, values: ['Weather', 'Late Inbound Aircraft'] },
      { name: 'ticket_revenue_gbp', type: 'DOUBLE', unit: 'gbp', min: 100, max: 90000 },
    ] }],
    entityTypes: [],
  };

  it('reads a status verb that is a date field\'s word as that date when the question gives a time', () => {
    const { sql } = readerOn(tenancies);
    expect(sql('How many tenancies ended between 1 March 2025 and 31 May 2025?')).toBe(`SELECT count(*) AS count FROM "tenancies" WHERE "end_date" >= DATE '2025-03-01' AND "end_date" < DATE '2025-06-01'`);
    expect(sql('How many tenancies end in the 60 days after 2025-06-30?')).toBe(`SELECT count(*) AS count FROM "tenancies" WHERE "end_date" >= DATE '2025-07-01' AND "end_date" < DATE '2025-08-30'`);
    expect(sql('how many tenancies have ended')).toBe(`SELECT count(*) AS count FROM "tenancies" WHERE "status" = 'Ended'`);
  });

  it('ranks groups by the total of the money a field of that name holds', () => {
    expect(readerOn(flights).sql('top 3 destinations by revenue')).toBe(`SELECT "destination", sum("ticket_revenue_gbp") AS value FROM "flights" GROUP BY "destination" ORDER BY value DESC, "destination" LIMIT 3`);
  });

  it('never answers "the most common" with the rows that have no value', () => {
    expect(readerOn(flights).sql('Which delay reason comes up most often')).toContain(`WHERE "delay_reason" IS NOT NULL GROUP BY "delay_reason"`);
  });
});

describe('groups compared with a number', () => {
  const { sql } = readerOn(desk);

  it('leaves out the rows with no value: they are no group of their own ("which agents have more than 100 tickets")', () => {
    expect(sql('which agent numbers have more than 100 tickets')).toBe(
      `SELECT "agent_no", count(*) AS value FROM "tickets" WHERE "agent_no" IS NOT NULL GROUP BY "agent_no" HAVING count(*) > 100 ORDER BY value DESC, "agent_no"`,
    );
  });
});

describe('the date a table\'s rows happen on', () => {
  const rounds: OfflineSchema = {
    tables: [
      { name: 'pickups', kind: 'dataset', dataset: 'pickups', rows: 4000, ingestedAt: null, columns: [
        { name: 'pickup_id', type: 'VARCHAR', distinct: 4000 },
        { name: 'Scheduled Date', type: 'DATE', min: '2024-07-01', max: '2025-06-30' },
        { name: 'picked_up_at', type: 'TIMESTAMP', min: '2024-07-01', max: '2025-06-30', nullShare: 0.08 },
        { name: 'outcome', type: 'VARCHAR', distinct: 2, values: ['Done', 'Missed'] },
      ] },
    ],
    entityTypes: [],
  };
  const { sql } = readerOn(rounds);

  it('is one every row has, not one named like the rows that missed ones lack ("missed in March 2025")', () => {
    expect(sql('how many pickups were missed in March 2025')).toBe(
      `SELECT count(*) AS count FROM "pickups" WHERE "outcome" = 'Missed' AND "Scheduled Date" >= DATE '2025-03-01' AND "Scheduled Date" < DATE '2025-04-01'`,
    );
  });

  it('is never a due date for being complete: the rows\' own date keeps its place ("loans per month")', () => {
    const lending: OfflineSchema = { tables: [{ name: 'loans', kind: 'dataset', dataset: 'loans', rows: 3000, ingestedAt: null, columns: [
      { name: 'loan_id', type: 'VARCHAR', distinct: 3000 },
      { name: 'loaned_on', type: 'DATE', min: '2024-01-01', max: '2024-12-31', nullShare: 0.03 },
      { name: 'due_on', type: 'DATE', min: '2024-01-15', max: '2025-01-14' },
    ] }], entityTypes: [] };
    expect(readerOn(lending).sql('how many loans per month')).toMatch(/date_trunc\('month', "loaned_on"\)/);
  });
});
