import { describe, expect, it } from 'vitest';
import { unitOfColumnName, unitOfWord } from './units.js';

describe('unitOfColumnName', () => {
  it.each([
    ['weight_kg', 'kg'], ['trip_km', 'km'], ['duration_min', 'min'], ['late_fee_usd', 'usd'], ['Late Fee ($)', 'usd'], ['Duration (min)', 'min'],
    ['price_eur', 'eur'], ['resolution_hours', 'h'], ['discount_pct', 'pct'], ['length_m', 'm'],
  ])('%s holds %s', (name, code) => {
    expect(unitOfColumnName(name)?.code).toBe(code);
  });

  it.each(['m', 't', 'name', 'min_age', 'status', 'station_id', 'year_built'])('%s holds no unit', (name) => {
    expect(unitOfColumnName(name)).toBeUndefined();
  });
});

describe('unitOfWord', () => {
  it('ties the words a question uses to the unit', () => {
    expect(unitOfWord('Kilograms')?.code).toBe('kg');
    expect(unitOfWord('minutes')?.code).toBe('min');
    expect(unitOfWord('euros')?.code).toBe('eur');
    expect(unitOfWord('vessels')).toBeUndefined();
  });
});
