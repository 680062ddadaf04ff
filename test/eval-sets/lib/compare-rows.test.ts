import { describe, expect, it } from 'vitest';
import { canonicalRows, canonicalValue } from './canonical-value.mjs';
import { rowsMatch } from './compare-rows.mjs';

describe('canonicalValue', () => {
  it('reads the numbers DuckDB prints as strings as numbers', () => {
    expect(canonicalValue('98')).toBe(98);
    expect(canonicalValue('1.50')).toBe(1.5);
    expect(canonicalValue(12n)).toBe(12);
  });

  it('writes dates and timestamps as ISO strings, midnight as the date alone', () => {
    expect(canonicalValue('2024-01-02 03:04:05')).toBe('2024-01-02T03:04:05');
    expect(canonicalValue('2024-01-02T03:04:05.000Z')).toBe('2024-01-02T03:04:05');
    expect(canonicalValue('2024-01-01 00:00:00')).toBe('2024-01-01');
    expect(canonicalValue(new Date('2024-03-01T00:00:00Z'))).toBe('2024-03-01');
    expect(canonicalValue('2024-01-02T03:04:05+02:00')).toBe('2024-01-02T03:04:05+02:00');
  });

  it('leaves text that only starts like a number or date alone', () => {
    expect(canonicalValue('P10007')).toBe('P10007');
    expect(canonicalValue('2024-01')).toBe('2024-01');
    expect(canonicalValue('12 Queen St')).toBe('12 Queen St');
  });
});

describe('rowsMatch', () => {
  const gold = canonicalRows([['Fiction', '98'], ['Mystery', '65']]);

  it('ignores row order unless the question is ordered', () => {
    const answer = [['Mystery', 65], ['Fiction', 98]];
    expect(rowsMatch(answer, gold)).toBe(true);
    expect(rowsMatch(answer, gold, { ordered: true })).toBe(false);
    expect(rowsMatch([['Fiction', 98], ['Mystery', 65]], gold, { ordered: true })).toBe(true);
  });

  it('accepts the gold columns in any position and beside extra columns', () => {
    expect(rowsMatch([[98, 'Fiction'], [65, 'Mystery']], gold)).toBe(true);
    expect(rowsMatch([['Fiction', 1, 98], ['Mystery', 2, 65]], gold)).toBe(true);
  });

  it('refuses a gold column that is missing, or rows that differ or are extra', () => {
    expect(rowsMatch([['Fiction'], ['Mystery']], gold)).toBe(false);
    expect(rowsMatch([['Fiction', 98], ['Mystery', 66]], gold)).toBe(false);
    expect(rowsMatch([['Fiction', 98], ['Mystery', 65], ['Poetry', 19]], gold)).toBe(false);
    expect(rowsMatch([['Fiction', 98], ['Fiction', 98]], gold)).toBe(false);
  });

  it('compares numbers to a small tolerance, not beyond it', () => {
    const share = [[27.944444444444443]];
    expect(rowsMatch([[27.94]], share)).toBe(true);
    expect(rowsMatch([[27.9]], share)).toBe(false);
    expect(rowsMatch([[3601]], [[3600]])).toBe(false);
  });

  it('needs every placement of a gold column to use a distinct answer column', () => {
    expect(rowsMatch([[5]], [[5, 5]])).toBe(false);
    expect(rowsMatch([[5, 5]], [[5, 5]])).toBe(true);
  });
});
