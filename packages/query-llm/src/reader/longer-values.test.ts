// A value of one table followed by words that, with it, spell another table's value ("the Oak
// Team" beside the species Oak) names the longer value: read through the join, never as the
// shorter value with the rest passed over.
import { describe, expect, it } from 'vitest';
import type { OfflineSchema } from '../offline-sql.js';
import { readerOn } from './reader-test-answers.js';

const tables: OfflineSchema['tables'] = [
  { name: 'crews', kind: 'dataset', dataset: 'crews', rows: 6, ingestedAt: null, columns: [
    { name: 'crew_id', type: 'VARCHAR', distinct: 6, examples: ['CR-1'] },
    { name: 'crew_name', type: 'VARCHAR', distinct: 6, values: ['Oak Team', 'Birch Team', 'Ash Crew'] },
  ] },
  { name: 'tree_jobs', kind: 'dataset', dataset: 'tree_jobs', rows: 4000, ingestedAt: null, columns: [
    { name: 'job_ref', type: 'VARCHAR', distinct: 4000, examples: ['TJ-0001'] },
    { name: 'crew_code', type: 'VARCHAR', distinct: 6, examples: ['CR-1'] },
    { name: 'species', type: 'VARCHAR', distinct: 5, values: ['Oak', 'Birch', 'Beech', 'Sycamore', 'Ash'] },
  ] },
];
const joined = readerOn({ entityTypes: [], tables, relationships: [
  { from: { table: 'tree_jobs', column: 'crew_code' }, to: { table: 'crews', column: 'crew_id' }, cardinality: 'many-to-one', coverage: 1, status: 'confirmed' },
] });
const apart = readerOn({ entityTypes: [], tables, relationships: [] });

describe('a value that words after it lengthen into another table\'s value', () => {
  it('is read as the longer value, through the join', () => {
    const sql = joined.sql('how many jobs has the Oak Team done?');
    expect(sql).toMatch(/"crew_name" = 'Oak Team'/);
    expect(sql).not.toMatch(/"species" = 'Oak'/);
  });

  it('is refused, naming the word, when no join reaches the longer value', () => {
    expect(apart.refusal('how many jobs has the Oak Team done?')).toMatch(/"Team"/);
  });

  it('leaves the shorter value alone when nothing lengthens it', () => {
    expect(joined.sql('how many oak jobs are there')).toMatch(/"species" = 'Oak'/);
  });
});
