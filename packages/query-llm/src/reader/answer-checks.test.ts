// The reader's last checks, on the recording studio of studio-schema.fixture.ts: a reading that
// read past a word is refused, naming it, instead of answered with confidence.
import { describe, expect, it } from 'vitest';
import { checkAnswer } from './answer-checks.js';
import { readerOn } from './reader-test-answers.js';
import { tokenize } from './tokens.js';
import { studio } from './studio-schema.fixture.js';

const { sql, refusal } = readerOn(studio);

describe('a field the question names is in the answer', () => {
  it('refuses a field named and then left out', () => {
    expect(refusal('how many studio sessions had the highest genre')).toMatch(/"genre" as the field genre/);
  });

  it('does not count the table\'s noun, a value\'s noun or a date\'s verb as a field left out', () => {
    expect(sql('how many studio sessions were mixed')).toBe(`SELECT count(*) AS count FROM "studio_sessions" WHERE "mixed"`);
    expect(sql('how many sessions did part time engineers record')).toContain(`WHERE "engineer_part_time"`);
  });
});

describe('a ranking word is ranked', () => {
  it('refuses a list where the question asks for the most', () => {
    expect(refusal('list the genres with the most studio sessions')).toMatch(/nothing to rank by for "most"/);
  });

  it('reads "what is the most common X" as the top group', () => {
    expect(sql('what is the most common genre?')).toBe(`SELECT "genre", count(*) AS value FROM "studio_sessions" GROUP BY "genre" ORDER BY value DESC, "genre" LIMIT 1`);
  });

  it('ranks "the oldest" by the birth date when there is no age', () => {
    expect(sql('who is our oldest engineer')).toBe(`SELECT "engineer_name", "date_of_birth" FROM "engineers" WHERE "date_of_birth" IS NOT NULL ORDER BY "date_of_birth" ASC, "engineer_name" LIMIT 1`);
  });
});

describe('an aggregate word is aggregated', () => {
  it('refuses "the total of" when nothing is added up', () => {
    expect(refusal('the total of rock studio sessions')).toMatch(/no field to take the total of/);
  });
});

describe('an answer says more than the question', () => {
  it('refuses an answer that only repeats the value the question gave', () => {
    expect(refusal('tell me about Ana Ruiz')).toMatch(/only repeat "Ana Ruiz"/);
  });

  it('refuses a kind of field the named field is not ("the genre name")', () => {
    expect(refusal('what is the genre name of session S-0001')).toMatch(/"name"/);
  });
});

describe('"how many <rows>" counts the rows', () => {
  // The stage on its own: a reading of a joined courier table that took "parcels" for a depot's
  // max_daily_parcels (seen on a store, through the reader's earlier stages).
  const question = 'how many parcels did Lena Patel handle';
  const context = (tableWords: string[]) => ({ tokens: tokenize(question), mentions: [], tableWords: new Set(tableWords), filters: [], freeText: question });
  const summed = { sql: `WITH "parcels_joined" AS (SELECT 1) SELECT sum("depot_max_daily_parcels") AS sum FROM "parcels_joined" WHERE "driver_full_name" = 'Lena Patel'`, reasoning: 'a sum' };

  it('refuses an answer that adds up a field only because its name holds the rows\' noun', () => {
    const checked = checkAnswer(summed, context(['parcel']));
    expect('refusal' in checked && checked.refusal).toMatch(/"how many parcels" counts parcels, but I read it as the sum of depot_max_daily_parcels/);
  });

  it('keeps a sum when the noun is not the rows\' (how many tickets, on a table of screenings)', () => {
    expect(checkAnswer(summed, context(['screening']))).toBe(summed);
    const counted = { sql: `SELECT count(*) AS count FROM "parcels_joined" WHERE "driver_full_name" = 'Lena Patel'`, reasoning: 'a count' };
    expect(checkAnswer(counted, context(['parcel']))).toBe(counted);
  });
});

describe('"where" is answered with a place', () => {
  // The stage on its own: a reading of a joined table of repair jobs that listed the roads a
  // named contractor worked on for "where is <contractor> based".
  const question = 'where is Kerbline Ltd based';
  const context = { tokens: tokenize(question), mentions: [], tableWords: new Set(['job']), filters: [], freeText: question };
  const roads = { sql: `WITH "jobs_joined" AS (SELECT 1) SELECT DISTINCT "road_name" FROM "jobs_joined" WHERE "contractor_name" = 'Kerbline Ltd'`, reasoning: 'a list' };

  it('refuses an answer that selects no field of a place', () => {
    const checked = checkAnswer(roads, context);
    expect('refusal' in checked && checked.notUnderstood).toEqual(['where']);
  });

  it('keeps an answer that selects a town, a depot or a site', () => {
    const town = { sql: `SELECT "depot_town" FROM "contractors" WHERE "contractor_name" = 'Kerbline Ltd'`, reasoning: 'a look-up' };
    expect(checkAnswer(town, context)).toBe(town);
  });
});
