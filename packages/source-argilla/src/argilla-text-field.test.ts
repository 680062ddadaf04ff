import { describe, expect, it } from 'vitest';
import type { NormalisedRecord } from './argilla-model.js';
import { detectTextField } from './argilla-text-field.js';

function record(fields: Record<string, unknown>, spans: Array<{ label: string; start: number; end: number }>): NormalisedRecord {
  return { id: String(fields.id ?? 'r'), fields, responses: [{ userId: 'u', status: 'submitted', values: { entities: spans }, updatedAt: null }], suggestions: [], updatedAt: null };
}

describe('detectTextField', () => {
  it('picks the one string field every span fits in, whatever it is called', () => {
    const records = [record({ report: 'Aurora docked at Rotterdam', source: 'paris' }, [{ label: 'PORT', start: 17, end: 26 }])];
    expect(detectTextField(records, ['entities'], 'x.parquet')).toBe('report');
  });

  it('among fields every span fits, picks the one that is the longest in every record', () => {
    const records = [
      record({ body: 'Aurora docked at Rotterdam today', title: 'Aurora' }, [{ label: 'VESSEL', start: 0, end: 6 }]),
      record({ body: 'Borealis left Busan', title: 'Borealis' }, [{ label: 'VESSEL', start: 0, end: 8 }]),
    ];
    expect(detectTextField(records, ['entities'], 'x.json')).toBe('body');
  });

  it('counts offsets in code points, as Argilla does', () => {
    // "🚢🚢 Aurora" is 9 code points (11 UTF-16 units): a span ending at 10 does not fit it, though
    // counted in UTF-16 units it would, and it would be the longer field.
    const records = [record({ text: '🚢🚢 Aurora', code: 'ABCDEFGHIJ' }, [{ label: 'X', start: 0, end: 10 }])];
    expect(detectTextField(records, ['entities'], 'x.json')).toBe('code');
  });

  it('refuses, naming the file, the candidates and the option, when it cannot tell', () => {
    const records = [record({ a: 'same length', b: 'also length' }, [{ label: 'X', start: 0, end: 4 }])];
    expect(() => detectTextField(records, ['entities'], 'two.json')).toThrowError(/^two\.json: cannot tell which field the spans of "entities" point into: they fit several text fields \(a, b\).*`textField` option/);
    const none = [record({ short: 'abc' }, [{ label: 'X', start: 0, end: 40 }])];
    expect(() => detectTextField(none, ['entities'], 'short.json')).toThrowError(/reach past the end of every text field \(short\)/);
    const noText = [record({ n: 1 }, [{ label: 'X', start: 0, end: 1 }])];
    expect(() => detectTextField(noText, ['entities'], 'n.json')).toThrowError(/no record has a text field/);
  });
});
