import { describe, expect, it } from 'vitest';
import type { SchemaTable } from '../schema-context.js';
import { answerFromExamples } from './verified-templates.js';

const tables: SchemaTable[] = [{
  name: 'orders', kind: 'dataset', dataset: 'orders', rows: 900, ingestedAt: null,
  columns: [{ name: 'store', type: 'VARCHAR', values: ['Riverside', 'Harbourside', 'Old Market'] }, { name: 'total', type: 'DOUBLE' }],
}];
const taught = [{ question: 'What did the Riverside store sell in total?', sql: `SELECT sum(total) FROM orders WHERE store = 'Riverside'` }];

describe('answerFromExamples', () => {
  it('answers the taught question again, whatever its case and punctuation', () => {
    expect(answerFromExamples('what did the riverside store sell in total', taught, tables)?.sql).toBe(taught[0]!.sql);
  });

  it('swaps the one value that differs when the new one is a known value', () => {
    expect(answerFromExamples('What did the Old Market store sell in total?', taught, tables)?.sql).toBe(`SELECT sum(total) FROM orders WHERE store = 'Old Market'`);
  });

  it('leaves a question that differs in more than a known value to the reader', () => {
    expect(answerFromExamples('What did the Atlantis store sell in total?', taught, tables)).toBeNull();
    expect(answerFromExamples('How many orders did the Riverside store take?', taught, tables)).toBeNull();
  });
});
