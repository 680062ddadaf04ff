// Words the question says as part of a table's own name are that table's, not a yes/no field's
// that shares one of them ("dive sites" of dive_sites beside wreck_dive), and a comparison the
// reader cannot read is refused, never read as an equality.
import { describe, expect, it } from 'vitest';
import type { OfflineSchema } from '../offline-sql.js';
import { readerOn } from './reader-test-answers.js';

const sites: OfflineSchema = {
  entityTypes: [],
  tables: [
    { name: 'dive_sites', kind: 'dataset', dataset: 'dive_sites', rows: 18, ingestedAt: null, columns: [
      { name: 'site_id', type: 'VARCHAR', distinct: 18, examples: ['DS01'] },
      { name: 'site_name', type: 'VARCHAR', distinct: 18, values: ['SS Mohegan', 'Manacles Reef'] },
      { name: 'region', type: 'VARCHAR', distinct: 4, values: ['Cornwall', 'Devon', 'Dorset', 'Pembrokeshire'] },
      { name: 'max_depth_m', type: 'DOUBLE', min: 6, max: 40 },
      { name: 'wreck_dive', type: 'BOOLEAN', distinct: 2 },
    ] },
  ],
};
const { sql, refusal } = readerOn(sites);

describe('a word of a yes/no field said inside the table\'s name', () => {
  it('is the table\'s word: "how many dive sites" counts them all', () => {
    expect(sql('How many dive sites are there?')).toBe('SELECT count(*) AS count FROM "dive_sites"');
    expect(sql('list our dive sites in Cornwall')).not.toMatch(/wreck_dive/);
  });

  it('still names the field when its other word is beside it', () => {
    expect(sql('how many wreck dive sites are there')).toMatch(/WHERE "wreck_dive"$/);
  });
});

describe('comparisons of size', () => {
  it('reads "deeper than" and "shallower than" as comparisons', () => {
    expect(sql('dive sites deeper than 25 metres')).toMatch(/"max_depth_m" > 25/);
    expect(sql('dive sites shallower than 10 metres')).toMatch(/"max_depth_m" < 10/);
  });

  it('refuses a comparison it cannot read rather than matching the number exactly', () => {
    expect(refusal('dive sites steeper than 25 metres')).not.toBeNull();
  });
});
