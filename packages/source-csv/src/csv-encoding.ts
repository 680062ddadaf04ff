import { isUtf8 } from 'node:buffer';
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { analyse } from 'chardet';
import iconv from 'iconv-lite';

/**
 * A text encoding by its canonical lower-case name (`utf-8`, `utf-16le`, `shift_jis`,
 * `iso-8859-7`, `windows-1252`...): what the batch reports, and what the file is decoded with.
 */
export type EncodingName = string;

export interface EncodingDetection {
  /** `null` when the bytes do not look like text at all. */
  encoding: EncodingName | null;
  notTextReason?: string;
}

/** Bytes the statistical detector looks at (its models need a few kB; more only costs time). */
const DETECTOR_SAMPLE_BYTES = 64 * 1024;
/** Below this confidence (0-100) the detector's guess is not taken: Windows-1252 is. */
const DETECTOR_MIN_CONFIDENCE = 20;

/**
 * The detector's names for encodings whose superset is what writers really use: ISO-8859-1 text
 * from Windows is Windows-1252 (0x80-0x9F are its curly quotes and the euro sign, never the C1
 * controls ISO-8859-1 has there).
 */
const SUPERSET: Record<string, EncodingName> = { 'iso-8859-1': 'windows-1252', ascii: 'utf-8' };

/** The names the `encoding` option accepted before detection (kept as aliases). */
const ALIASES: Record<string, EncodingName> = {
  'utf-16': 'utf-16le',
  'latin-1': 'windows-1252',
  latin1: 'windows-1252',
  utf8: 'utf-8',
};

/** An encoding name as the source uses it, or null when iconv-lite cannot decode it. */
export function canonicalEncoding(name: string): EncodingName | null {
  const lower = name.trim().toLowerCase();
  const named = ALIASES[lower] ?? SUPERSET[lower] ?? lower;
  return iconv.encodingExists(named) ? named : null;
}

/**
 * The encoding of a file from its first bytes: a byte-order mark; else valid UTF-8 (a multi-byte
 * character cut at the sample's end is no error); else the NUL pattern of BOM-less UTF-16; else
 * the statistical detector (chardet: Shift-JIS, EUC-KR, GB18030, ISO-8859-7, Windows-1251...).
 * A few NUL bytes in otherwise clean text do not make it binary: DuckDB reads them as characters.
 */
export function detectEncoding(sample: Buffer, truncated: boolean): EncodingDetection {
  if (sample.length >= 3 && sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf)
    return { encoding: 'utf-8' };
  if (sample.length >= 2 && sample[0] === 0xff && sample[1] === 0xfe)
    return { encoding: 'utf-16le' };
  if (sample.length >= 2 && sample[0] === 0xfe && sample[1] === 0xff)
    return { encoding: 'utf-16be' };
  const bytes = controlBytes(sample);
  // UTF-16 text without a BOM: ASCII characters leave a NUL in every other byte.
  if (bytes.nul > sample.length / 4 && bytes.nulAtOdd > bytes.nul * 0.9)
    return { encoding: 'utf-16le' };
  if (bytes.nul > sample.length / 4 && bytes.nulAtOdd < bytes.nul * 0.1)
    return { encoding: 'utf-16be' };
  if (bytes.nul > Math.max(8, sample.length / 1000) || bytes.control > sample.length / 100) {
    return {
      encoding: null,
      notTextReason: `it looks like binary data, not delimited text (${bytes.nul} NUL and ${bytes.control} other control bytes in the first ${sample.length} bytes)`,
    };
  }
  if (isUtf8(sample.subarray(0, truncated ? wholeUtf8End(sample) : sample.length)))
    return { encoding: 'utf-8' };
  return { encoding: detectLegacyEncoding(sample) };
}

function controlBytes(sample: Buffer): { nul: number; nulAtOdd: number; control: number } {
  let nul = 0;
  let nulAtOdd = 0;
  let control = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const byte = sample[i]!;
    if (byte === 0) {
      nul += 1;
      if (i % 2 === 1) nulAtOdd += 1;
    } else if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c)
      control += 1;
  }
  return { nul, nulAtOdd, control };
}

/** The end of the sample without a multi-byte UTF-8 character cut at its end. */
function wholeUtf8End(sample: Buffer): number {
  for (let back = 1; back <= 3 && sample.length - back >= 0; back += 1) {
    const byte = sample[sample.length - back]!;
    if ((byte & 0xc0) === 0xc0) return sample.length - back;
    if ((byte & 0x80) === 0) break;
  }
  return sample.length;
}

/** The detector's best guess that iconv-lite can decode, else Windows-1252 (no byte is lost). */
function detectLegacyEncoding(sample: Buffer): EncodingName {
  const matches = analyse(sample.subarray(0, DETECTOR_SAMPLE_BYTES));
  for (const match of matches) {
    if (match.confidence < DETECTOR_MIN_CONFIDENCE) break;
    const name = canonicalEncoding(match.name);
    // Not UTF-8 (checked above), and UTF-16/32 without their NUL pattern is a misreading.
    if (name && name !== 'utf-8' && !/^utf-(16|32)/.test(name)) return name;
  }
  return 'windows-1252';
}

/**
 * Windows-1252's characters for bytes 0x80-0x9F (Latin-1 has control codes there); the five bytes
 * it leaves undefined keep their Latin-1 control code, so every byte maps to a character.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Buffer): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    let part = '';
    for (const byte of chunk)
      part += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
    text += part;
  }
  return text;
}

/** One line (or block of lines) as UTF-8: kept when it already is, else decoded as Windows-1252. */
function lineToUtf8(line: Buffer, everyLine: boolean): Buffer {
  if (!everyLine && isUtf8(line)) return line;
  return Buffer.from(decodeWindows1252(line), 'utf8');
}

/** A write stream and a write that waits for it to drain. */
function output(destination: string) {
  const out = createWriteStream(destination);
  const closed = once(out, 'close');
  return {
    write: async (chunk: Buffer) => {
      if (chunk.length > 0 && !out.write(chunk)) await once(out, 'drain');
    },
    close: async () => {
      out.end();
      await closed;
    },
  };
}

/**
 * Rewrites a text file that is not (all) UTF-8 as UTF-8. Line by line: a line that is valid UTF-8
 * is kept, any other line is decoded as Windows-1252 (the superset of Latin-1 that Excel and
 * Windows tools write). A file mixing the two (an export appended to by another tool) keeps its
 * UTF-8 lines intact. With `everyLine`, every line is decoded as Windows-1252 (the encoding was
 * named).
 */
export async function transcodeToUtf8(
  path: string,
  destination: string,
  options: { everyLine?: boolean } = {}
): Promise<void> {
  const out = output(destination);
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
        await out.write(block);
        continue;
      }
      for (let start = 0; start < block.length; ) {
        const next = block.indexOf(0x0a, start);
        const stop = next < 0 ? block.length : next + 1;
        await out.write(lineToUtf8(block.subarray(start, stop), everyLine));
        start = stop;
      }
    }
    if (carry.length) await out.write(lineToUtf8(carry, everyLine));
  } finally {
    await out.close();
  }
}

/**
 * Rewrites a file in `encoding` (any iconv-lite knows; `named` when the user said so) as UTF-8, streamed: a character split
 * between two reads is decoded whole, a byte-order mark is dropped. The source reads every file as
 * UTF-8: its record count and line limit are in UTF-8 bytes, as DuckDB measures them.
 */
export async function decodeToUtf8(
  path: string,
  destination: string,
  encoding: EncodingName,
  options: { named?: boolean } = {}
): Promise<void> {
  // Detected, not named: a line that is UTF-8 stays as it is (see transcodeToUtf8).
  if (encoding === 'windows-1252')
    return transcodeToUtf8(path, destination, { everyLine: options.named ?? false });
  const out = output(destination);
  const decoder = iconv.getDecoder(encoding);
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 }))
      await out.write(Buffer.from(decoder.write(chunk as Buffer), 'utf8'));
    await out.write(Buffer.from(decoder.end() ?? '', 'utf8'));
  } finally {
    await out.close();
  }
}
