import { describe, expect, it } from 'vitest';
import { withoutBigInts } from './argilla-parquet.js';

describe('withoutBigInts', () => {
  it('makes int64 values numbers, keeps digits past 2^53 as text, and walks lists and objects', () => {
    const row = { 'quality.responses': [4n, 5n], big: 9007199254740993n, nested: { spans: [{ start: 0n, end: 6n, label: 'X' }] }, at: new Date(0), text: 'a' };
    expect(withoutBigInts(row)).toEqual({ 'quality.responses': [4, 5], big: '9007199254740993', nested: { spans: [{ start: 0, end: 6, label: 'X' }] }, at: new Date(0), text: 'a' });
    expect(() => JSON.stringify(withoutBigInts(row))).not.toThrow();
  });
});
