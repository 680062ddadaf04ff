import { describe, expect, it } from 'vitest';
import { toSnakeCase, uniqueSnakeCaseNames } from './naming.js';

describe('toSnakeCase', () => {
  it.each([
    ['Vessel Name', 'vessel_name'],
    ['imoNumber', 'imo_number'],
    ['IMONumber', 'imo_number'],
    ['Flag (State)', 'flag_state'],
    ['  Gross-Tonnage  ', 'gross_tonnage'],
    ['Année', 'annee'],
    ['2020 catch', 'c_2020_catch'],
    ['###', 'column'],
  ])('%s -> %s', (input, expected) => {
    expect(toSnakeCase(input)).toBe(expected);
  });
});

describe('uniqueSnakeCaseNames', () => {
  it('suffixes repeated and empty headers, and avoids reserved names', () => {
    expect(uniqueSnakeCaseNames(['Name', 'name', '', '', '_row'], ['_row'])).toEqual(['name', 'name_2', 'column', 'column_2', 'row']);
  });
});
