import { describe, expect, it } from 'vitest';
import { attachment, toCsv } from './csv.js';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks per RFC 4180, with CRLF line ends', () => {
    const csv = toCsv(
      ['name', 'note'],
      [
        ['Aurora, IV', 'said "hi"'],
        ['Line\nbreak', null],
      ],
    );
    expect(csv).toBe('name,note\r\n"Aurora, IV","said ""hi"""\r\n"Line\nbreak",\r\n');
  });

  it('defuses text that a spreadsheet would run as a formula, but leaves numbers alone', () => {
    const csv = toCsv(['v'], [['=HYPERLINK("x")'], ['+1'], ['-2+3'], ['@SUM(A1)'], [-5], ['a=b']]);
    expect(csv.split('\r\n')).toEqual([
      'v',
      `"'=HYPERLINK(""x"")"`,
      "'+1",
      "'-2+3",
      "'@SUM(A1)",
      '-5',
      'a=b',
      '',
    ]);
  });
});

describe('attachment', () => {
  it('names the file in ASCII and in UTF-8', () => {
    expect(attachment('liberia vessels: Ü')).toBe(
      `attachment; filename="liberia-vessels.csv"; filename*=UTF-8''liberia%20vessels%3A%20%C3%9C.csv`,
    );
    expect(attachment(`ships' (all)`)).toBe(
      `attachment; filename="ships-all.csv"; filename*=UTF-8''ships%27%20%28all%29.csv`,
    );
  });
});
