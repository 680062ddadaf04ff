import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';

export type TextEncoding = 'utf-8' | 'utf-16' | 'latin-1';

export interface FileProbe {
  sizeBytes: number;
  /** `null` when the bytes do not look like text at all. */
  encoding: TextEncoding | null;
  /** Why the file is not text (when `encoding` is null). */
  notTextReason?: string;
  /** The file starts with a zip signature (an XLSX or other zip container). */
  isZip: boolean;
}

const SAMPLE_BYTES = 1024 * 1024;

/**
 * Looks at the first megabyte of a file: byte-order mark, UTF-8 validity, NUL pattern and
 * control characters. A UTF-8 file with a Latin-1 byte further on is caught later, when
 * DuckDB's reader reports invalid Unicode (the caller re-reads as Latin-1).
 */
export async function probeFile(path: string): Promise<FileProbe> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const buffer = Buffer.alloc(Math.min(size, SAMPLE_BYTES));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const sample = buffer.subarray(0, bytesRead);
    return { sizeBytes: size, isZip: sample[0] === 0x50 && sample[1] === 0x4b && sample[2] === 0x03 && sample[3] === 0x04, ...detectEncoding(sample, size > bytesRead) };
  } finally {
    await handle.close();
  }
}

export function detectEncoding(sample: Buffer, truncated: boolean): { encoding: TextEncoding | null; notTextReason?: string } {
  if (sample.length >= 3 && sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: 'utf-8' };
  if (sample.length >= 2 && sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16' };
  if (sample.length >= 2 && sample[0] === 0xfe && sample[1] === 0xff) {
    return { encoding: null, notTextReason: 'it is UTF-16 big-endian text, which the reader does not support; convert it to UTF-8 (e.g. iconv -f UTF-16BE -t UTF-8)' };
  }
  let nul = 0;
  let nulAtOdd = 0;
  let control = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const byte = sample[i]!;
    if (byte === 0) {
      nul += 1;
      if (i % 2 === 1) nulAtOdd += 1;
    } else if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control += 1;
  }
  // UTF-16LE text without a BOM: ASCII characters leave a NUL in every odd byte.
  if (nul > sample.length / 4 && nulAtOdd > nul * 0.9) return { encoding: 'utf-16' };
  if (nul > 0 || control > sample.length / 100) {
    return { encoding: null, notTextReason: `it looks like binary data, not delimited text (${nul} NUL and ${control} other control bytes in the first ${sample.length} bytes)` };
  }
  // A multi-byte character cut at the end of the sample is not an error.
  let end = sample.length;
  if (truncated) {
    for (let back = 1; back <= 3 && end - back >= 0; back += 1) {
      const byte = sample[end - back]!;
      if ((byte & 0xc0) === 0xc0) {
        end -= back;
        break;
      }
      if ((byte & 0x80) === 0) break;
    }
  }
  return { encoding: isUtf8(sample.subarray(0, end)) ? 'utf-8' : 'latin-1' };
}

/** sha256 of a file's bytes, streamed in 1 MiB reads (constant memory, half the calls of the default 64 KiB). */
export async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
