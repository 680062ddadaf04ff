// The reader's shapes on a schema of its own (a parts warehouse), written for these tests: joins
// over relationships, time series, windows, HAVING, top groups, shares, units, and refusals.
import { describe, expect, it } from 'vitest';
import { translateQuestion, type OfflineSchema } from '../offline-sql.js';
import { withoutJoinedScope } from './join-scope.js';

const schema: OfflineSchema = {
  tables: [
    {
      name: 'shipments', kind: 'dataset', dataset: 'shipments', rows: 5000, ingestedAt: '_ingested_at',
      columns: [
        { name: 'shipment_id', type: 'VARCHAR', distinct: 5000, examples: ['S-00001'] },
        { name: 'part_no', type: 'VARCHAR', distinct: 300, examples: ['P-100'] },
        { name: 'depot_code', type: 'VARCHAR', distinct: 6, values: ['NTH', 'STH', 'EST'] },
        { name: 'carrier', type: 'VARCHAR', distinct: 4, values: ['Rapid', 'Coastal', 'Hillway'] },
        { name: 'priority', type: 'VARCHAR', distinct: 4, values: ['High', 'Normal', 'Low', 'Express'] },
        { name: 'service', type: 'VARCHAR', distinct: 2, values: ['Standard', 'Overnight'] },
        { name: 'weight_kg', type: 'DOUBLE', min: 0.5, max: 900 },
        { name: 'Freight Cost ($)', type: 'DOUBLE', originalName: 'Freight Cost ($)', min: 3, max: 410 },
        { name: 'dispatched_at', type: 'TIMESTAMP', min: '2024-01-01', max: '2025-06-30' },
        { name: 'delivered_at', type: 'TIMESTAMP', min: '2024-01-02', max: '2025-07-04' },
        { name: 'is_damaged', type: 'BOOLEAN', distinct: 2 },
      ],
    },
    {
      name: 'parts', kind: 'dataset', dataset: 'parts', rows: 300, ingestedAt: '_ingested_at',
      columns: [
        { name: 'part_no', type: 'VARCHAR', distinct: 300, examples: ['P-100'] },
        { name: 'part_name', type: 'VARCHAR', distinct: 300, examples: ['Hex bolt'] },
        { name: 'family', type: 'VARCHAR', distinct: 5, values: ['Fasteners', 'Bearings', 'Seals'] },
      ],
    },
    {
      name: 'depots', kind: 'dataset', dataset: 'depots', rows: 6, ingestedAt: '_ingested_at',
      columns: [
        { name: 'code', type: 'VARCHAR', distinct: 6, values: ['NTH', 'STH', 'EST'] },
        { name: 'depot_name', type: 'VARCHAR', distinct: 6, values: ['Northgate', 'Southmoor', 'Eastfield'] },
        { name: 'region', type: 'VARCHAR', distinct: 2, values: ['Upland', 'Coast'] },
        { name: 'express_dock', type: 'BOOLEAN', distinct: 2 },
        { name: 'monthly_fee_gbp', type: 'DOUBLE', min: 900, max: 4000 },
      ],
    },
  ],
  entityTypes: [],
  relationships: [
    { from: { table: 'shipments', column: 'part_no' }, to: { table: 'parts', column: 'part_no' }, cardinality: 'many-to-one', coverage: 1, status: 'suggested' },
    { from: { table: 'shipments', column: 'depot_code' }, to: { table: 'depots', column: 'code' }, cardinality: 'many-to-one', coverage: 1, status: 'suggested' },
  ],
};

const sql = (question: string) => {
  const answer = translateQuestion(question, schema);
  if (!('sql' in answer)) throw new Error(answer.refusal);
  return answer.sql;
};
const refused = (question: string) => {
  const answer = translateQuestion(question, schema);
  return 'refusal' in answer ? answer : null;
};

describe('joins over the catalog relationships', () => {
  it('reads a lookup value or field through the wide table, with the join path in the SQL', () => {
    const q = sql('How many shipments left from Northgate?');
    expect(q).toContain('LEFT JOIN "depots" AS j2 ON f."depot_code" = j2."code"');
    expect(q).toContain(`"depot_name" = 'Northgate'`);
    expect(sql('number of shipments per part family')).toMatch(/SELECT "part_family", count\(\*\) AS value FROM "shipments_joined" GROUP BY "part_family"/);
  });

  it('reads "<thing> name" of a table holding only the thing\'s code through the lookup', () => {
    expect(sql('Number of shipments per depot name')).toMatch(/SELECT "depot_name", count\(\*\) AS value FROM "shipments_joined" GROUP BY "depot_name"/);
  });

  it('counts the rows the question counts, grouped by a lookup field named with a possessive', () => {
    expect(sql("Which depot's region had the most shipments?")).toMatch(/SELECT "depot_region", count\(\*\) AS value FROM "shipments_joined" WHERE "depot_region" IS NOT NULL GROUP BY "depot_region" ORDER BY value DESC, "depot_region" LIMIT 1$/);
  });

  it('groups by the name of the lookup\'s rows when the question names them by their noun, and by the key when it says "code"', () => {
    expect(sql('total freight cost for each depot')).toMatch(/SELECT "depot_name", sum\("Freight Cost \(\$\)"\) AS value FROM "shipments_joined" GROUP BY "depot_name"/);
    expect(sql('total freight cost for each depot code')).toMatch(/SELECT "depot_code", sum\("Freight Cost \(\$\)"\) AS value FROM "shipments(_joined)?" GROUP BY "depot_code"/);
  });

  it('ranks the groups of a lookup\'s name, never one row, for "which <lookup row> has the most"', () => {
    // The lookup's name is the joined table's first name field, as a row's own name would be.
    const depotsFirst: OfflineSchema = { ...schema, relationships: [...schema.relationships!].reverse(), tables: [schema.tables[0]!, schema.tables[2]!, schema.tables[1]!] };
    const answer = translateQuestion('which depot has the most freight cost?', depotsFirst);
    expect('sql' in answer && withoutJoinedScope(answer.sql)).toBe(`SELECT "depot_name", sum("Freight Cost ($)") AS value FROM "shipments_joined" WHERE "depot_name" IS NOT NULL GROUP BY "depot_name" ORDER BY value DESC, "depot_name" LIMIT 1`);
  });

  it('reads the thing a `_ref` key points at by its noun, as it does an `_id` or a `_code`', () => {
    const rename = (name: string) => (name === 'depot_code' ? 'depot_ref' : name);
    const withRef: OfflineSchema = {
      ...schema,
      tables: schema.tables.map((t) => ({ ...t, columns: t.columns.map((c) => ({ ...c, name: rename(c.name) })) })),
      relationships: schema.relationships!.map((r) => ({ ...r, from: { ...r.from, column: rename(r.from.column) } })),
    };
    const answer = translateQuestion('total freight cost for each depot', withRef);
    expect('sql' in answer && answer.sql).toMatch(/SELECT "depot_name", sum\("Freight Cost \(\$\)"\) AS value FROM "shipments_joined" GROUP BY "depot_name"/);
  });

  it('reads a word that is a value of the rows\' own field as that value, not as a word of a lookup\'s yes/no field', () => {
    const q = withoutJoinedScope(sql('how many express shipments went to Upland depots'));
    expect(q).toContain(`"priority" = 'Express'`);
    expect(q).not.toContain('express_dock');
    expect(sql('how many shipments went to depots with an express dock')).toContain('"depot_express_dock"');
  });

  it('refuses money words read as a lookup\'s money when the fact that points at it holds money of its own', () => {
    expect(refused('total revenue by region')?.refusal).toMatch(/depots\.monthly_fee_gbp or shipments\.Freight Cost/);
    expect(sql('total monthly fee by region')).toContain('sum("monthly_fee_gbp")');
  });

  it('reads the fact table alone when it places every word', () => {
    expect(sql('How many shipments went by Rapid?')).toBe(`SELECT count(*) AS count FROM "shipments" WHERE "carrier" = 'Rapid'`);
  });

  it('refuses a lookup word when no relationship reaches it', () => {
    const alone: OfflineSchema = { ...schema, relationships: [] };
    const answer = translateQuestion('How many shipments left from Northgate?', alone);
    expect(answer).toMatchObject({ notUnderstood: expect.arrayContaining(['Northgate']) });
  });
});

describe('answers checked against the question\'s shape', () => {
  it('refuses "A versus B" unless the answer is grouped by the field holding both', () => {
    expect(refused('average weight of standard versus overnight shipments')?.notUnderstood).toEqual(['standard', 'overnight']);
    expect(sql('average weight by service')).toContain('GROUP BY "service"');
  });

  it('refuses "how many <unit>" answered with a count of rows, but counts rows a unit word only qualifies', () => {
    expect(refused('how many kilograms of Fasteners were shipped by Rapid')?.notUnderstood).toEqual(['kilograms']);
    // A unit word with no number is the one field in that unit, added up: never a count of rows.
    expect(sql('top 3 carriers by kilograms shipped')).toMatch(/^SELECT "carrier", sum\("weight_kg"\) AS value FROM "shipments" .*LIMIT 3$/);
    expect(sql('how many shipments over 50 kg went by Rapid')).toContain('"weight_kg" > 50');
    const metres = { ...schema, tables: schema.tables.map((t) => (t.name === 'shipments' ? { ...t, name: 'metre_shipments', dataset: 'metre_shipments' } : t)), relationships: [] };
    const answer = translateQuestion('how many metre shipments went by Rapid', metres);
    expect('sql' in answer && answer.sql).toBe(`SELECT count(*) AS count FROM "metre_shipments" WHERE "carrier" = 'Rapid'`);
  });

  it('refuses "total <word>" answered with a count of rows, unless the word is the rows\' noun', () => {
    expect(refused('total shipped per carrier')?.notUnderstood).toEqual(['shipped']);
    expect(sql('total shipments per carrier')).toMatch(/^SELECT "carrier", count\(\*\) AS value FROM "shipments" GROUP BY "carrier"/);
  });
});

describe('time series and windows', () => {
  it('groups by the period of the date the question names, or of the first date field', () => {
    expect(sql('How many shipments per month in 2024?')).toBe(
      `SELECT date_trunc('month', "dispatched_at") AS month, count(*) AS value FROM "shipments" WHERE "dispatched_at" >= DATE '2024-01-01' AND "dispatched_at" < DATE '2025-01-01' GROUP BY 1 ORDER BY 1`,
    );
    expect(sql('total freight cost by quarter')).toContain(`date_trunc('quarter', "dispatched_at") AS quarter, sum("Freight Cost ($)") AS value`);
    expect(sql('shipments delivered per week')).toContain(`date_trunc('week', "delivered_at")`);
  });

  it('bounds a window before or after a stated day', () => {
    expect(sql('How many shipments were dispatched in the 10 days before 2025-03-01?')).toContain(`"dispatched_at" >= DATE '2025-02-19' AND "dispatched_at" < DATE '2025-03-01'`);
    expect(sql('As of 2025-06-30, how many shipments were delivered in the last 2 weeks?')).toContain(`"delivered_at" >= DATE '2025-06-16' AND "delivered_at" < DATE '2025-06-30'`);
  });

  it('refuses "the last 7 days" when neither the question nor the prompt says which day it is', () => {
    expect(refused('How many shipments in the last 7 days?')).not.toBeNull();
  });
});

describe('groups compared with a number, top groups, shares', () => {
  it('reads "more than N <rows>" and "an average X below N" as HAVING', () => {
    expect(sql('Which carriers have more than 900 shipments?')).toBe(
      'SELECT "carrier", count(*) AS value FROM "shipments" GROUP BY "carrier" HAVING count(*) > 900 ORDER BY value DESC, "carrier"',
    );
    expect(sql('which carriers have an average weight below 40 kg')).toBe(
      'SELECT "carrier", avg("weight_kg") AS value FROM "shipments" GROUP BY "carrier" HAVING avg("weight_kg") < 40 ORDER BY value DESC, "carrier"',
    );
  });

  it('reads "the top N X" and "the N most common X" as groups, not rows', () => {
    expect(sql('What are the top 2 carriers?')).toBe('SELECT "carrier", count(*) AS value FROM "shipments" GROUP BY "carrier" ORDER BY value DESC, "carrier" LIMIT 2');
    expect(sql('the 3 most common priorities')).toContain('GROUP BY "priority" ORDER BY value DESC, "priority" LIMIT 3');
  });

  it('splits a share into the whole (before the word) and the part (after it)', () => {
    expect(sql('What percentage of shipments were damaged?')).toBe('SELECT 100.0 * count(*) FILTER (WHERE "is_damaged") / count(*) AS percentage FROM "shipments"');
    expect(sql('Of the High priority shipments, what percentage went by Coastal?')).toBe(
      `SELECT 100.0 * count(*) FILTER (WHERE "carrier" = 'Coastal') / count(*) AS percentage FROM "shipments" WHERE "priority" = 'High'`,
    );
  });

  it('groups by two fields joined by "and"', () => {
    expect(sql('number of shipments by carrier and priority')).toContain('GROUP BY "carrier", "priority"');
  });
});

describe('units, verbs and what must be refused', () => {
  it('ties a unit after a number to the one field holding it', () => {
    expect(sql('How many shipments cost more than 100 dollars?')).toBe('SELECT count(*) AS count FROM "shipments" WHERE "Freight Cost ($)" > 100');
    expect(sql('how many shipments were heavier than 500 kilograms')).toBe('SELECT count(*) AS count FROM "shipments" WHERE "weight_kg" > 500');
  });

  it('does not read a verb as a value: "delivered" is no status, "dispatched" names the date', () => {
    expect(sql('How many shipments were dispatched in March 2025?')).toContain(`"dispatched_at" >= DATE '2025-03-01' AND "dispatched_at" < DATE '2025-04-01'`);
  });

  it('reads "non-damaged" as the negated flag', () => {
    expect(sql('how many non-damaged shipments went by Rapid')).toBe(`SELECT count(*) AS count FROM "shipments" WHERE NOT "is_damaged" AND "carrier" = 'Rapid'`);
  });

  it('refuses a number it cannot place instead of dropping it', () => {
    expect(refused('How many shipments 4471?')).not.toBeNull();
  });
});

describe('a row named by its numeric key', () => {
  it('reads "ticket 1042" as the key of the table named just before the number', () => {
    const tickets: OfflineSchema = {
      tables: [{
        name: 'tickets', kind: 'dataset', dataset: 'tickets', rows: 2000, ingestedAt: '_ingested_at',
        columns: [
          { name: 'ticket_id', type: 'BIGINT', distinct: 2000, min: 1000, max: 2999 },
          { name: 'queue', type: 'VARCHAR', distinct: 3, values: ['Billing', 'Access', 'Hardware'] },
          { name: 'opened_at', type: 'TIMESTAMP' },
        ],
      }],
      entityTypes: [],
    };
    const answer = translateQuestion('Which queue is ticket 1042 in?', tickets);
    expect(answer).toMatchObject({ sql: 'SELECT "queue" FROM "tickets" WHERE "ticket_id" = 1042' });
  });
});

describe('calibration: readings that would be wrong are refused or read through the joins', () => {
  const fleet: OfflineSchema = {
    tables: [
      {
        name: 'rentals', kind: 'dataset', dataset: 'rentals', rows: 3000, ingestedAt: '_ingested_at',
        columns: [
          { name: 'rental_id', type: 'VARCHAR', distinct: 3000 },
          { name: 'kayak_id', type: 'VARCHAR', distinct: 40, examples: ['K01'] },
          { name: 'extensions', type: 'BIGINT', min: 0, max: 4 },
          { name: 'auto_extended', type: 'BOOLEAN', distinct: 2 },
        ],
      },
      {
        name: 'kayaks', kind: 'dataset', dataset: 'kayaks', rows: 40, ingestedAt: '_ingested_at',
        columns: [
          { name: 'kayak_id', type: 'VARCHAR', distinct: 40, examples: ['K01'] },
          { name: 'hull', type: 'VARCHAR', distinct: 2, values: ['Sit-on', 'Closed'] },
        ],
      },
    ],
    entityTypes: [],
    relationships: [{ from: { table: 'rentals', column: 'kayak_id' }, to: { table: 'kayaks', column: 'kayak_id' }, cardinality: 'many-to-one', coverage: 1, status: 'suggested' }],
  };

  it('counts uses of a thing in the table that records them, not one row per thing in its own table', () => {
    const answer = translateQuestion('Which 3 kayaks were used the most?', fleet);
    expect(answer).toMatchObject({ sql: expect.stringContaining('FROM "rentals_joined" GROUP BY "kayak_id" ORDER BY value DESC, "kayak_id" LIMIT 3') });
  });

  it('reads a verb before a comparison as the quantity, not as the yes/no field sharing its word', () => {
    expect(translateQuestion('how many rentals were extended at least twice', fleet)).toMatchObject({ sql: 'SELECT count(*) AS count FROM "rentals" WHERE "extensions" >= 2' });
  });
});

describe('two fields with the same values', () => {
  const ferries: OfflineSchema = {
    tables: [
      {
        name: 'crossings', kind: 'dataset', dataset: 'crossings', rows: 4000, ingestedAt: '_ingested_at',
        columns: [
          { name: 'crossing_no', type: 'BIGINT', distinct: 4000, min: 1, max: 4000 },
          { name: 'departure_pier_id', type: 'BIGINT', distinct: 6, min: 1, max: 6 },
          { name: 'arrival_pier_id', type: 'BIGINT', distinct: 6, min: 1, max: 6 },
          { name: 'passengers', type: 'BIGINT', min: 0, max: 300 },
          { name: 'departed_at', type: 'TIMESTAMP' },
        ],
      },
      {
        name: 'piers', kind: 'dataset', dataset: 'piers', rows: 6, ingestedAt: '_ingested_at',
        columns: [
          { name: 'pier_id', type: 'BIGINT', distinct: 6, min: 1, max: 6 },
          { name: 'pier_name', type: 'VARCHAR', distinct: 6, values: ['Kelp Point', 'Gull Rock'] },
          { name: 'island', type: 'VARCHAR', distinct: 3, values: ['Ander', 'Brisa'] },
        ],
      },
    ],
    entityTypes: [],
    relationships: [
      { from: { table: 'crossings', column: 'departure_pier_id' }, to: { table: 'piers', column: 'pier_id' }, cardinality: 'many-to-one', coverage: 1, status: 'suggested' },
      { from: { table: 'crossings', column: 'arrival_pier_id' }, to: { table: 'piers', column: 'pier_id' }, cardinality: 'many-to-one', coverage: 1, status: 'suggested' },
    ],
  };

  it('refuses a value both could hold when nothing in the question tells them apart', () => {
    const answer = translateQuestion('How many crossings were there at Kelp Point?', ferries);
    expect(answer).toMatchObject({ notUnderstood: expect.arrayContaining(['Kelp Point']) });
  });

  it('takes the one a word before the value names, and two words that only one field holds', () => {
    expect(translateQuestion('How many crossings to Kelp Point?', ferries)).toMatchObject({ sql: expect.stringContaining(`"arrival_pier_name" = 'Kelp Point'`) });
    expect(translateQuestion('average passengers by departure island', ferries)).toMatchObject({ sql: expect.stringContaining('GROUP BY "departure_pier_island"') });
  });

  it('never ranks or sums an identifier: "the most crossings" counts rows', () => {
    expect(translateQuestion('Which island had the most crossings departing from it?', ferries)).not.toMatchObject({ sql: expect.stringContaining('crossing_no') });
  });
});
