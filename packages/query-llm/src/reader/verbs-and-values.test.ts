// Words that read as a value or a field only by accident of their letters, on a driving school of
// its own: a participle after "have" is the subject's verb, a plural never meets a participle
// value, "county" is no "count", a window ahead is never on the date a row was recorded, and a
// counted noun that is a word of a field is not passed over.
import { describe, expect, it } from 'vitest';
import type { OfflineSchema } from '../offline-sql.js';
import { readerOn } from './reader-test-answers.js';

const school: OfflineSchema = {
  tables: [
    { name: 'lessons', kind: 'dataset', dataset: 'lessons', rows: 3000, ingestedAt: null, columns: [
      { name: 'lesson_id', type: 'VARCHAR', distinct: 3000, examples: ['L-0001'] },
      { name: 'pupil_id', type: 'VARCHAR', distinct: 400, examples: ['P-001'] },
      { name: 'booked_at', type: 'TIMESTAMP', min: '2024-01-01 08:00:00', max: '2025-06-30 18:00:00' },
      { name: 'lesson_date', type: 'DATE', min: '2024-01-03', max: '2025-08-30' },
      { name: 'status', type: 'VARCHAR', distinct: 3, values: ['Booked', 'Held', 'Cancelled'] },
      { name: 'fee_gbp', type: 'DOUBLE', min: 30, max: 60 },
      { name: 'mirror_checked', type: 'BOOLEAN', distinct: 2 },
      { name: 'hazard_count', type: 'INTEGER', min: 0, max: 6 },
    ] },
    { name: 'pupils', kind: 'dataset', dataset: 'pupils', rows: 400, ingestedAt: null, columns: [
      { name: 'pupil_id', type: 'VARCHAR', distinct: 400, examples: ['P-001'] },
      { name: 'pupil_name', type: 'VARCHAR', distinct: 400, examples: ['Ada Shaw'] },
      { name: 'county', type: 'VARCHAR', distinct: 3, values: ['Kent', 'Essex', 'Surrey'] },
    ] },
  ],
  entityTypes: [],
  relationships: [{ from: { table: 'lessons', column: 'pupil_id' }, to: { table: 'pupils', column: 'pupil_id' }, cardinality: 'many-to-one', coverage: 1, status: 'suggested' }],
  today: '2025-06-30',
};
const { sql, refusal } = readerOn(school);

describe('participles', () => {
  it('reads "<others> have booked" as their verb, not the status Booked', () => {
    expect(sql('which 3 pupils have booked the most lessons?')).toMatch(/GROUP BY "pupil_(id|name)" ORDER BY value DESC, "pupil_(id|name)" LIMIT 3$/);
    expect(sql('which 3 pupils have booked the most lessons?')).not.toContain(`'Booked'`);
  });

  it('keeps the status when the rows themselves did it ("how many lessons have booked")', () => {
    expect(sql('how many lessons have booked')).toContain(`"status" = 'Booked'`);
  });

  it('never meets a participle value with a plural ("our books" is not Booked)', () => {
    expect(refusal('how many lessons are on our books')).toMatch(/"books"/);
  });
});

describe('words one letter apart from a field\'s word', () => {
  it('reads "county" as county, never as a count', () => {
    expect(sql('number of lessons per county')).toMatch(/SELECT "pupil_county", count\(\*\) AS value FROM "lessons_joined" GROUP BY "pupil_county"/);
  });
});

describe('windows ahead', () => {
  it('puts "booked in the next 14 days" on the lesson\'s date: nothing is recorded ahead of today', () => {
    expect(sql('how many lessons are booked in the next 14 days?')).toBe(`SELECT count(*) AS count FROM "lessons" WHERE "lesson_date" >= DATE '2025-07-01' AND "lesson_date" < DATE '2025-07-15'`);
  });
});

describe('a counted noun that is a word of a field', () => {
  it('is not passed over as the rows\' word ("how many mirrors" of mirror_checked)', () => {
    expect(refusal('how many mirrors did pupils from Kent check')).toMatch(/"mirrors"/);
  });
});
