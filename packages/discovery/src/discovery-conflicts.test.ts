import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeConflictStrategyContract } from '@living-schema/core/testing';
import { levenshteinConflicts, levenshteinSimilarity } from './discovery-conflicts.js';
import { normalizeName } from './discovery-names.js';

interface LabelledPair {
  a: string;
  b: string;
  duplicate: boolean;
}

const pairs: LabelledPair[] = JSON.parse(readFileSync(new URL('./__fixtures__/name-pairs.json', import.meta.url), 'utf8'));

function score(flag: (p: LabelledPair) => boolean) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const wrong: string[] = [];
  for (const pair of pairs) {
    const flagged = flag(pair);
    if (flagged && pair.duplicate) tp += 1;
    else if (flagged) {
      fp += 1;
      wrong.push(`false positive: ${pair.a} / ${pair.b}`);
    } else if (pair.duplicate) {
      fn += 1;
      wrong.push(`missed: ${pair.a} / ${pair.b}`);
    }
  }
  return { precision: tp / (tp + fp), recall: tp / (tp + fn), wrong };
}

describe('levenshteinConflicts on the labelled name pairs', () => {
  const strategy = levenshteinConflicts();

  it('has at least 100 labelled pairs, both kinds', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(100);
    expect(pairs.filter((p) => p.duplicate).length).toBeGreaterThanOrEqual(40);
    expect(pairs.filter((p) => !p.duplicate).length).toBeGreaterThanOrEqual(40);
  });

  it('reaches precision >= 0.95 and recall >= 0.90, far above plain Levenshtein on raw names', () => {
    const ours = score((p) => strategy.compare(p.a, p.b).conflict);
    const plain = score((p) => levenshteinSimilarity(p.a, p.b) >= 0.85);
    const plainLower = score((p) => levenshteinSimilarity(p.a.toLowerCase(), p.b.toLowerCase()) >= 0.85);
    console.log(
      `labelled pairs: ${pairs.length}\n` +
        `  levenshteinConflicts: precision ${ours.precision.toFixed(3)}, recall ${ours.recall.toFixed(3)}\n` +
        `  plain Levenshtein >= 0.85 on raw names: precision ${plain.precision.toFixed(3)}, recall ${plain.recall.toFixed(3)}\n` +
        `  plain Levenshtein >= 0.85 on lower-cased names: precision ${plainLower.precision.toFixed(3)}, recall ${plainLower.recall.toFixed(3)}\n` +
        ours.wrong.map((w) => `    ${w}`).join('\n'),
    );
    expect(ours.precision).toBeGreaterThanOrEqual(0.95);
    expect(ours.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('gives every result a score and a readable reason', () => {
    expect(strategy.compare('VESSEL_NAMES', 'VesselName')).toMatchObject({ similarity: 1, conflict: true, reason: expect.stringContaining('same after normalising') });
    expect(strategy.compare('FLAG_2020', 'FLAG_2021')).toMatchObject({ conflict: false, reason: expect.stringContaining('numbered, dated or lettered siblings') });
    expect(strategy.compare('MIN_SPEED', 'MAX_SPEED')).toMatchObject({ conflict: false, reason: expect.stringMatching(/opposite terms \((maximum vs minimum|minimum vs maximum)\)/) });
    expect(strategy.compare('length_m', 'length_ft')).toMatchObject({ conflict: false, reason: expect.stringContaining('different units') });
    expect(strategy.compare('port_code', 'post_code')).toMatchObject({ conflict: false, reason: expect.stringContaining('different words') });
    expect(strategy.compare('MMSI', 'maritime_mobile_service_identity')).toMatchObject({ conflict: true, reason: expect.stringContaining('acronym') });
    expect(strategy.compare('port_of_arrival', 'ArrivalPort')).toMatchObject({ conflict: true, reason: expect.stringContaining('different order') });
  });

  it('normalises case, separators, camelCase, punctuation, plurals and abbreviations', () => {
    expect(normalizeName('VesselNames').normalized).toBe('vessel name');
    expect(normalizeName('IMO No.').normalized).toBe('imo number');
    expect(normalizeName('Port-of-Call').normalized).toBe('port call');
    expect(normalizeName('FLAG2020').tokens).toEqual(['flag', '2020']);
    expect(normalizeName('ETA').normalized).toBe('estimated arrival time');
  });

  it('findConflicts returns only conflicts, best first, and honours the threshold option', () => {
    const matches = strategy.findConflicts('VESSEL_NAMES', ['PORT', 'VESSEL_NAME', 'VESSEL', 'vessel_type']);
    expect(matches.map((m) => m.existing)).toEqual(['VESSEL_NAME', 'VESSEL']);
    expect(matches[0]).toMatchObject({ candidate: 'VESSEL_NAMES', similarity: 1, conflict: true });
    expect(levenshteinConflicts({ threshold: 0.95 }).findConflicts('VESSEL_NAMES', ['VESSEL']).length).toBe(0);
    expect(() => levenshteinConflicts({ threshold: 2 })).toThrow(/levenshtein-conflicts.*threshold/);
  });

  it('blocking finds the same conflicts as comparing every pair', () => {
    const existing = pairs.map((p) => p.b);
    for (const candidate of pairs.map((p) => p.a)) {
      const blocked = strategy.findConflicts(candidate, existing).map((m) => m.existing).sort();
      const all = [...new Set(existing)].filter((e) => e !== candidate && strategy.compare(candidate, e).conflict).sort();
      expect(blocked, candidate).toEqual(all);
    }
  });
});

await describeConflictStrategyContract('levenshteinConflicts', {
  create: () => levenshteinConflicts(),
  duplicates: pairs.filter((p) => p.duplicate).slice(0, 20).map((p) => [p.a, p.b]),
  distinct: pairs.filter((p) => !p.duplicate).slice(0, 20).map((p) => [p.a, p.b]),
});
