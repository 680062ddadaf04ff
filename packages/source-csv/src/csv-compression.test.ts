import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { compressionOf, decompress, withoutCompressionEnding } from './csv-compression.js';

const directory = mkdtempSync(join(tmpdir(), 'ls-csv-compression-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('compressed delimited files', () => {
  it('knows a compressed file by its name and strips only the compression ending', () => {
    expect(compressionOf('/x/vessels.csv.gz')).toBe('gzip');
    expect(compressionOf('/x/ports.TSV.ZST')).toBe('zstd');
    expect(compressionOf('/x/plain.csv')).toBeNull();
    expect(withoutCompressionEnding('/x/vessels.csv.gz')).toBe('/x/vessels.csv');
  });

  it('unpacks gzip exactly', async () => {
    const text = 'imo,name\n9100000,Aurora\n'.repeat(1000);
    writeFileSync(join(directory, 'a.csv.gz'), gzipSync(text));
    await decompress(join(directory, 'a.csv.gz'), join(directory, 'a.csv'), 'gzip', 1024 * 1024);
    expect(readFileSync(join(directory, 'a.csv'), 'utf8')).toBe(text);
  });

  it('stops a decompression bomb at maxUncompressedBytes, naming the option', async () => {
    writeFileSync(join(directory, 'bomb.csv.gz'), gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x61)));
    await expect(
      decompress(join(directory, 'bomb.csv.gz'), join(directory, 'bomb.csv'), 'gzip', 1024 * 1024)
    ).rejects.toThrow(
      /more than 1048576 bytes \(the csv source's maxUncompressedBytes option\).*decompression bomb/
    );
  });

  it('refuses a .gz name on bytes that are not gzip, and damaged gzip data', async () => {
    writeFileSync(join(directory, 'plain.csv.gz'), 'a,b\n1,2\n');
    await expect(
      decompress(join(directory, 'plain.csv.gz'), join(directory, 'p.csv'), 'gzip', 1e6)
    ).rejects.toThrow(/ends in \.gz but it is not gzip data/);
    const cut = gzipSync('a,b\n'.repeat(10_000)).subarray(0, 40);
    writeFileSync(join(directory, 'cut.csv.gz'), cut);
    await expect(
      decompress(join(directory, 'cut.csv.gz'), join(directory, 'c.csv'), 'gzip', 1e6)
    ).rejects.toThrow(/gzip data is damaged/);
  });
});
