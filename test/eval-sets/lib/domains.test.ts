// Guards the evaluation set itself: each domain's data is reproducible and of the promised size,
// every question has a known kind, and every gold statement runs on the raw CSVs.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DOMAINS, KINDS } from './domains.mjs';
import { openGold } from './gold-rows.mjs';

/** Gold for one domain takes 4-15 s on the shared box; this bound only catches a hang. */
const GOLD_HANG_GUARD_MS = 180_000;
const folders: string[] = [];
const freshFolder = () => {
  const folder = mkdtempSync(join(tmpdir(), 'ls-eval-set-'));
  folders.push(folder);
  return folder;
};
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

describe.each(DOMAINS.map((domain) => [domain.name, domain] as const))('%s', (_name, domain) => {
  it('writes the same CSVs on every run, a fact table of 2,000-5,000 rows and its lookups', () => {
    const [first, second] = [freshFolder(), freshFolder()];
    const tables = domain.generate(first);
    expect(domain.generate(second)).toEqual(tables);
    for (const table of tables) {
      const text = readFileSync(join(first, `${table}.csv`), 'utf8');
      expect(readFileSync(join(second, `${table}.csv`), 'utf8')).toBe(text);
    }
    const factCsv = readFileSync(join(first, `${tables[0]}.csv`), 'utf8');
    const factRows = factCsv.trim().split('\n').length - 1;
    expect(factRows).toBeGreaterThanOrEqual(2000);
    expect(factRows).toBeLessThanOrEqual(5000);
    expect(tables.length).toBeGreaterThanOrEqual(2);
  });

  it('has 40+ questions covering every kind', () => {
    expect(domain.questions.length).toBeGreaterThanOrEqual(40);
    expect(new Set(domain.questions.map((question) => question.kind))).toEqual(new Set(KINDS));
  });

  it('has gold SQL that runs and answers with rows for every answerable question', async () => {
    const folder = freshFolder();
    const gold = await openGold(folder, domain.generate(folder));
    try {
      for (const question of domain.questions.filter((q) => q.kind !== 'refuse')) {
        for (const reading of await gold.rowsOf(question)) {
          expect(reading.rows.length, question.q).toBeGreaterThan(0);
          expect(reading.rows.flat().some((value) => value !== null), question.q).toBe(true);
        }
      }
    } finally {
      gold.close();
    }
  }, GOLD_HANG_GUARD_MS);
});
