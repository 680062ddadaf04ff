// Money that belongs to the rows, and nouns of events, on a laundry service of its own: a fact
// table of orders with a price per order and a Y/N cancelled field, pointing at customers (who
// have a credit limit) and machines (which have an hourly cost). A lookup's money is an
// attribute repeated on every row that points at it, never what the rows took.
import { describe, expect, it } from 'vitest';
import type { OfflineSchema } from '../offline-sql.js';
import { readerOn } from './reader-test-answers.js';
import { withoutJoinedScope } from './join-scope.js';

const laundry: OfflineSchema = {
  tables: [
    { name: 'orders', kind: 'dataset', dataset: 'orders', rows: 4000, ingestedAt: null, columns: [
      { name: 'order_ref', type: 'VARCHAR', distinct: 4000, examples: ['O-0001'], values: ['O-0001', 'O-0002'] },
      { name: 'customer_ref', type: 'VARCHAR', distinct: 300, examples: ['C-001'] },
      { name: 'machine_no', type: 'VARCHAR', distinct: 12, examples: ['M-01'] },
      { name: 'placed_at', type: 'TIMESTAMP', min: '2024-01-02 08:00:00', max: '2025-06-30 19:00:00' },
      { name: 'wash_type', type: 'VARCHAR', distinct: 3, values: ['Standard', 'Delicate', 'Heavy'] },
      { name: 'weight_kg', type: 'DOUBLE', min: 1, max: 25 },
      { name: 'price_gbp', type: 'DOUBLE', min: 4, max: 80 },
      { name: 'cancelled', type: 'VARCHAR', distinct: 2, values: ['N', 'Y'] },
    ] },
    { name: 'customers', kind: 'dataset', dataset: 'customers', rows: 300, ingestedAt: null, columns: [
      { name: 'customer_id', type: 'VARCHAR', distinct: 300, examples: ['C-001'] },
      { name: 'customer_name', type: 'VARCHAR', distinct: 300, examples: ['Ada Shaw'] },
      { name: 'trade_account', type: 'BOOLEAN', distinct: 2 },
      { name: 'credit_limit_gbp', type: 'BIGINT', min: 0, max: 5000 },
    ] },
    { name: 'machines', kind: 'dataset', dataset: 'machines', rows: 12, ingestedAt: null, columns: [
      { name: 'machine_id', type: 'VARCHAR', distinct: 12, examples: ['M-01'] },
      { name: 'machine_name', type: 'VARCHAR', distinct: 12, examples: ['Big Drum'] },
      { name: 'hourly_cost_gbp', type: 'DOUBLE', min: 2, max: 9 },
      { name: 'has_dryer', type: 'BOOLEAN', distinct: 2 },
    ] },
  ],
  entityTypes: [],
  relationships: [
    { from: { table: 'orders', column: 'customer_ref' }, to: { table: 'customers', column: 'customer_id' }, cardinality: 'many-to-one', coverage: 1, status: 'suggested' },
    { from: { table: 'orders', column: 'machine_no' }, to: { table: 'machines', column: 'machine_id' }, cardinality: 'many-to-one', coverage: 1, status: 'suggested' },
  ],
};
const { sql, refusal } = readerOn(laundry);

describe('money a lookup holds is not what the rows took', () => {
  it('reads "the top 5 customers by spend" as the orders\' prices added up per customer, not a credit limit', () => {
    const answer = sql('top 5 customers by spend');
    expect(answer).toContain('sum("price_gbp")');
    expect(answer).not.toContain('credit_limit_gbp" DESC');
    expect(withoutJoinedScope(answer)).toMatch(/GROUP BY "customer_(name|ref)" ORDER BY value DESC, "customer_(name|ref)" LIMIT 5$/);
  });

  it('keeps a lookup\'s money where the question names it by its own words', () => {
    expect(sql('top 5 customers by credit limit')).toContain('ORDER BY "credit_limit_gbp" DESC');
  });

  it('reads one row\'s cost as its own price, never a lookup\'s hourly cost joined onto it', () => {
    // Read through the join these were a machine's hourly cost, repeated on each order. What an
    // order cost is its price; the machine's cost is asked for by its own word ("hourly").
    expect(sql('what was the cost of order O-0001')).toBe(`SELECT sum("price_gbp") AS sum FROM "orders" WHERE "order_ref" = 'O-0001'`);
    expect(sql('the average cost of heavy orders')).toBe(`SELECT avg("price_gbp") AS avg FROM "orders" WHERE "wash_type" = 'Heavy'`);
    expect(sql('what was the hourly cost of the machine used for order O-0001')).toContain('"machine_hourly_cost_gbp"');
  });
});

describe('money fields named as exports name them', () => {
  const deliveries: OfflineSchema = {
    tables: [{ name: 'deliveries', kind: 'dataset', dataset: 'deliveries', rows: 900, ingestedAt: null, columns: [
      { name: 'delivery_id', type: 'VARCHAR', distinct: 900, examples: ['D-1'] },
      { name: 'Delivery Cost (GBP)', type: 'DOUBLE', originalName: 'Delivery Cost (GBP)', min: 3, max: 90 },
      { name: 'region', type: 'VARCHAR', distinct: 3, values: ['North', 'South', 'West'] },
    ] }],
    entityTypes: [],
  };
  const reader = readerOn(deliveries);

  it('reads "Delivery Cost (GBP)" as money going out: no revenue, but what was spent', () => {
    expect(reader.refusal('what was our total revenue')).not.toBeNull();
    expect(reader.sql('what was our total spend')).toBe('SELECT sum("Delivery Cost (GBP)") AS sum FROM "deliveries"');
  });
});

describe('events and negations of yes/no fields', () => {
  it('reads "cancellations" as the rows where cancelled is yes', () => {
    expect(withoutJoinedScope(sql('how many cancellations were there'))).toMatch(/^SELECT count\(\*\) AS count FROM "orders(_joined)?" WHERE lower\("cancelled"\) IN \('yes', 'y', 'true', 't'\)$/);
  });

  it('reads "without a <field>" as its negation', () => {
    expect(sql('how many machines without a dryer')).toBe(`SELECT count(*) AS count FROM "machines" WHERE NOT "has_dryer"`);
    expect(sql('how many machines with a dryer')).toBe(`SELECT count(*) AS count FROM "machines" WHERE "has_dryer"`);
  });
});

describe('what a ranking of groups counts', () => {
  // A table named after a coarser thing and its rows: each stop has many stop visits.
  const visits: OfflineSchema = {
    tables: [{ name: 'stop_visits', kind: 'dataset', dataset: 'stop_visits', rows: 5000, ingestedAt: null, columns: [
      { name: 'visit_id', type: 'VARCHAR', distinct: 5000, examples: ['V-1'] },
      { name: 'stop_code', type: 'VARCHAR', distinct: 120, examples: ['ST-01'] },
      { name: 'route', type: 'VARCHAR', distinct: 8, values: ['1', '2', '7A'] },
      { name: 'boarded', type: 'INTEGER', min: 0, max: 60 },
    ] }],
    entityTypes: [],
  };
  const reader = readerOn(visits);

  it('counts the rows per group, never the grain grouped by ("the 3 stops with the most visits")', () => {
    expect(reader.sql('the 3 stops with the most visits')).toBe(`SELECT "stop_code", count(*) AS value FROM "stop_visits" GROUP BY "stop_code" ORDER BY value DESC, "stop_code" LIMIT 3`);
  });

  it('still counts the coarser thing where it is what is counted ("stops per route")', () => {
    expect(reader.sql('how many stops per route')).toContain('count(DISTINCT "stop_code")');
  });
});

describe('a money word beside a word that already names the money field', () => {
  // "invoiced" names invoice_total_gbp through its root; "revenue" then asks for its total.
  const jobs = readerOn({
    entityTypes: [],
    tables: [
      { name: 'tree_jobs', kind: 'dataset', dataset: 'tree_jobs', rows: 4000, ingestedAt: null, columns: [
        { name: 'job_ref', type: 'VARCHAR', distinct: 4000, examples: ['TJ-0001'] },
        { name: 'completed_at', type: 'TIMESTAMP', min: '2024-01-03 09:00:00', max: '2025-08-29 17:00:00' },
        { name: 'invoice_total_gbp', type: 'DOUBLE', min: 90, max: 4800 },
      ] },
    ],
  });

  it('totals the field: "invoiced revenue by quarter" is a sum, not a count', () => {
    expect(jobs.sql('invoiced revenue by quarter')).toMatch(/sum\("invoice_total_gbp"\)/);
    expect(jobs.sql('revenue by quarter')).toMatch(/sum\("invoice_total_gbp"\)/);
  });
});

describe('a cost word beside the price field it names', () => {
  const medicines = readerOn({
    entityTypes: [],
    tables: [
      { name: 'medicines', kind: 'dataset', dataset: 'medicines', rows: 120, ingestedAt: null, columns: [
        { name: 'drug_name', type: 'VARCHAR', distinct: 120, examples: ['Amoxicillin'] },
        { name: 'unit_price_usd', type: 'DOUBLE', min: 0.2, max: 40 },
      ] },
    ],
  });

  it('compares each row\'s price, never a total', () => {
    expect(medicines.sql('which medicines cost over 5 dollars a unit?')).toMatch(/WHERE "unit_price_usd" > 5/);
  });
});
