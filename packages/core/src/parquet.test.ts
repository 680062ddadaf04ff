import { describe, expect, it } from 'vitest';
import { parquetRowGroupSize } from './parquet.js';

describe('parquetRowGroupSize', () => {
  it("keeps DuckDB's default up to ten columns and shrinks row groups in proportion for wider data", () => {
    expect(parquetRowGroupSize(1)).toBe(122_880);
    expect(parquetRowGroupSize(10)).toBe(122_880);
    expect(parquetRowGroupSize(20)).toBe(61_440);
    expect(parquetRowGroupSize(1_200)).toBe(1_024);
    // The floor holds however wide, and nonsense widths get the default.
    expect(parquetRowGroupSize(100_000)).toBe(256);
    expect(parquetRowGroupSize(0)).toBe(122_880);
    expect(parquetRowGroupSize(Number.NaN)).toBe(122_880);
  });
});
