import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { RejectedRow } from '@living-schema/core';
import type { OverlongRecord } from './csv-record-scan.js';

/** Bytes of a record over the line limit kept in the quarantine (the sink keeps up to 64 KiB). */
export const OVERLONG_PREVIEW_BYTES = 10_000;

/**
 * Copies the file without the bytes of the given records (each leaves its line end behind, an
 * empty line DuckDB skips and still counts, so the lines after it keep their numbers). DuckDB
 * then never meets a record longer than its read buffer, which it would drop without a word.
 */
export async function copyWithoutRecords(path: string, destination: string, records: OverlongRecord[]): Promise<void> {
  const out = createWriteStream(destination);
  const closed = once(out, 'close');
  let position = 0;
  let next = 0;
  try {
    for await (const data of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
      const chunk = data as Buffer;
      const kept = keptParts(chunk, position, records, next);
      next = kept.next;
      for (const part of kept.parts) if (!out.write(part)) await once(out, 'drain');
      position += chunk.length;
    }
  } finally {
    out.end();
    await closed;
  }
}

/** The parts of one chunk (starting at file offset `position`) outside the records to cut. */
function keptParts(chunk: Buffer, position: number, records: OverlongRecord[], first: number): { parts: Buffer[]; next: number } {
  const parts: Buffer[] = [];
  let at = 0;
  let next = first;
  while (at < chunk.length) {
    const record = records[next];
    const cutFrom = record ? record.byteOffset - position : chunk.length;
    if (cutFrom > at) parts.push(chunk.subarray(at, Math.min(cutFrom, chunk.length)));
    if (!record || cutFrom >= chunk.length) break;
    const cutTo = record.byteOffset + record.byteLength - position;
    at = Math.max(at, Math.min(cutTo, chunk.length));
    if (cutTo <= chunk.length) next += 1;
  }
  return { parts, next };
}

/** The quarantine entry of a record over the limit: where it is, its size, and its first bytes. */
export function overlongRejection(record: OverlongRecord, linesBeforeData: number, maxLineBytes: number): RejectedRow {
  const preview = wholeCharacters(record.preview);
  const cut = preview.length < record.byteLength ? `; the raw text kept is its first ${preview.length} bytes` : '';
  return {
    row: record.line - linesBeforeData,
    raw: preview.toString('utf8'),
    reason: `Line size over maximum: the record on line ${record.line} (from byte ${record.byteOffset}) is ${record.byteLength} bytes, over the limit of ${maxLineBytes} (the csv source's maxLineBytes option)${cut}`,
  };
}

/**
 * The refusal's reason for a line before the data (the header, a skipped line) over the limit:
 * without it no column is known, so no record can be read or quarantined.
 */
export function overlongLineReason(record: OverlongRecord, maxLineBytes: number): string {
  return `its header (line ${record.line}, from byte ${record.byteOffset}) is ${record.byteLength} bytes, over the line limit of ${maxLineBytes} (the csv source's maxLineBytes option); no column can be read from it (a file without line ends is one such line)`;
}

/** Drops a UTF-8 sequence cut at the end of the preview. */
function wholeCharacters(bytes: Buffer): Buffer {
  let end = bytes.length;
  for (let back = 1; back <= 3 && end - back >= 0; back += 1) {
    const byte = bytes[end - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    if (needed > back) end -= back;
    break;
  }
  return bytes.subarray(0, end);
}
