import { describe, expect, it } from 'vitest';
import { translateQuestion, type OfflineSchema } from './offline-sql.js';

const schema: OfflineSchema = {
  tables: [
    {
      name: 'port_calls', kind: 'dataset', dataset: 'port_calls', rows: 17, ingestedAt: '_ingested_at',
      columns: [
        { name: 'vessel_name', type: 'VARCHAR', distinct: 12, values: ['Aurora', 'Borealis'] },
        { name: 'port', type: 'VARCHAR', distinct: 5, values: ['Busan', 'Rotterdam', 'Walvis Bay'] },
        { name: 'arrived', type: 'DATE', min: '2026-01-01', max: '2026-11-30' },
        { name: 'cargo_tonnes', type: 'BIGINT', min: 1000, max: 9999 },
      ],
    },
    {
      name: 'vessel_registry', kind: 'dataset', dataset: 'vessel_registry', rows: 40, ingestedAt: '_ingested_at',
      columns: [{ name: 'vessel_name', type: 'VARCHAR', distinct: 40 }, { name: 'flag', type: 'VARCHAR', distinct: 5, values: ['Liberia', 'Panama'] }],
    },
    { name: 'annotations', kind: 'annotations', rows: 10, ingestedAt: 'ingested_at', columns: [{ name: 'label', type: 'VARCHAR' }, { name: 'text', type: 'VARCHAR' }, { name: 'document_id', type: 'VARCHAR' }] },
  ],
  entityTypes: [{ name: 'PORT', description: null, aliases: ['HARBOUR'], annotations: 4, documents: 4, examples: ['Busan', 'Walvis Bay'] }],
};

const sql = (question: string) => {
  const answer = translateQuestion(question, schema);
  if (!('sql' in answer)) throw new Error(answer.refusal);
  return answer.sql;
};

describe('offline translation', () => {
  it('finds a table named in several words and groups by a column that shares one of them', () => {
    expect(sql('How many port calls per port?')).toBe('SELECT "port", count(*) AS value FROM "port_calls" GROUP BY "port" ORDER BY value DESC, "port"');
    expect(sql('How many port calls were made at Walvis Bay?')).toBe(`SELECT count(*) AS count FROM "port_calls" WHERE "port" = 'Walvis Bay'`);
    expect(sql('What is the total cargo tonnes of port calls in Rotterdam?')).toBe(`SELECT sum("cargo_tonnes") AS sum FROM "port_calls" WHERE "port" = 'Rotterdam'`);
    expect(sql('How many port calls arrived in March 2026?')).toContain(`"arrived" >= DATE '2026-03-01' AND "arrived" < DATE '2026-04-01'`);
  });

  it('counts merged aliases as their entity type and reads the text after the label', () => {
    expect(sql('How many documents mention PORT Busan?')).toBe(`SELECT count(DISTINCT document_id) AS documents FROM "annotations" WHERE label IN ('PORT', 'HARBOUR') AND (lower(text) = lower('Busan'))`);
    expect(sql('How many documents mention HARBOUR Atlantis?')).toContain(`lower('Atlantis')`);
  });

  it('refuses, naming the words it could not place', () => {
    const answer = translateQuestion('How many port calls had engine failures?', schema);
    expect(answer).toMatchObject({ notUnderstood: ['engine', 'failures'] });
    expect('refusal' in answer && answer.refusal).toMatch(/"engine", "failures"/);
  });
});
