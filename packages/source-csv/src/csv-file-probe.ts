import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { detectEncoding, type EncodingName } from './csv-encoding.js';

/** The encodings DuckDB's reader is given: the source hands it UTF-8 (it decodes the rest first). */
export type TextEncoding = 'utf-8' | 'utf-16' | 'latin-1';

export interface FileProbe {
  sizeBytes: number;
  /** `null` when the bytes do not look like text at all. */
  encoding: EncodingName | null;
  /** Why the file is not text (when `encoding` is null). */
  notTextReason?: string;
  /** The file starts with a zip signature (an XLSX or other zip container). */
  isZip: boolean;
}

const SAMPLE_BYTES = 1024 * 1024;

/** The file's first bytes (256 KiB by default): the sample dialect hints are taken from. */
export async function readHead(path: string, bytes = 256 * 1024): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

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
    const isZip = sample[0] === 0x50 && sample[1] === 0x4b && sample[2] === 0x03 && sample[3] === 0x04;
    const format = isZip ? null : binaryFormat(sample);
    if (format) return { sizeBytes: size, isZip, encoding: null, notTextReason: `it is ${format}, not delimited text` };
    return { sizeBytes: size, isZip, ...detectEncoding(sample, size > bytesRead) };
  } finally {
    await handle.close();
  }
}

const startsWith = (sample: Buffer, bytes: number[] | string, at = 0) => {
  const signature = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : Buffer.from(bytes);
  return sample.length >= at + signature.length && sample.subarray(at, at + signature.length).equals(signature);
};

/**
 * Names a file format by its magic bytes, so a PDF, image, database or compressed file saved
 * under a .csv name is refused as what it is, not parsed as (mostly ASCII) text.
 */
export function binaryFormat(sample: Buffer): string | null {
  if (startsWith(sample, '%PDF-')) return 'a PDF document (name it .pdf to read its text with the ocr source)';
  if (startsWith(sample, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'a PNG image';
  if (startsWith(sample, [0xff, 0xd8, 0xff])) return 'a JPEG image';
  if (startsWith(sample, 'GIF87a') || startsWith(sample, 'GIF89a')) return 'a GIF image';
  if (startsWith(sample, 'RIFF') && startsWith(sample, 'WEBP', 8)) return 'a WebP image';
  if (startsWith(sample, [0x1f, 0x8b])) return 'a gzip-compressed file (decompress it first)';
  if (startsWith(sample, [0x28, 0xb5, 0x2f, 0xfd])) return 'a zstd-compressed file (decompress it first)';
  if (startsWith(sample, 'BZh') && sample.length > 3 && sample[3]! >= 0x31 && sample[3]! <= 0x39) return 'a bzip2-compressed file (decompress it first)';
  if (startsWith(sample, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])) return 'an xz-compressed file (decompress it first)';
  if (startsWith(sample, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return 'a 7-Zip archive';
  if (startsWith(sample, 'PAR1')) return 'a Parquet file';
  if (startsWith(sample, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'a legacy Excel .xls (or other OLE2) file (save it as .xlsx or CSV)';
  if (startsWith(sample, 'SQLite format 3\u0000')) return 'an SQLite database';
  if (startsWith(sample, 'DUCK', 8)) return 'a DuckDB database';
  if (startsWith(sample, [0x7f, 0x45, 0x4c, 0x46])) return 'an executable (ELF)';
  return null;
}

/**
 * The number of fields on the first line of a delimited sample, counted for each likely
 * delimiter outside double quotes (the largest count wins), and whether the line ended inside the
 * sample. Cheap enough to run before DuckDB's sniffer, whose memory grows with the column count.
 */
export function firstLineFieldCount(sample: Buffer, encoding: TextEncoding, delimiter?: string): { fields: number; complete: boolean } {
  const text = encoding === 'utf-16' ? sample.subarray(sample[0] === 0xff && sample[1] === 0xfe ? 2 : 0).toString('utf16le') : sample.toString('latin1');
  const delimiters = delimiter ? [delimiter] : [',', ';', '\t', '|'];
  const counts = new Map(delimiters.map((d) => [d, 0]));
  let quoted = false;
  let complete = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      complete = true;
      break;
    } else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  return { fields: Math.max(...counts.values()) + 1, complete };
}

/** sha256 of a file's bytes, streamed in 1 MiB reads (constant memory, half the calls of the default 64 KiB). */
export async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
