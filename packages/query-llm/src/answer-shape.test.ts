import { describe, expect, it } from 'vitest';
import { namedValues, shapeContradiction } from './answer-shape.js';
import type { SchemaFacts } from './schema-context.js';

const facts = (values: string[]): SchemaFacts => ({
  schemaVersion: 1,
  at: null,
  otherTables: [],
  entityTypes: [],
  relationships: [],
  tables: [{ name: 'vessels', kind: 'dataset', rows: 3, ingestedAt: null, columns: [{ name: 'flag_state', type: 'VARCHAR', values }] }],
});

describe('the shape of an answer against its question', () => {
  it('finds the stored values a question names as whole words, case-insensitively', () => {
    const named = namedValues('How many vessels fly the flag of liberia or Marshall Islands?', facts(['Liberia', 'Marshall Islands', 'Malta', 'Lib']));
    expect(named.map((n) => n.value)).toEqual(['Liberia', 'Marshall Islands']);
    expect(namedValues('Which vessels are Maltan?', facts(['Malta']))).toEqual([]);
  });

  it('a huge or hostile stored value neither throws nor matches (it was a RegExp: "Regular expression too large")', () => {
    const hostile = ['"'.repeat(100_000), '(((', '.*+?'];
    expect(namedValues('Why does "(((" appear?', facts(hostile))).toEqual([{ table: 'vessels', column: 'flag_state', value: '(((' }]);
    expect(namedValues('x'.repeat(10_000), facts(hostile))).toEqual([]);
  });

  it('flags a count for "how much", and zero rows when a named value exists; not a count for "how many"', () => {
    const count = { sql: 'SELECT count(*) FROM loans', columns: ['n'], rows: [[4]] };
    expect(shapeContradiction('How much weight was loaned in total?', count, [])?.problem).toBe('count-for-quantity');
    expect(shapeContradiction('How many loans were made in total?', count, [])).toBeNull();
    expect(shapeContradiction('How much weight was loaned?', { ...count, sql: 'SELECT sum(weight_kg) FROM loans' }, [])).toBeNull();
    const none = { sql: "SELECT * FROM vessels WHERE flag_state = 'liberia'", columns: ['vessel_name'], rows: [] };
    const liberia = [{ table: 'vessels', column: 'flag_state', value: 'Liberia' }];
    expect(shapeContradiction('Which vessels fly the flag of Liberia?', none, liberia)?.problem).toBe('no-rows-for-named-value');
    expect(shapeContradiction('Which vessels fly the flag of Atlantis?', none, [])).toBeNull();
  });
});
