// Speed words over a field that holds a time, and a negation before a yes/no field of several
// words, on a fun run's results of its own: the fastest finishers took the least time, and "not
// club affiliated" negates the whole field, not just its last word.
import { describe, expect, it } from 'vitest';
import type { OfflineSchema } from '../offline-sql.js';
import { readerOn } from './reader-test-answers.js';

const funRun: OfflineSchema = {
  tables: [
    { name: 'results', kind: 'dataset', dataset: 'results', rows: 2400, ingestedAt: null, columns: [
      { name: 'bib_no', type: 'VARCHAR', distinct: 2400, examples: ['B0001'] },
      { name: 'runner_name', type: 'VARCHAR', distinct: 2350, examples: ['Ada Shaw'] },
      { name: 'race_day', type: 'DATE', min: '2024-03-03', max: '2025-10-12' },
      { name: 'finish_time_min', type: 'DOUBLE', min: 17.5, max: 95 },
      { name: 'age_group', type: 'VARCHAR', distinct: 6, values: ['U20', '20-34', '35-49', '50-64', '65+', 'Unknown'] },
      { name: 'club_affiliated', type: 'BOOLEAN', distinct: 2 },
      { name: 'first_aid_trained', type: 'BOOLEAN', distinct: 2 },
    ] },
  ],
  entityTypes: [],
};
const { sql } = readerOn(funRun);

describe('speed words over a field that holds a time', () => {
  it('ranks "the 3 fastest finishes" by the least time', () => {
    expect(sql('the 3 fastest finishes')).toMatch(/ORDER BY "finish_time_min" ASC.* LIMIT 3$/);
    expect(sql('the quickest finish time')).toMatch(/(ORDER BY "finish_time_min" ASC.* LIMIT 1|min\("finish_time_min"\))/);
  });

  it('ranks "the slowest finish" by the most time', () => {
    expect(sql('the slowest finish')).toMatch(/ORDER BY "finish_time_min" DESC.* LIMIT 1$/);
  });
});

describe('a negation before a yes/no field of several words', () => {
  it('negates the whole field', () => {
    expect(sql('how many runners are not club affiliated')).toMatch(/WHERE NOT "club_affiliated"/);
    expect(sql('how many runners are club affiliated')).toMatch(/WHERE "club_affiliated"$/);
  });
});

describe('a negation before a yes/no field whose first word is also an ordinal', () => {
  it('negates "not first aid trained"', () => {
    expect(sql('how many runners are not first aid trained')).toMatch(/WHERE NOT "first_aid_trained"$/);
  });
});
