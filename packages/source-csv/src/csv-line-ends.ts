import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';

const CR = 0x0d;
const LF = 0x0a;

/**
 * Copies a file with every line end written as `\n` (`\r\n` and a lone `\r` alike), streamed.
 * DuckDB's sniffer settles on one line end and refuses a file that mixes them (an export appended
 * to on another system); the copy reads the way the file was meant. A line end inside a quoted
 * value becomes `\n` too: the value keeps its line break.
 */
export async function normaliseLineEnds(path: string, destination: string): Promise<void> {
  const out = createWriteStream(destination);
  const closed = once(out, 'close');
  // The previous chunk ended in CR: an LF opening this one belongs to that line end.
  let afterCr = false;
  try {
    for await (const data of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
      const chunk = data as Buffer;
      const start = afterCr && chunk[0] === LF ? 1 : 0;
      afterCr = chunk[chunk.length - 1] === CR;
      if (!out.write(withLfOnly(chunk.subarray(start)))) await once(out, 'drain');
    }
  } finally {
    out.end();
    await closed;
  }
}

/** The chunk with `\r\n` as `\n` and every other `\r` as `\n`. */
function withLfOnly(chunk: Buffer): Buffer {
  if (chunk.indexOf(CR) < 0) return chunk;
  const out = Buffer.allocUnsafe(chunk.length);
  let length = 0;
  for (let i = 0; i < chunk.length; i += 1) {
    const byte = chunk[i]!;
    if (byte !== CR) out[length++] = byte;
    else if (chunk[i + 1] !== LF) out[length++] = LF;
  }
  return out.subarray(0, length);
}
