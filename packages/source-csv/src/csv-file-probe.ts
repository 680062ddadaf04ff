import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
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

/**
 * Windows-1252's characters for bytes 0x80-0x9F (Latin-1 has control codes there); the five bytes
 * it leaves undefined keep their Latin-1 control code, so every byte maps to a character. (Node's
 * TextDecoder treats 'windows-1252' as plain Latin-1, hence the table.)
 */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Buffer): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    let part = '';
    for (const byte of chunk) part += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
    text += part;
  }
  return text;
}

/** One line (or block of lines) as UTF-8: kept when it already is, else decoded as Windows-1252. */
function lineToUtf8(line: Buffer, everyLine: boolean): Buffer {
  if (!everyLine && isUtf8(line)) return line;
  return Buffer.from(decodeWindows1252(line), 'utf8');
}

/**
 * Rewrites a text file that is not (all) UTF-8 as UTF-8. Line by line: a line that is valid UTF-8
 * is kept, any other line is decoded as Windows-1252 (the superset of Latin-1 that Excel and
 * Windows tools write: curly quotes, the euro sign and the rest of 0x80-0x9F map to characters, so
 * no byte is lost). A file mixing the two (an export appended to by another tool) keeps its UTF-8
 * lines intact. With `everyLine`, every line is decoded as Windows-1252 (the encoding was named).
 */
export async function transcodeToUtf8(path: string, destination: string, options: { everyLine?: boolean } = {}): Promise<void> {
  const out = createWriteStream(destination);
  const closed = once(out, 'close');
  const write = async (chunk: Buffer) => {
    if (!out.write(chunk)) await once(out, 'drain');
  };
  const everyLine = options.everyLine ?? false;
  let carry: Buffer = Buffer.alloc(0);
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
      const data = carry.length ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
      const end = data.lastIndexOf(0x0a) + 1;
      // No line end in a long stretch: convert it as it is (only a multi-byte character cut at
      // the boundary could decode differently, and only in a line over 64 MiB).
      const cut = end > 0 ? end : data.length > 64 * 1024 * 1024 ? data.length : 0;
      carry = data.subarray(cut);
      const block = data.subarray(0, cut);
      if (block.length === 0) continue;
      if (!everyLine && isUtf8(block)) {
        await write(block);
        continue;
      }
      let start = 0;
      while (start < block.length) {
        const next = block.indexOf(0x0a, start);
        const stop = next < 0 ? block.length : next + 1;
        await write(lineToUtf8(block.subarray(start, stop), everyLine));
        start = stop;
      }
    }
    if (carry.length) await write(lineToUtf8(carry, everyLine));
  } finally {
    out.end();
    await closed;
  }
}

/**
 * Rewrites a UTF-16 (little-endian) text file as UTF-8, streamed (a character split between two
 * reads is decoded whole; the byte-order mark is dropped). The source reads every file as UTF-8:
 * its record count and line limit are in UTF-8 bytes, as DuckDB measures them.
 */
export async function transcodeUtf16ToUtf8(path: string, destination: string): Promise<void> {
  const out = createWriteStream(destination);
  const closed = once(out, 'close');
  const decoder = new TextDecoder('utf-16le');
  const write = async (text: string) => {
    if (text !== '' && !out.write(Buffer.from(text, 'utf8'))) await once(out, 'drain');
  };
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) await write(decoder.decode(chunk as Buffer, { stream: true }));
    await write(decoder.decode());
  } finally {
    out.end();
    await closed;
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
