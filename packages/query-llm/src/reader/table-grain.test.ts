// The grain of a table on a domain of its own, written for these tests: a wholesaler's invoice
// lines (one row per line, `invoice_no` repeated on every line of an invoice), a venue's ticket
// scans (`Ticket Ref` repeated on each scan of a ticket) and a courier's parcel legs whose name
// word no identifier repeats. Counting the coarser thing counts its identifier distinct; the
// head noun of the name, and a word no identifier repeats, still count rows.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLivingSchema, sha256, type LivingSchema } from '@living-schema/core';
import { duckdb } from '@living-schema/sink-duckdb';
import { offlineProvider } from '../llm-provider-offline.js';
import { createQueryLayer } from '../query-layer.js';
import { translateQuestion, type OfflineSchema } from '../offline-sql.js';
import { tableGrain } from './table-grain.js';

const invoiceLines = {
  name: 'invoice_lines', kind: 'dataset' as const, dataset: 'invoice_lines', rowNoun: 'invoice line', rows: 3000, ingestedAt: '_ingested_at',
  columns: [
    { name: 'invoice_no', type: 'VARCHAR', distinct: 900, examples: ['INV-0042'] },
    { name: 'line_no', type: 'INTEGER', min: 1, max: 8 },
    { name: 'customer', type: 'VARCHAR', distinct: 5, values: ['Brightmart', 'Corner Deli', 'Oakfield'] },
    { name: 'payment', type: 'VARCHAR', distinct: 3, values: ['Card', 'Transfer', 'Cash'] },
    { name: 'product', type: 'VARCHAR', distinct: 40, values: ['Oat milk', 'Rye loaf'] },
    { name: 'quantity', type: 'INTEGER', min: 1, max: 24 },
    { name: 'Line Amount (EUR)', type: 'DOUBLE', originalName: 'Line Amount (EUR)', min: 1, max: 300 },
    { name: 'invoiced_on', type: 'DATE', min: '2024-01-01', max: '2025-06-30' },
  ],
};
const ticketScans = {
  name: 'ticket_scans', kind: 'dataset' as const, dataset: 'ticket_scans', rowNoun: 'ticket scan', rows: 8000, ingestedAt: '_ingested_at',
  columns: [
    { name: 'Ticket Ref', type: 'VARCHAR', distinct: 2500, examples: ['T-88120'] },
    { name: 'gate', type: 'VARCHAR', distinct: 4, values: ['North', 'South', 'East', 'West'] },
    { name: 'scanned_at', type: 'TIMESTAMP', min: '2025-05-01', max: '2025-05-31' },
  ],
};
// "parcel" is a word of the name, but no identifier repeats it: parcels are not told apart.
const parcelLegs = {
  name: 'parcel_legs', kind: 'dataset' as const, dataset: 'parcel_legs', rowNoun: 'parcel leg', rows: 5000, ingestedAt: '_ingested_at',
  columns: [
    { name: 'leg_id', type: 'VARCHAR', distinct: 5000, examples: ['L-1'] },
    { name: 'hub', type: 'VARCHAR', distinct: 6, values: ['Ashby', 'Brook'] },
    { name: 'km', type: 'DOUBLE', min: 1, max: 400 },
  ],
};

const only = (table: OfflineSchema['tables'][number]): OfflineSchema => ({ tables: [table], entityTypes: [] });
const sqlOf = (schema: OfflineSchema, question: string) => {
  const answer = translateQuestion(question, schema);
  if (!('sql' in answer)) throw new Error(`${question}: ${answer.refusal}`);
  return answer.sql;
};
const invoices = (question: string) => sqlOf(only(invoiceLines), question);
const DISTINCT_INVOICES = 'count(DISTINCT "invoice_no")';

describe('the grain of a table, from its name and its identifiers', () => {
  it('takes the head noun as the row and a name word an identifier repeats as a coarser grain', () => {
    expect(tableGrain(invoiceLines)).toEqual({ rowWord: 'line', coarser: [{ word: 'invoice', column: invoiceLines.columns[0] }] });
    expect(tableGrain(ticketScans)).toEqual({ rowWord: 'scan', coarser: [{ word: 'ticket', column: ticketScans.columns[0] }] });
    expect(tableGrain(parcelLegs)).toEqual({ rowWord: 'leg', coarser: [] });
  });

  it('finds the identifier by its header as exported, and keeps the grain in a joined reading', () => {
    const renamed = { ...invoiceLines, columns: [{ name: 'inv', type: 'VARCHAR', originalName: 'Invoice ID' }] };
    expect(tableGrain(renamed).coarser.map((c) => c.column.name)).toEqual(['inv']);
    const joined = { ...invoiceLines, name: 'invoice_lines_joined' };
    expect(tableGrain(joined).coarser.map((c) => c.word)).toEqual(['invoice']);
  });
});

describe('counting a coarser grain counts its identifier distinct', () => {
  it('"how many invoices" counts invoices, "how many invoice lines" and "how many lines" count rows', () => {
    expect(invoices('How many invoices are there?')).toBe(`SELECT ${DISTINCT_INVOICES} AS count FROM "invoice_lines"`);
    expect(invoices('how many invoices were paid by card')).toBe(`SELECT ${DISTINCT_INVOICES} AS count FROM "invoice_lines" WHERE "payment" = 'Card'`);
    expect(invoices('How many invoice lines are there?')).toBe('SELECT count(*) AS count FROM "invoice_lines"');
    expect(invoices('how many lines were for Oat milk')).toBe(`SELECT count(*) AS count FROM "invoice_lines" WHERE "product" = 'Oat milk'`);
  });

  it('a value before the counted word does not change what is counted', () => {
    expect(invoices('How many Brightmart invoices were there?')).toBe(`SELECT ${DISTINCT_INVOICES} AS count FROM "invoice_lines" WHERE "customer" = 'Brightmart'`);
  });

  it('groups, ranks and compares groups by the coarser count', () => {
    expect(invoices('number of invoices per customer')).toMatch(/^SELECT "customer", count\(DISTINCT "invoice_no"\) AS value FROM "invoice_lines" GROUP BY "customer"/);
    expect(invoices('which customer has the most invoices')).toMatch(/^SELECT "customer", count\(DISTINCT "invoice_no"\) AS value .* LIMIT 1$/);
    expect(invoices('which customers have more than 200 invoices')).toContain(`HAVING ${DISTINCT_INVOICES} > 200`);
    expect(invoices('invoices per month')).toMatch(/date_trunc\('month', "invoiced_on"\) AS month, count\(DISTINCT "invoice_no"\) AS value/);
  });

  it('takes a share of the coarser things, not of the rows', () => {
    expect(invoices('what percentage of invoices were paid in cash?')).toBe(
      `SELECT 100.0 * ${DISTINCT_INVOICES} FILTER (WHERE "payment" = 'Cash') / ${DISTINCT_INVOICES} AS percentage FROM "invoice_lines"`,
    );
  });

  it('still counts rows per group when the rows are counted', () => {
    expect(invoices('number of invoice lines per customer')).toMatch(/^SELECT "customer", count\(\*\) AS value/);
  });

  it('averages a field over the coarser things when the question averages per one of them', () => {
    const perInvoice = `sum("Line Amount (EUR)") / ${DISTINCT_INVOICES}`;
    expect(invoices('what is the average invoice amount?')).toBe(`SELECT ${perInvoice} AS avg FROM "invoice_lines"`);
    expect(invoices('average amount per invoice for Brightmart')).toBe(`SELECT ${perInvoice} AS avg FROM "invoice_lines" WHERE "customer" = 'Brightmart'`);
    expect(invoices('average invoice amount per customer')).toMatch(new RegExp(`^SELECT "customer", ${perInvoice.replace(/[()]/g, '\\$&')} AS value`));
    expect(invoices('what is the average quantity?')).toBe('SELECT avg("quantity") AS avg FROM "invoice_lines"');
    expect(invoices('average quantity of an invoice line')).toBe('SELECT avg("quantity") AS avg FROM "invoice_lines"');
    expect(invoices('average amount for invoices paid by card')).toBe(`SELECT avg("Line Amount (EUR)") AS avg FROM "invoice_lines" WHERE "payment" = 'Card'`);
  });

  it('reads an identifier spelled as a header ("Ticket Ref") the same way', () => {
    const tickets = (question: string) => sqlOf(only(ticketScans), question);
    expect(tickets('how many tickets were scanned at the North gate')).toBe(`SELECT count(DISTINCT "Ticket Ref") AS count FROM "ticket_scans" WHERE "gate" = 'North'`);
    expect(tickets('how many scans were there at the North gate')).toBe(`SELECT count(*) AS count FROM "ticket_scans" WHERE "gate" = 'North'`);
  });

  it('counts rows as before when no identifier repeats the word counted', () => {
    const legs = (question: string) => sqlOf(only(parcelLegs), question);
    expect(legs('how many parcels went through Ashby')).toBe(`SELECT count(*) AS count FROM "parcel_legs" WHERE "hub" = 'Ashby'`);
    expect(legs('number of parcels per hub')).toMatch(/^SELECT "hub", count\(\*\) AS value/);
  });
});

// The same questions against a real DuckDB store: the SQL runs and counts invoices, not lines.
const CUSTOMERS = ['Brightmart', 'Corner Deli', 'Oakfield'];
const PAYMENTS = ['Card', 'Transfer', 'Cash'];
const lines = Array.from({ length: 40 }, (_, invoice) => invoice).flatMap((invoice) =>
  Array.from({ length: 1 + (invoice % 4) }, (_, line) => ({
    invoice_no: `INV-${String(invoice + 1).padStart(4, '0')}`,
    line_no: line + 1,
    customer: CUSTOMERS[invoice % CUSTOMERS.length],
    payment: PAYMENTS[(invoice * 7) % PAYMENTS.length],
    quantity: 1 + ((invoice + line) % 5),
    'Line Amount (EUR)': (1 + ((invoice + line) % 5)) * 2.5,
  })),
);

describe('the grain in a real store', () => {
  let store: LivingSchema;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ls-grain-'));
    store = createLivingSchema({
      sink: duckdb({ path: join(dir, 'db.duckdb') }),
      stagingDirectory: join(dir, 'staging'),
      notifiers: [],
      sources: [{
        specificationVersion: 'v1', name: 'inline', kinds: ['records'], canRead: () => true,
        async *read() {
          yield { kind: 'records', source: 'inline', sourceUri: 'inline://invoice_lines', dataset: 'invoice_lines', contentHash: sha256(JSON.stringify(lines)), payload: { format: 'rows', rows: lines } };
        },
      }],
    });
    await store.ingest('inline://invoice_lines');
  });
  afterAll(async () => {
    await store.close();
  });

  it('answers invoice counts, shares and groups with the gold numbers', async () => {
    const layer = createQueryLayer({ sink: store.sink, provider: offlineProvider() });
    try {
      const ask = async (question: string) => (await layer.executeQuery({ question })).rows.map((row) => Object.values(row).map(Number));
      const gold = (invoicesOf: (i: number) => boolean) => Array.from({ length: 40 }, (_, i) => i).filter(invoicesOf).length;
      expect(lines.length).toBe(100);
      expect(await ask('How many invoices are there?')).toEqual([[40]]);
      expect(await ask('How many invoice lines are there?')).toEqual([[100]]);
      expect(await ask('how many invoices were paid by card')).toEqual([[gold((i) => PAYMENTS[(i * 7) % 3] === 'Card')]]);
      const share = await ask('what percentage of invoices were paid in cash?');
      expect(share[0]![0]).toBeCloseTo((100 * gold((i) => PAYMENTS[(i * 7) % 3] === 'Cash')) / 40, 6);
      const amounts = new Map<string, number>();
      for (const line of lines) amounts.set(line.invoice_no, (amounts.get(line.invoice_no) ?? 0) + line.quantity * 2.5);
      const averageInvoice = [...amounts.values()].reduce((a, b) => a + b, 0) / amounts.size;
      expect((await ask('what is the average invoice amount?'))[0]![0]).toBeCloseTo(averageInvoice, 6);
      const perCustomer = (await layer.executeQuery({ question: 'number of invoices per customer' })).rows;
      expect(perCustomer.map((row) => Object.values(row).map(String))).toEqual(
        [['Brightmart', '14'], ['Corner Deli', '13'], ['Oakfield', '13']],
      );
    } finally {
      layer.close();
    }
  });
});
