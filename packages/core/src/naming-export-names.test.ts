import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportBaseName } from './naming.js';

// 80 export file names written blind to exportBaseName (by a session that had not read it), each
// labelled with its logical source: successive exports of one source must share a dataset,
// different sources (numbered siblings, years that name the subject, codes, shared prefixes)
// must not. Measured when it was written: 1/24 same-source pairs joined by the file name alone,
// 21/24 by exportBaseName, no two sources merged. Do not tune the function on these names one by
// one; the misses (fiscal years, ISO weeks, compact times) want a general rule.
const names = JSON.parse(readFileSync(new URL('./__fixtures__/export-names.blind.json', import.meta.url), 'utf8')) as Array<{ file: string; group: string }>;
// The stem as the csv source takes it: the name without its last extension.
const stem = (file: string) => file.replace(/\.[a-z0-9]+$/i, '');

describe('exportBaseName on a blind set of export names', () => {
  it('joins successive exports of one source and never merges two sources', () => {
    let joined = 0;
    let sameSource = 0;
    const merged: string[] = [];
    for (let i = 0; i < names.length; i += 1) {
      for (let j = i + 1; j < names.length; j += 1) {
        const [a, b] = [names[i]!, names[j]!];
        const same = exportBaseName(stem(a.file)) === exportBaseName(stem(b.file));
        if (a.group === b.group) {
          sameSource += 1;
          if (same) joined += 1;
        } else if (same) merged.push(`${a.file} ~ ${b.file}`);
      }
    }
    expect(merged).toEqual([]);
    expect(sameSource).toBe(24);
    expect(joined).toBeGreaterThanOrEqual(21);
  });
});
