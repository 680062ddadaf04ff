// Fields named by units, by money words and by two-word names, on a recording studio of its own
// (studio-schema.fixture.ts): each case is a general shape, not a phrase of any evaluation set.
import { describe, expect, it } from 'vitest';
import type { OfflineSchema } from '../offline-sql.js';
import { readerOn } from './reader-test-answers.js';
import { studio, studioUnrelated } from './studio-schema.fixture.js';

const { sql, refusal } = readerOn(studio);

describe('a number with a unit', () => {
  it('compares in the field\'s own unit: "over 2 hours" of a field in minutes is over 120', () => {
    expect(sql('how many studio sessions lasted over 2 hours')).toBe(`SELECT count(*) AS count FROM "studio_sessions" WHERE "length_min" > 120`);
  });

  it('reads a unit written against the number ("90mins") as the unit word', () => {
    expect(sql('how many studio sessions were longer than 90mins')).toBe(`SELECT count(*) AS count FROM "studio_sessions" WHERE "length_min" > 90`);
  });

  it('reads a number with its unit and no comparison as that value ("a 10% discount")', () => {
    expect(sql('how many studio sessions got a 10% discount')).toBe(`SELECT count(*) AS count FROM "studio_sessions" WHERE "discount_pct" = 10`);
  });

  it('takes the field named before the number over another field the unit alone points at', () => {
    // total_eur and hourly_rate_eur both hold euros: the question names the rate.
    expect(sql('how many studio sessions had an hourly rate above 80 euros')).toBe(`SELECT count(*) AS count FROM "studio_sessions" WHERE "hourly_rate_eur" > 80`);
  });
});

describe('a number that names no field', () => {
  it('never compares an identifier or a field found by its range: "more than 400 bookings" of rooms is refused', () => {
    expect(refusal('which rooms had more than 400 bookings')).toMatch(/"400"/);
  });

  it('reads a grain word that starts a field\'s name as the field ("a day rate"), not a time series', () => {
    expect(sql('rooms with a day rate over 400')).toBe(`SELECT "room_number" FROM "rooms" WHERE "day_rate_eur" > 400 ORDER BY "room_number"`);
  });
});

describe('money words that name no field', () => {
  it('read "revenue" as the one total of money, never a price per hour', () => {
    expect(sql('total revenue per genre')).toBe(`SELECT "genre", sum("total_eur") AS value FROM "studio_sessions" GROUP BY "genre" ORDER BY value DESC, "genre"`);
  });

  it('do not add up a rate: a table whose only money is a day rate has no revenue, so the sessions are joined', () => {
    expect(sql('total revenue per room type')).toContain(`SELECT "room_type", sum("total_eur") AS value FROM "studio_sessions_joined" GROUP BY "room_type"`);
  });
});

describe('what counts as takings', () => {
  // Each table points at a table of events (its `event_code`), as a table of sales does.
  const table = (name: string, columns: OfflineSchema['tables'][number]['columns']): OfflineSchema => ({
    tables: [
      { name, kind: 'dataset', dataset: name, rows: 500, ingestedAt: null, columns: [{ name: 'event_code', type: 'VARCHAR', distinct: 5 }, ...columns] },
      { name: 'events', kind: 'dataset', dataset: 'events', rows: 5, ingestedAt: null, columns: [{ name: 'code', type: 'VARCHAR', distinct: 5 }, { name: 'event_name', type: 'VARCHAR', distinct: 5 }] },
    ],
    entityTypes: [],
    relationships: [{ from: { table: name, column: 'event_code' }, to: { table: 'events', column: 'code' }, cardinality: 'many-to-one', coverage: 1, status: 'suggested' }],
  });
  it('never a budget or a cost: money going out is no revenue', () => {
    expect(readerOn(table('exhibitions', [{ name: 'budget_k_eur', type: 'DOUBLE', unit: 'eur' }])).refusal('total revenue of exhibitions')).toMatch(/"revenue"/);
  });
  it('a price per row where nothing counts units (a ticket), never a price beside a quantity', () => {
    expect(readerOn(table('tickets', [{ name: 'price_eur', type: 'DOUBLE', unit: 'eur' }])).sql('total revenue of tickets')).toBe(`SELECT sum("price_eur") AS sum FROM "tickets"`);
    expect(readerOn(table('order_lines', [{ name: 'price_eur', type: 'DOUBLE', unit: 'eur' }, { name: 'qty', type: 'INTEGER' }])).refusal('total revenue of order lines')).toMatch(/"revenue"/);
    // The price of a catalogue that nothing here points from is a list price.
    const menu: OfflineSchema = { tables: [{ name: 'menu_items', kind: 'dataset', dataset: 'menu_items', rows: 30, ingestedAt: null, columns: [{ name: 'price_gbp', type: 'DOUBLE', unit: 'gbp' }] }, { name: 'other', kind: 'dataset', dataset: 'other', rows: 5, ingestedAt: null, columns: [{ name: 'code', type: 'VARCHAR' }] }], entityTypes: [] };
    expect(readerOn(menu).refusal('total revenue of menu items')).toMatch(/"revenue"/);
  });
});

describe('words that say what a field is', () => {
  it('does not read the table\'s own noun as a value of a field ("the part time engineers" are not role = Engineer)', () => {
    expect(sql('list the names of the part time engineers')).toBe(`SELECT "engineer_name" FROM "engineers" WHERE "part_time" ORDER BY "engineer_name"`);
  });

  it('refuses "the phone number of" as a field there is none of, instead of counting', () => {
    expect(refusal('what is the phone number of engineer E-01')).toMatch(/"number"/);
  });

  it('reads "room type" as the rooms\' field, joined, not room_no with "type" dropped', () => {
    expect(sql('average session length per room type')).toContain(`SELECT "room_type", avg("length_min") AS value FROM "studio_sessions_joined" GROUP BY "room_type"`);
  });

  it('refuses "room type" when rooms cannot be joined, rather than answer per room_no', () => {
    expect(readerOn(studioUnrelated).refusal('average length of studio sessions per room type')).toMatch(/"type"/);
    expect(readerOn(studioUnrelated).refusal('how many studio sessions per room type')).toMatch(/"type"/);
  });

  it('groups "per session genre": the row noun before the field', () => {
    expect(sql('average length per session genre')).toBe(`SELECT "genre", avg("length_min") AS value FROM "studio_sessions" GROUP BY "genre" ORDER BY value DESC, "genre"`);
  });
});

describe('"born"', () => {
  it('names the one birth date, beside other dates', () => {
    expect(sql('how many engineers were born after 1990')).toBe(`SELECT count(*) AS count FROM "engineers" WHERE "date_of_birth" >= DATE '1991-01-01'`);
  });
});

describe('groups', () => {
  it('groups on a whole number with few values named as a category ("per floor")', () => {
    expect(sql('how many rooms per floor')).toBe(`SELECT "floor", count(*) AS value FROM "rooms" GROUP BY "floor" ORDER BY value DESC, "floor"`);
  });

  it('reads "by" after a participle as who did it, not a grouping', () => {
    expect(sql('total revenue of studio sessions mixed by part time engineers')).toContain(`SELECT sum("total_eur") AS sum FROM "studio_sessions_joined" WHERE "mixed" AND "engineer_part_time"`);
  });
});

describe('counting a thing by its own key', () => {
  it('counts the rows that point at it: "how many times has engineer E-01 worked" counts sessions', () => {
    expect(sql('how many times has engineer E-01 worked')).toContain(`SELECT count(*) AS count FROM "studio_sessions_joined" WHERE "engineer_id" = 'E-01'`);
  });

  it('refuses when nothing points at it (one row at most is no answer)', () => {
    expect(readerOn(studioUnrelated).refusal('how many times has engineer E-01 worked')).toMatch(/one at most/);
  });
});

describe('what people type', () => {
  it('passes over greetings and "back in", and reads "more then" as "more than"', () => {
    expect(sql('ok so how many studio sessions were booked back in 2024')).toBe(`SELECT count(*) AS count FROM "studio_sessions" WHERE "booked_at" >= DATE '2024-01-01' AND "booked_at" < DATE '2025-01-01'`);
    expect(sql('which genres have more then 500 studio sessions')).toBe(`SELECT "genre", count(*) AS value FROM "studio_sessions" GROUP BY "genre" HAVING count(*) > 500 ORDER BY value DESC, "genre"`);
  });

  it('reads a possessive value: "Ana Ruiz\'s role"', () => {
    expect(sql("what is Ana Ruiz's role")).toBe(`SELECT "role" FROM "engineers" WHERE "engineer_name" = 'Ana Ruiz'`);
  });
});

describe('what a word is, against the values it meets', () => {
  it('reads a value of several words whole: "a full band" is the lineup, not the yes/no full_day', () => {
    expect(sql('how many studio sessions had a full band')).toBe(`SELECT count(*) AS count FROM "studio_sessions" WHERE "lineup" = 'Full Band'`);
  });

  it('refuses "the name of the room" when rooms have no name', () => {
    expect(refusal('what is the name of the room on session S-0001')).toMatch(/"name"/);
  });

  it('refuses a question that names nothing', () => {
    expect(refusal('show me the numbers')).toMatch(/names no table, field or value/);
  });

  const tours: OfflineSchema = {
    tables: [
      { name: 'tours', kind: 'dataset', dataset: 'tours', rowNoun: 'tour', rows: 25, ingestedAt: null, columns: [
        { name: 'tour_code', type: 'VARCHAR', distinct: 25, values: ['T01', 'T02'] },
        { name: 'tour_name', type: 'VARCHAR', distinct: 20, values: ['Old Town Walk', 'Harbour Lights'] },
        { name: 'guide', type: 'VARCHAR', distinct: 6, values: ['Ben Okafor', 'Mia Lund'] },
        { name: 'seats', type: 'INTEGER', min: 8, max: 40 },
        { name: 'coach_make', type: 'VARCHAR', distinct: 3, values: ['Seat', 'Iveco', 'Setra'] },
      ] },
      { name: 'tour_bookings', kind: 'dataset', dataset: 'tour_bookings', rowNoun: 'tour booking', rows: 3000, ingestedAt: null, columns: [
        { name: 'booking_ref', type: 'VARCHAR', distinct: 3000, values: ['B0001'] },
        { name: 'tour_date', type: 'DATE', min: '2025-01-02', max: '2025-09-30' },
        { name: 'booked_at', type: 'TIMESTAMP', min: '2024-12-01 08:00:00', max: '2025-09-29 20:00:00' },
      ] },
    ],
    entityTypes: [],
  };
  const onTours = readerOn(tours);

  it('lists every row the question names, two of one name included ("the tours Ben leads")', () => {
    expect(onTours.sql('list the tours Ben Okafor leads')).toBe(`SELECT "tour_name" FROM "tours" WHERE "guide" = 'Ben Okafor' ORDER BY "tour_name"`);
  });

  it('takes a word that is a field\'s whole name as the field, not a value its plural meets (the make Seat)', () => {
    expect(onTours.sql('how many tours have at least 30 seats')).toBe(`SELECT count(*) AS count FROM "tours" WHERE "seats" >= 30`);
  });

  it('puts a verb of making on the date named with a participle when the rows\' own date also says "booking"', () => {
    const withBookingDay = {
      ...tours,
      tables: tours.tables.map((t) => (t.name === 'tour_bookings' ? { ...t, columns: [...t.columns, { name: 'booking_day', type: 'DATE', min: '2025-01-02', max: '2025-09-30' }] } : t)),
    };
    expect(readerOn(withBookingDay).sql('how many tour bookings were placed before 1 March 2025')).toBe(`SELECT count(*) AS count FROM "tour_bookings" WHERE "booked_at" < DATE '2025-03-01'`);
  });

  it('puts a booking\'s time on the date named after the booking, not the one a qualifying word names (tour_date)', () => {
    expect(onTours.sql('how many tour bookings were made in May 2025')).toBe(`SELECT count(*) AS count FROM "tour_bookings" WHERE "booked_at" >= DATE '2025-05-01' AND "booked_at" < DATE '2025-06-01'`);
  });
});

describe('verbs of the rows\' own handling', () => {
  const withFollowUp = {
    ...studio,
    tables: studio.tables.map((t) => (t.name === 'studio_sessions' ? { ...t, columns: [...t.columns, { name: 'follow_up_needed', type: 'BOOLEAN', distinct: 2 }, { name: 'session_type', type: 'VARCHAR', distinct: 2, values: ['New', 'Follow-up'] }] } : t)),
  };

  it('passes over a handling verb nothing else placed', () => {
    expect(sql('which engineers handled the most studio sessions')).toContain('ORDER BY');
    expect(sql('how many rock sessions did we actually handle')).toBe(`SELECT count(*) AS count FROM "studio_sessions" WHERE "genre" = 'Rock'`);
  });

  it('still lets the verb name a field first (needed a follow-up: follow_up_needed, not the type Follow-up)', () => {
    expect(readerOn(withFollowUp as OfflineSchema).sql('what share of studio sessions needed a follow-up, as a percentage')).toContain('"follow_up_needed"');
  });
});
