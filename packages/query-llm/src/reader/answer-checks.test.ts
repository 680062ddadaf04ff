// The reader's last checks, on the recording studio of studio-schema.fixture.ts: a reading that
// read past a word is refused, naming it, instead of answered with confidence.
import { describe, expect, it } from 'vitest';
import { readerOn } from './reader-test-answers.js';
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
