import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { canonicalEncoding, detectEncoding } from './csv-encoding.js';

const detect = (bytes: Buffer) => detectEncoding(bytes, false).encoding;

describe('encoding detection', () => {
  it('reads byte-order marks, UTF-8 and BOM-less UTF-16 by their bytes', () => {
    expect(detect(Buffer.from('\ufeffname\nZoë\n'))).toBe('utf-8');
    expect(detect(Buffer.from('name,port\nZoë,Malmö\n'))).toBe('utf-8');
    expect(
      detect(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode('a,b\n', 'utf-16be')]))
    ).toBe('utf-16be');
    expect(detect(iconv.encode('name,port\nAurora,Rotterdam\n', 'utf-16le'))).toBe('utf-16le');
    expect(detect(iconv.encode('name,port\nAurora,Rotterdam\n', 'utf-16be'))).toBe('utf-16be');
  });

  it('names legacy encodings with the detector, and falls back to Windows-1252', () => {
    const japanese = iconv.encode(
      '港名,船名,総トン数\n東京,さくら丸,1200\n横浜,あさひ丸,800\n神戸,みなと丸,950\n',
      'shift_jis'
    );
    expect(detect(japanese)).toBe('shift_jis');
    expect(
      detect(
        iconv.encode('item,note\nCafé crème,“house” blend – 4 €\nThé,served hot\n', 'windows-1252')
      )
    ).toBe('windows-1252');
  });

  it('a NUL or two in clean text is text; many NULs or control bytes are binary', () => {
    expect(detect(Buffer.from('id,name\n1,Bore\u0000alis\n2,Aurora\n'))).toBe('utf-8');
    const binary = detectEncoding(
      Buffer.from(`id,name\n${'1,a\u0000\u0000b\n'.repeat(20)}`),
      false
    );
    expect(binary.encoding).toBeNull();
    expect(binary.notTextReason).toBe(
      'it looks like binary data, not delimited text (40 NUL and 0 other control bytes in the first 148 bytes)'
    );
  });

  it('takes any iconv-lite name for the encoding option, and the old aliases', () => {
    expect(canonicalEncoding('Shift_JIS')).toBe('shift_jis');
    expect(canonicalEncoding('latin-1')).toBe('windows-1252');
    expect(canonicalEncoding('utf-16')).toBe('utf-16le');
    expect(canonicalEncoding('klingon')).toBeNull();
  });
});
