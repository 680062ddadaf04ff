import { afterEach, describe, expect, it } from 'vitest';
import { entityTemplate, fieldTemplate } from './discovery-description-template.js';
import { recordBatch, testEngine, type TestEngine } from './discovery-test-helpers.js';

const field = (name: string, originalName: string, dataType: string, examples: string[] = []) =>
  fieldTemplate({ subject: 'field', name, originalName, dataset: 'vessels', dataType, examples });

describe('template descriptions', () => {
  it('keeps the header words as written: no "person" for per, no "year build", no "cargo t"', () => {
    expect(field('cost_per_day', 'Cost per Day', 'DOUBLE')).toBe('Cost per day (vessels): number.');
    expect(field('year_built', 'Year Built', 'BIGINT', ['1998', '2006', '2015'])).toBe('Year built (vessels): whole number, typically 1998, 2006, 2015.');
    expect(field('cargo_t', 'cargo_t', 'DOUBLE', ['1200.5'])).toBe('Cargo (vessels): number, in tonnes, typically 1200.5.');
  });

  it('says the unit, the kind of value and typical values instead of restating the name', () => {
    expect(field('duration_min', 'Duration (min)', 'BIGINT')).toBe('Duration (vessels): whole number, in minutes.');
    expect(field('discount_pct', 'discount_pct', 'DOUBLE')).toBe('Discount (vessels): number, a percentage.');
    expect(field('flag_state', 'Flag State', 'VARCHAR', ['Liberia', 'Malta'])).toBe('Flag state (vessels): text, e.g. "Liberia", "Malta".');
    expect(field('has_kiosk', 'Has Kiosk', 'BOOLEAN')).toBe('Has kiosk (vessels): yes/no.');
    expect(entityTemplate({ subject: 'entity_type', name: 'VSL_PER', originalName: 'VSL_PER', dataset: null, dataType: null, examples: [] })).toBe('Annotated spans labelled VSL_PER (vsl per).');
  });
});

const engines: TestEngine[] = [];
afterEach(async () => {
  await Promise.all(engines.splice(0).map((e) => e.ls.close()));
});

describe('field examples in the catalog', () => {
  it('are typical numbers (quartiles), not the smallest strings in text order', async () => {
    const e = testEngine();
    engines.push(e);
    await e.ingest(recordBatch('vessels', Array.from({ length: 200 }, (_, i) => ({ gross_tonnage: 100 + i * 10, flag: ['Liberia', 'Malta'][i % 2] }))));
    const [row] = (await e.ls.query(`SELECT examples, description FROM field_definitions WHERE name = 'gross_tonnage'`)).rows as [string[], string][];
    const examples = row![0].map(Number);
    expect(examples).toHaveLength(3);
    expect(examples).toEqual([...examples].sort((a, b) => a - b));
    // Text order would give 100, 1000, 1010; the quartiles lie around 600, 1100 and 1600.
    expect(examples[0]).toBeGreaterThan(500);
    expect(examples[2]).toBeLessThan(1700);
    expect(row![1]).toMatch(/^Gross tonnage \(vessels\): whole number, typically \d+, \d+, \d+\.$/);
  });
});
