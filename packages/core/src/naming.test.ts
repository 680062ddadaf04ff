import { describe, expect, it } from 'vitest';
import { exportBaseName, toSnakeCase, uniqueSnakeCaseNames } from './naming.js';

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

describe('exportBaseName', () => {
  it.each([
    ['vessel_registry_2025-01', 'vessel_registry'],
    ['vessel_registry_2025-06', 'vessel_registry'],
    ['registry-2026-10-31', 'registry'],
    ['registry_20261031', 'registry'],
    ['registry_202610', 'registry'],
    ['registry 2026-10-31T08-30', 'registry'],
    ['Port Calls 2025', 'port_calls'],
    ['sales_Q3_2024', 'sales'],
    ['sales-2024Q3', 'sales'],
    ['Sales March 2025', 'sales'],
    ['crew_list_v2', 'crew_list'],
    ['crew_list_v1.3', 'crew_list'],
    ['crew list rev4', 'crew_list'],
    ['inspections_final', 'inspections'],
    ['inspections_2025-01_v2', 'inspections'],
    ['vessels (1)', 'vessels'],
  ])('%s names the dataset %s', (input, expected) => {
    expect(exportBaseName(input)).toBe(expected);
  });

  it.each([
    ['sensor_3', 'sensor_3'],
    ['top_1000', 'top_1000'],
    ['2025-01', 'c_2025_01'],
    ['final', 'final'],
    ['mayor_names', 'mayor_names'],
    ['gross_tonnage_2', 'gross_tonnage_2'],
  ])('%s is kept as %s (no date or version suffix, or nothing left without it)', (input, expected) => {
    expect(exportBaseName(input)).toBe(expected);
  });
});
