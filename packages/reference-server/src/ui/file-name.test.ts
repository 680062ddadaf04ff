import { describe, expect, it } from 'vitest';
import { fileName } from './file-name.js';

describe('fileName', () => {
  it('keeps only the last segment of a path or URI', () => {
    expect(fileName('/srv/ls/.living-schema/staging/uploads/7f3a/1/vessels-update.csv')).toBe(
      'vessels-update.csv',
    );
    expect(fileName('C:\\data\\fleet.xlsx?sheet=2')).toBe('fleet.xlsx');
    expect(fileName('file:///tmp/x/annotations.json#top')).toBe('annotations.json');
    expect(fileName('inline://vessels/ab12')).toBe('ab12');
  });
});
