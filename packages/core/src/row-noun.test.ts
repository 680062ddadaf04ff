import { describe, expect, it } from 'vitest';
import { rowNounOf, singularOf } from './row-noun.js';

describe('rowNounOf', () => {
  it.each([
    ['service_requests', 'service request'],
    ['loans', 'loan'],
    ['branches', 'branch'],
    ['categories', 'category'],
    ['people', 'person'],
    ['Bikes', 'bike'],
    ['portCalls', 'port call'],
    ['status', 'status'],
    ['vessel_registry', 'vessel registry'],
  ])('%s -> %s', (name, noun) => {
    expect(rowNounOf(name)).toBe(noun);
  });

  it('leaves words that only look plural alone', () => {
    expect(['news', 'analysis', 'bus', 'class', 'gas'].map(singularOf)).toEqual(['news', 'analysis', 'bus', 'class', 'gas']);
  });
});
