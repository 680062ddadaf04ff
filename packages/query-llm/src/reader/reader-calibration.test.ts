// The reader on a coworking space of its own (desk bookings, members, door visits), written for
// these tests: amounts with a currency sign, rows qualified by a field's word, "how much", the
// date a table's rows happen on, a participle that names a date, and a value inside a yes/no
// field's name. Each case is a general shape, not a phrase of any evaluation set.
import { describe, expect, it } from 'vitest';
import { translateQuestion, type OfflineSchema } from '../offline-sql.js';
import { readerOn } from './reader-test-answers.js';

const schema: OfflineSchema = {
  tables: [
    {
      name: 'desk_bookings', kind: 'dataset', dataset: 'desk_bookings', rowNoun: 'desk booking', rows: 4000, ingestedAt: '_ingested_at',
      columns: [
        { name: 'booking_ref', type: 'VARCHAR', distinct: 4000, examples: ['B-0042'] },
        { name: 'member_id', type: 'VARCHAR', distinct: 300, examples: ['M-007'] },
        { name: 'desk_code', type: 'VARCHAR', distinct: 40, examples: ['D-12'] },
        { name: 'booked_on', type: 'DATE', min: '2024-01-01', max: '2025-06-30' },
        { name: 'starts_at', type: 'TIMESTAMP', min: '2024-01-02', max: '2025-07-04' },
        { name: 'cancelled_at', type: 'TIMESTAMP', min: '2024-01-02', max: '2025-07-04' },
        { name: 'status', type: 'VARCHAR', distinct: 3, values: ['Completed', 'Cancelled', 'Upcoming'] },
        { name: 'payment_type', type: 'VARCHAR', distinct: 3, values: ['Deposit', 'Card', 'Invoice'] },
        { name: 'deposit_paid', type: 'VARCHAR', distinct: 2, values: ['yes', 'no'] },
        { name: 'price_eur', type: 'DOUBLE', min: 5, max: 120 },
        { name: 'hours', type: 'DOUBLE', min: 1, max: 10 },
      ],
    },
    {
      name: 'members', kind: 'dataset', dataset: 'members', rowNoun: 'member', rows: 300, ingestedAt: '_ingested_at',
      columns: [
        { name: 'member_id', type: 'VARCHAR', distinct: 300, examples: ['M-007'] },
        { name: 'member_name', type: 'VARCHAR', distinct: 300, values: ['Ada Quist', 'Bo Lind'] },
        { name: 'joined_on', type: 'DATE', min: '2019-01-01', max: '2025-06-30' },
        { name: 'date_of_birth', type: 'DATE', min: '1950-01-01', max: '2005-06-30' },
        { name: 'plan', type: 'VARCHAR', distinct: 3, values: ['Flex', 'Fixed', 'Studio'] },
        { name: 'has_locker', type: 'VARCHAR', distinct: 6, values: ['yes', 'Yes', 'Y', 'no', 'No', 'N'] },
        { name: 'monthly_credits', type: 'INTEGER', min: 0, max: 40 },
        { name: 'lockerwork_notes', type: 'VARCHAR', distinct: 200, examples: ['key lost'] },
      ],
    },
    {
      name: 'door_visits', kind: 'dataset', dataset: 'door_visits', rowNoun: 'door visit', rows: 9000, ingestedAt: '_ingested_at',
      columns: [
        { name: 'badge', type: 'VARCHAR', distinct: 300, examples: ['X1'] },
        { name: 'checked_in_at', type: 'TIMESTAMP', min: '2024-01-01', max: '2025-06-30' },
        { name: 'checked_out_at', type: 'TIMESTAMP', min: '2024-01-01', max: '2025-06-30' },
      ],
    },
  ],
  entityTypes: [],
  relationships: [
    { from: { table: 'desk_bookings', column: 'member_id' }, to: { table: 'members', column: 'member_id' }, cardinality: 'many-to-one', coverage: 1, status: 'suggested' },
  ],
};

const { sql, refusal } = readerOn(schema);

describe('amounts said with a currency sign', () => {
  it('reads "€40" as 40 in the euro field', () => {
    expect(sql('how many desk bookings cost over €40')).toBe(`SELECT count(*) AS count FROM "desk_bookings" WHERE "price_eur" > 40`);
  });
  it('keeps thousands separators after the sign', () => {
    expect(sql('how many desk bookings were priced at more than €1,000')).toContain(`"price_eur" > 1000`);
  });
});

describe('what "how many" and "how much" count', () => {
  it('counts rows when a field\'s word only qualifies them ("member bookings")', () => {
    expect(sql('how many member desk bookings are there')).toBe(`SELECT count(*) AS count FROM "desk_bookings"`);
  });
  it('still counts distinct values when the field is what is counted', () => {
    expect(sql('how many different desk codes are there')).toContain('count(DISTINCT "desk_code")');
  });
  it('adds up the field "how much" names, never counts rows', () => {
    expect(sql('how much price eur in 2024')).toMatch(/^SELECT sum\("price_eur"\) AS sum FROM "desk_bookings" WHERE "starts_at" >= DATE '2024-01-01'/);
  });
  it('refuses "how much" with no amount to add up rather than counting', () => {
    expect(refusal('how much for cancelled desk bookings')).toMatch(/How much/);
  });
});

describe('the date a table\'s rows happen on', () => {
  it('takes the date the row takes place over the date it was recorded', () => {
    expect(sql('desk bookings per month')).toContain(`date_trunc('month', "starts_at")`);
  });
  it('never takes a birth date, and takes the date named after the rows', () => {
    expect(sql('how many members in 2024')).toContain('"joined_on" >= DATE \'2024-01-01\'');
  });
  it('takes the first in the export\'s order when the names rank them alike', () => {
    expect(sql('door visits per month')).toContain(`date_trunc('month', "checked_in_at")`);
  });
  it('takes the date the question names', () => {
    expect(sql('desk bookings booked per month')).toContain(`date_trunc('month', "booked_on")`);
  });
});

describe('a participle that is also a status value', () => {
  it('names the date it shares a root with in a question about time', () => {
    const q = sql('how many desk bookings were cancelled in March 2025');
    expect(q).toContain(`"cancelled_at" >= DATE '2025-03-01'`);
    expect(q).not.toContain(`'Cancelled'`);
  });
  it('is the value when the question is not about time', () => {
    expect(sql('how many desk bookings were cancelled')).toContain(`"status" = 'Cancelled'`);
  });
});

describe('a value inside a yes/no field\'s name', () => {
  it('is the field: "deposit paid" is deposit_paid, not the payment type Deposit', () => {
    const q = sql('how many desk bookings had the deposit paid');
    expect(q).toContain('deposit_paid');
    expect(q).not.toContain(`'Deposit'`);
  });
});

describe('"most recently"', () => {
  it('ranks by the date the verb names', () => {
    expect(sql('show me the 3 members who joined most recently')).toMatch(/ORDER BY "joined_on" DESC.* LIMIT 3$/);
  });
});

describe('"top N groups by a count"', () => {
  it('groups on the field after the number and ranks by the count after "by"', () => {
    expect(sql('what are the top 2 plans by number of members')).toBe(`SELECT "plan", count(*) AS value FROM "members" GROUP BY "plan" ORDER BY value DESC, "plan" LIMIT 2`);
    expect(sql('top 3 desk codes by desk booking count')).toBe(`SELECT "desk_code", count(*) AS value FROM "desk_bookings" GROUP BY "desk_code" ORDER BY value DESC, "desk_code" LIMIT 3`);
  });
  it('still groups on a field named after "by"', () => {
    expect(sql('number of desk bookings by payment type')).toContain('GROUP BY "payment_type"');
  });
});

describe('"the name of the member with the most bookings"', () => {
  it('reads the field asked of the group that ranks first', () => {
    const q = sql('what is the name of the member with the most desk bookings');
    expect(q).toContain('LEFT JOIN "members" AS j1 ON f."member_id" = j1."member_id"');
    expect(q).toMatch(/SELECT "member_name", count\(\*\) AS value FROM "desk_bookings_joined" WHERE "member_name" IS NOT NULL GROUP BY "member_name" ORDER BY value DESC, "member_name" LIMIT 1$/);
  });
  it('reads "the fewest" the other way', () => {
    expect(sql('which plan has the fewest members')).toBe(`SELECT "plan", count(*) AS value FROM "members" GROUP BY "plan" ORDER BY value ASC, "plan" LIMIT 1`);
  });
});

describe('calibration: a reading that would drop part of the question is refused', () => {
  it('reads a yes/no field however its answers are spelled', () => {
    expect(sql('how many members have a locker')).toBe(`SELECT count(*) AS count FROM "members" WHERE lower("has_locker") IN ('yes', 'y', 'true', 't')`);
  });
  it('does not match a word to a longer compound ("locker" is not "lockerwork")', () => {
    expect(sql('how many members have a locker')).not.toContain('lockerwork_notes');
  });
  it('adds up a quantity field counted by its head noun ("how many credits")', () => {
    expect(sql('how many credits do Studio plan members have')).toBe(`SELECT sum("monthly_credits") AS sum FROM "members" WHERE "plan" = 'Studio'`);
  });
  it('refuses an average with no numeric field to average rather than listing rows', () => {
    expect(refusal('what is the average in the Studio plan')).toMatch(/average/);
  });
  it('refuses a superlative nothing ranks by rather than listing rows', () => {
    expect(translateQuestion('show me the 5 heaviest members', schema)).toMatchObject({ notUnderstood: ['heaviest'] });
  });
  it('refuses "when" with no date to show', () => {
    expect(refusal('when is Ada Quist')).toMatch(/"When" asks for a date/);
  });
  it('refuses an answer that only repeats the value asked about', () => {
    expect(refusal('where is Ada Quist')).toMatch(/asks for something about Ada Quist/);
  });
});
