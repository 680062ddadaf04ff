// Fields named by units, by money words and by two-word names, and the checks that refuse a
// reading that read past a word, on a recording studio of its own (sessions in rooms with
// engineers), written for these tests: each case is a general shape, not a phrase of any
// evaluation set.
import { describe, expect, it } from 'vitest';
import type { OfflineSchema } from '../offline-sql.js';
import type { SchemaRelationship } from '../schema-semantics.js';
import { readerOn } from './reader-test-answers.js';

const sessions = {
  name: 'studio_sessions', kind: 'dataset' as const, dataset: 'studio_sessions', rowNoun: 'studio session', rows: 2400, ingestedAt: '_ingested_at',
  columns: [
    { name: 'session_ref', type: 'VARCHAR', distinct: 2400, examples: ['S-0001'], values: ['S-0001', 'S-0002'] },
    { name: 'room_no', type: 'BIGINT', distinct: 6, min: 1, max: 6 },
    { name: 'engineer_id', type: 'VARCHAR', distinct: 5, examples: ['E-01'], values: ['E-01', 'E-02', 'E-03', 'E-04', 'E-05'] },
    { name: 'booked_at', type: 'TIMESTAMP', min: '2024-01-02 09:00:00', max: '2025-09-30 18:00:00' },
    { name: 'length_min', type: 'INTEGER', unit: 'min', min: 30, max: 480 },
    { name: 'hourly_rate_eur', type: 'DOUBLE', unit: 'eur', min: 40, max: 120 },
    { name: 'total_eur', type: 'DOUBLE', unit: 'eur', min: 20, max: 960 },
    { name: 'genre', type: 'VARCHAR', distinct: 3, values: ['Rock', 'Jazz', 'Podcast'] },
    { name: 'mixed', type: 'BOOLEAN', distinct: 2 },
    { name: 'discount_pct', type: 'INTEGER', unit: 'pct', min: 5, max: 20 },
  ],
};
const rooms = {
  name: 'rooms', kind: 'dataset' as const, dataset: 'rooms', rowNoun: 'room', rows: 6, ingestedAt: '_ingested_at',
  columns: [
    { name: 'room_number', type: 'BIGINT', distinct: 6, min: 1, max: 6 },
    { name: 'room_type', type: 'VARCHAR', distinct: 3, values: ['Live', 'Vocal booth', 'Control'] },
    { name: 'day_rate_eur', type: 'DOUBLE', unit: 'eur', min: 300, max: 900 },
  ],
};
const engineers = {
  name: 'engineers', kind: 'dataset' as const, dataset: 'engineers', rowNoun: 'engineer', rows: 5, ingestedAt: '_ingested_at',
  columns: [
    { name: 'engineer_id', type: 'VARCHAR', distinct: 5, values: ['E-01', 'E-02', 'E-03', 'E-04', 'E-05'] },
    { name: 'engineer_name', type: 'VARCHAR', distinct: 5, values: ['Ana Ruiz', 'Ben Okoro', 'Chloe Park', 'Dev Mehta', 'Eli Stone'] },
    { name: 'role', type: 'VARCHAR', distinct: 3, values: ['Engineer', 'Assistant', 'Senior Engineer'] },
    { name: 'part_time', type: 'BOOLEAN', distinct: 2 },
    { name: 'date_of_birth', type: 'DATE', min: '1970-02-01', max: '2001-11-30' },
    { name: 'start_date', type: 'DATE', min: '2012-01-09', max: '2025-03-03' },
  ],
};
const relationship = (from: string, to: string): SchemaRelationship => {
  const [fromTable, fromColumn] = from.split('.') as [string, string];
  const [toTable, toColumn] = to.split('.') as [string, string];
  return { name: `${from} -> ${to}`, from: { table: fromTable, column: fromColumn }, to: { table: toTable, column: toColumn }, cardinality: 'many-to-one', coverage: 1, status: 'suggested' };
};
const joined: OfflineSchema = {
  tables: [sessions, rooms, engineers],
  entityTypes: [],
  relationships: [relationship('studio_sessions.room_no', 'rooms.room_number'), relationship('studio_sessions.engineer_id', 'engineers.engineer_id')],
};
const unrelated: OfflineSchema = { ...joined, relationships: [] };

const { sql, refusal } = readerOn(joined);

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

describe('money words that name no field', () => {
  it('read "revenue" as the one total of money, never a price per hour', () => {
    expect(sql('total revenue per genre')).toBe(`SELECT "genre", sum("total_eur") AS value FROM "studio_sessions" GROUP BY "genre" ORDER BY value DESC, "genre"`);
  });

  it('do not add up a rate: a table whose only money is a day rate has no revenue, so the sessions are joined', () => {
    expect(sql('total revenue per room type')).toContain(`SELECT "room_type", sum("total_eur") AS value FROM "studio_sessions_joined" GROUP BY "room_type"`);
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
    expect(readerOn(unrelated).refusal('average length of studio sessions per room type')).toMatch(/"type"/);
    expect(readerOn(unrelated).refusal('how many studio sessions per room type')).toMatch(/"type"/);
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

describe('counting a thing by its own key', () => {
  it('counts the rows that point at it: "how many times has engineer E-01 worked" counts sessions', () => {
    expect(sql('how many times has engineer E-01 worked')).toContain(`SELECT count(*) AS count FROM "studio_sessions_joined" WHERE "engineer_id" = 'E-01'`);
  });

  it('refuses when nothing points at it (one row at most is no answer)', () => {
    expect(readerOn(unrelated).refusal('how many times has engineer E-01 worked')).toMatch(/one at most/);
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
