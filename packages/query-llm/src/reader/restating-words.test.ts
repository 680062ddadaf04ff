// Words that restate what the rows are: passed over by the last stage when nothing else placed
// them, told by where they stand ("do we <verb>", "took place", "in the <noun>"), never when the
// word could be choosing a field, a direction, or a noun the table does not have. Then the
// ranking words the first rewrite (paraphrases.ts) restates: "busiest" (most rows) and "best" of
// a rating or score (highest).
import { describe, expect, it } from 'vitest';
import { readerOn } from './reader-test-answers.js';
import { rowingClub } from './rowing-club.fixture.js';

const { sql, refusal } = readerOn(rowingClub);

describe('the verb of the business, after "we"', () => {
  it('counts the rows the verb is said of', () => {
    expect(sql('how many boats do we look after')).toBe('SELECT count(*) AS count FROM "boats"');
    expect(sql('how many coaches do we employ?')).toBe('SELECT count(*) AS count FROM "coaches"');
  });

  it('refuses when what is counted is no row or field of the table', () => {
    expect(refusal('how many oars do we own')).toMatch(/"oars"/);
  });
});

describe('a happening and rows handed out', () => {
  it('reads "took place" and "sent out" as the rows happening', () => {
    expect(sql('how many outings took place in March 2025')).toMatch(/^SELECT count\(\*\) AS count FROM "outings" WHERE "outing_date" >= DATE '2025-03-01' AND "outing_date" < DATE '2025-04-01'$/);
    expect(sql('how many outings were sent out in March 2025')).toMatch(/^SELECT count\(\*\) AS count FROM "outings" WHERE "outing_date" >= DATE '2025-03-01'/);
  });
});

describe('a verb that links the rows to a field the question names', () => {
  it('passes over "covered" before the field it links', () => {
    expect(sql('how many outings covered over 20 km')).toBe('SELECT count(*) AS count FROM "outings" WHERE "distance_km" > 20');
  });

  it('still refuses the verb with nothing placed after it', () => {
    expect(refusal('how many outings covered the regatta')).toMatch(/"covered"|"regatta"/);
  });
});

describe('the collection every row sits in', () => {
  it('passes over "in the <noun>" that ends a count, and "does the <noun> have"', () => {
    expect(sql('how many boats are in the boathouse')).toBe('SELECT count(*) AS count FROM "boats"');
    expect(sql('how many coaches does the club have')).toBe('SELECT count(*) AS count FROM "coaches"');
  });

  it('refuses a place said of the rows\' event, which may be a condition the data does not hold', () => {
    expect(refusal('how many outings were taken in the rain')).toMatch(/"rain"/);
  });
});

describe('what is never a restatement', () => {
  it('refuses a command', () => {
    expect(refusal('update every boat to the Eight class')).not.toBeNull();
  });

  it('reads "at least" as a comparison, not the least of the rows', () => {
    expect(sql('which boats have a hull length of at least 15 m')).not.toMatch(/LIMIT 1/);
    expect(sql('which boats have a hull length of at least 15 m')).toMatch(/"hull_length_m" >= 15/);
  });
});

describe('"busiest"', () => {
  it('ranks by the number of rows', () => {
    expect(sql('which coach is the busiest')).toMatch(/count\(\*\) AS value FROM "outings(_joined)?" .*GROUP BY .*ORDER BY value DESC, .* LIMIT 1$/);
    expect(sql('show me the 3 busiest coaches')).toMatch(/count\(\*\) AS value FROM "outings(_joined)?" .*GROUP BY .*ORDER BY value DESC, .* LIMIT 3$/);
  });

  it('ranks by the measure named after "by"', () => {
    expect(sql('the 2 busiest coaches by total distance')).toMatch(/sum\("distance_km"\) AS value .*LIMIT 2$/);
  });
});

describe('"best"', () => {
  it('is the highest of a rating or score', () => {
    expect(sql('which coach has the best average rating')).toMatch(/avg\("rating_1_5"\) AS value FROM "outings(_joined)?" .*ORDER BY value DESC, .* LIMIT 1$/);
  });

  it('stays a judgement, refused, of anything else', () => {
    expect(refusal('which coach is the best')).not.toBeNull();
    expect(refusal('who is our best coach')).not.toBeNull();
  });
});
