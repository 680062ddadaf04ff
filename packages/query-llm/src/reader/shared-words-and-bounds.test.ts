// A walking-tour company's bookings, its guides and its hostel's stays: a word two tables' names
// share, a number of rows compared, a field named for a limit, the most common value of a
// number, a coarser grain's word inside a field's name, and a stay's arrival beside its departure.
import { describe, expect, it } from 'vitest';
import type { OfflineSchema } from '../offline-sql.js';
import { readerOn } from './reader-test-answers.js';

const tours: OfflineSchema = {
  tables: [
    { name: 'tour_bookings', kind: 'dataset', dataset: 'tour_bookings', rows: 3800, ingestedAt: null, columns: [
      { name: 'booking_no', type: 'VARCHAR', distinct: 3800, examples: ['TB10001'] },
      { name: 'tour_date', type: 'DATE', min: '2024-04-01', max: '2025-10-31' },
      { name: 'tour_code', type: 'VARCHAR', distinct: 900, examples: ['T-0412'] },
      { name: 'guide_ref', type: 'VARCHAR', distinct: 24, examples: ['G07'] },
      { name: 'route', type: 'VARCHAR', distinct: 5, values: ['Old Town', 'Harbour', 'Castle Hill', 'Riverside', 'Street Art'] },
      { name: 'party_size', type: 'INTEGER', min: 1, max: 12 },
      { name: 'tour_fee_eur', type: 'DOUBLE', min: 12, max: 240 },
    ] },
    { name: 'tour_guides', kind: 'dataset', dataset: 'tour_guides', rows: 24, ingestedAt: null, columns: [
      { name: 'guide_id', type: 'VARCHAR', distinct: 24, examples: ['G07'] },
      { name: 'guide_name', type: 'VARCHAR', distinct: 24, examples: ['Mira Koster'] },
      { name: 'grade', type: 'VARCHAR', distinct: 3, values: ['Trainee', 'Guide', 'Senior Guide'] },
      { name: 'max_guests', type: 'INTEGER', min: 8, max: 20 },
      { name: 'started_on', type: 'DATE', min: '2015-03-01', max: '2025-05-01' },
    ] },
  ],
  entityTypes: [],
  relationships: [{ from: { table: 'tour_bookings', column: 'guide_ref' }, to: { table: 'tour_guides', column: 'guide_id' }, cardinality: 'many-to-one', coverage: 1, status: 'suggested' }],
};

const hostel: OfflineSchema = {
  tables: [
    { name: 'room_stays', kind: 'dataset', dataset: 'room_stays', rows: 2900, ingestedAt: null, columns: [
      // The values a store's probe finds for the identifiers a question names.
      { name: 'stay_id', type: 'VARCHAR', distinct: 2900, examples: ['S0001'], values: ['S0001', 'S0002'] },
      { name: 'arrived_at', type: 'TIMESTAMP', min: '2024-01-02', max: '2025-10-30' },
      { name: 'departure_date', type: 'DATE', min: '2024-01-03', max: '2025-11-02', nullShare: 0.01 },
      { name: 'room_ref', type: 'VARCHAR', distinct: 40, examples: ['R12'] },
      { name: 'guest_name', type: 'VARCHAR', distinct: 2100, examples: ['Ines Duarte'] },
      { name: 'beds', type: 'INTEGER', min: 1, max: 6 },
    ] },
    { name: 'rooms', kind: 'dataset', dataset: 'rooms', rows: 40, ingestedAt: null, columns: [
      { name: 'room_id', type: 'VARCHAR', distinct: 40, examples: ['R12'] },
      { name: 'floor', type: 'INTEGER', min: 0, max: 3 },
    ] },
  ],
  entityTypes: [],
  relationships: [{ from: { table: 'room_stays', column: 'room_ref' }, to: { table: 'rooms', column: 'room_id' }, cardinality: 'many-to-one', coverage: 1, status: 'suggested' }],
};

const { sql, refusal } = readerOn(tours);

describe('a word two tables share, ending neither name', () => {
  it('names the rows of the table that refers to the other ("tours" are tour bookings)', () => {
    expect(sql('how many tours in May 2025')).toMatch(/FROM "tour_bookings" WHERE "tour_date" >= DATE '2025-05-01'/);
    expect(sql('tours per month in 2024')).toMatch(/date_trunc\('month', "tour_date"\).* FROM "tour_bookings"/);
  });

  it('still reads the other table where its whole name or its own noun is said', () => {
    expect(sql('how many tour guides are there')).toBe('SELECT count(*) AS count FROM "tour_guides"');
    expect(sql('list the guides')).toMatch(/FROM "tour_guides"/);
  });

  it('reaches the other table through the join for a value of it', () => {
    // A tour is a tour_code (several parties may book one), so tours are counted distinct.
    expect(sql('how many tours were led by senior guides')).toMatch(/count\(DISTINCT "tour_code"\) AS count FROM "tour_bookings_joined" WHERE "tour_guide_grade" = 'Senior Guide'$/);
  });
});

describe('a number of rows compared', () => {
  it('counts those rows per thing named ("guides with more than 30 bookings")', () => {
    expect(sql('guides with more than 30 bookings')).toMatch(/GROUP BY "guide_ref" HAVING count\(\*\) > 30/);
  });
});

describe('a field named for a limit', () => {
  it('is never added up unless its bound is said', () => {
    expect(refusal('total guests')).toMatch(/max_guests is a maximum of each row, not an amount that adds up/);
    expect(refusal('sum of guests')).toMatch(/max_guests is a maximum/);
    // Through the join too: each booking's guide's limit is no number of guests.
    expect(refusal('total guests across all bookings')).not.toBeNull();
    expect(sql('the total max guests of senior guides')).toBe(`SELECT sum("max_guests") AS sum FROM "tour_guides" WHERE "grade" = 'Senior Guide'`);
    expect(sql('the total party size across all bookings')).toBe('SELECT sum("party_size") AS sum FROM "tour_bookings"');
  });
});

describe('the most common value of a number', () => {
  it('counts each value, not the largest', () => {
    const grouped = /SELECT "party_size", count\(\*\) AS value FROM "tour_bookings" GROUP BY "party_size" ORDER BY value DESC, "party_size" LIMIT 1$/;
    expect(sql('most common party size')).toMatch(grouped);
    expect(sql('what is the most common party size')).toMatch(grouped);
    expect(sql('which party size is most common')).toMatch(grouped);
    expect(sql('the largest party size')).toMatch(/max\("party_size"\)|ORDER BY "party_size" DESC/);
  });
});

describe("a coarser grain's word inside a field's name", () => {
  it('averages the field over the rows ("the average tour fee")', () => {
    expect(sql('the average tour fee on the harbour route')).toBe(`SELECT avg("tour_fee_eur") AS avg FROM "tour_bookings" WHERE "route" = 'Harbour'`);
  });

  it('still averages per tour when the question says "per tour"', () => {
    expect(sql('the average fee per tour')).toMatch(/sum\("tour_fee_eur"\) \/ count\(DISTINCT "tour_code"\)/);
  });
});

describe("a stay's arrival beside its departure", () => {
  it('places each stay in time by when it began, the first date of the export', () => {
    expect(readerOn(hostel).sql('how many stays each year')).toMatch(/date_trunc\('year', "arrived_at"\)/);
  });

  it('refuses a heading that names neither a list nor the rows ("arrivals in the 2 weeks after 1 June")', () => {
    expect(readerOn(hostel).refusal('arrivals in the 2 weeks after 1 June 2025')).toMatch(/Say whether to count or list the room stays/);
    expect(readerOn(hostel).sql('how many arrivals in the 2 weeks after 1 June 2025')).toMatch(/^SELECT count\(\*\) AS count FROM "room_stays" WHERE "arrived_at" >= /);
    // Stays are events (no name of their own): a heading about them is counted as often as listed.
    expect(readerOn(hostel).refusal('stays in the 2 weeks after 1 June 2025')).toMatch(/Say whether to count or list the room stays/);
    expect(readerOn(hostel).sql('list the stays in the 2 weeks after 1 June 2025')).toMatch(/^SELECT .* FROM "room_stays" WHERE "arrived_at" >= .* ORDER BY/);
  });
});

describe("which of a thing the table's name says, for one row", () => {
  it("answers with the row's reference to it, not the row's name field", () => {
    expect(readerOn(hostel).sql('which room was stay S0001 in')).toMatch(/SELECT (DISTINCT )?"room_ref" FROM "room_stays(_joined)?" WHERE "stay_id" = 'S0001'/);
    expect(readerOn(hostel).sql('what is the guest name of stay S0001')).toMatch(/SELECT "guest_name" FROM "room_stays" WHERE "stay_id" = 'S0001'/);
  });
});
