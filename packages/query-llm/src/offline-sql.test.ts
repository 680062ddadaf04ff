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

  it('reads the shapes people use without naming the field: flags, prepositions, adjectives, superlatives, verbs', () => {
    const shipments: OfflineSchema = {
      tables: [
        {
          name: 'shipments', kind: 'dataset', dataset: 'shipments', rows: 200, ingestedAt: '_ingested_at',
          columns: [
            { name: 'shipment_id', type: 'VARCHAR', distinct: 200, examples: ['SHP-0001'], matches: ['SHP-0042'] },
            { name: 'customer', type: 'VARCHAR', distinct: 90, examples: ['Oak Ridge Tools'] },
            { name: 'origin_city', type: 'VARCHAR', distinct: 6, values: ['Lyon', 'Madrid', 'Milan'] },
            { name: 'destination_city', type: 'VARCHAR', distinct: 6, values: ['Lyon', 'Madrid', 'Milan'] },
            { name: 'carrier', type: 'VARCHAR', distinct: 4, values: ['CargoNet', 'EuroLine'] },
            { name: 'weight_kg', type: 'BIGINT', min: 20, max: 999 },
            { name: 'cost_usd', type: 'DOUBLE', min: 45, max: 944 },
            { name: 'driver_age', type: 'BIGINT', min: 19, max: 66 },
            { name: 'shipped_on', type: 'DATE', min: '2023-07-01', max: '2025-01-01' },
            { name: 'delivered_on', type: 'DATE', min: '2023-07-03', max: '2025-01-08' },
            { name: 'delayed', type: 'BOOLEAN', distinct: 2 },
          ],
        },
      ],
      entityTypes: [],
    };
    const ask = (question: string) => {
      const answer = translateQuestion(question, shipments);
      if (!('sql' in answer)) throw new Error(answer.refusal);
      return answer.sql;
    };
    expect(ask('How many shipments were not delayed?')).toBe('SELECT count(*) AS count FROM "shipments" WHERE NOT "delayed"');
    expect(ask('What is the average weight of delayed shipments?')).toBe('SELECT avg("weight_kg") AS avg FROM "shipments" WHERE "delayed"');
    expect(ask('How many shipments went from Lyon to Milan?')).toBe(`SELECT count(*) AS count FROM "shipments" WHERE "origin_city" = 'Lyon' AND "destination_city" = 'Milan'`);
    expect(ask('How many shipments cost less than 100 dollars?')).toBe('SELECT count(*) AS count FROM "shipments" WHERE "cost_usd" < 100');
    expect(ask('How many drivers are older than 60?')).toBe('SELECT count(*) AS count FROM "shipments" WHERE "driver_age" > 60');
    expect(ask('What is the cheapest shipment?')).toMatch(/ORDER BY "cost_usd" ASC, "shipment_id" LIMIT 1$/);
    expect(ask('Which carrier delivered the most shipments?')).toBe('SELECT "carrier", count(*) AS value FROM "shipments" GROUP BY "carrier" ORDER BY value DESC, "carrier" LIMIT 1');
    expect(ask('Top 3 shipments by cost usd')).toMatch(/ORDER BY "cost_usd" DESC, "shipment_id" LIMIT 3$/);
    expect(ask('When was SHP-0042 delivered?')).toBe(`SELECT "delivered_on" FROM "shipments" WHERE "shipment_id" = 'SHP-0042'`);
    expect(ask('Which customer is shipment SHP-0042 for?')).toBe(`SELECT "customer" FROM "shipments" WHERE "shipment_id" = 'SHP-0042'`);
  });
});
