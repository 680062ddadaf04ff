import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { createGunzip } from 'node:zlib';
import { Decompress } from 'fzstd';

/** The compressions DuckDB's `read_csv` reads by name ending; the source reads the same. */
export type Compression = 'gzip' | 'zstd';

const ENDINGS: Array<[RegExp, Compression]> = [
  [/\.(gz|gzip)$/i, 'gzip'],
  [/\.(zst|zstd)$/i, 'zstd'],
];
const MAGIC: Record<Compression, number[]> = { gzip: [0x1f, 0x8b], zstd: [0x28, 0xb5, 0x2f, 0xfd] };

/** Raised for a compressed file that cannot be unpacked; the message is the reason. */
export class CompressedUnreadable extends Error {}

/** The compression a file's name says (`vessels.csv.gz` -> gzip), or null. */
export function compressionOf(path: string): Compression | null {
  return ENDINGS.find(([ending]) => ending.test(path))?.[1] ?? null;
}

/** The name without its compression ending (`vessels.csv.gz` -> `vessels.csv`). */
export function withoutCompressionEnding(path: string): string {
  const found = ENDINGS.find(([ending]) => ending.test(path));
  return found ? path.replace(found[0], '') : path;
}

/**
 * Unpacks a gzip or zstd file to `destination`, streamed, counting the bytes written: past
 * `maxBytes` it stops and refuses the file (a decompression bomb is never written out whole).
 */
export async function decompress(
  path: string,
  destination: string,
  compression: Compression,
  maxBytes: number
): Promise<void> {
  await checkMagic(path, compression);
  const out = createWriteStream(destination);
  const closed = once(out, 'close');
  let written = 0;
  const write = async (chunk: Uint8Array) => {
    written += chunk.length;
    if (written > maxBytes)
      throw new CompressedUnreadable(
        `it unpacks to more than ${maxBytes} bytes (the csv source's maxUncompressedBytes option): refused as a possible decompression bomb`
      );
    if (!out.write(chunk)) await once(out, 'drain');
  };
  try {
    if (compression === 'gzip') await gunzip(path, write);
    else await unzstd(path, write);
  } catch (error) {
    if (error instanceof CompressedUnreadable) throw error;
    throw new CompressedUnreadable(
      `its ${compression} data is damaged (${(error as Error).message})`
    );
  } finally {
    out.end();
    await closed;
  }
}

async function checkMagic(path: string, compression: Compression): Promise<void> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    const magic = MAGIC[compression];
    if (bytesRead < magic.length || magic.some((byte, i) => head[i] !== byte)) {
      throw new CompressedUnreadable(
        `its name ends in ${basename(path).slice(
          withoutCompressionEnding(basename(path)).length
        )} but it is not ${compression} data (rename it without that ending if it is plain text)`
      );
    }
  } finally {
    await handle.close();
  }
}

async function gunzip(path: string, write: (chunk: Uint8Array) => Promise<void>): Promise<void> {
  const input = createReadStream(path, { highWaterMark: 1024 * 1024 });
  const stream = input.pipe(createGunzip());
  input.on('error', (error) => stream.destroy(error));
  try {
    for await (const chunk of stream) await write(chunk as Buffer);
  } finally {
    stream.destroy();
  }
}

/** Bytes of input handed to the zstd decoder at once, and the most they may unpack to in memory. */
const ZSTD_INPUT_BYTES = 64 * 1024;
const ZSTD_PENDING_BYTES = 64 * 1024 * 1024;

/**
 * zstd through fzstd (node 20's zlib has none), in the same streamed, bounded way. The decoder
 * hands over whole blocks synchronously, so a 64 KiB piece unpacking to over 64 MiB (1024:1, far
 * past any real CSV) is refused before it is held in memory.
 */
async function unzstd(path: string, write: (chunk: Uint8Array) => Promise<void>): Promise<void> {
  const pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const decoder = new Decompress((chunk) => {
    pendingBytes += chunk.length;
    if (pendingBytes > ZSTD_PENDING_BYTES)
      throw new CompressedUnreadable(
        `a ${ZSTD_INPUT_BYTES}-byte piece of it unpacks to over ${ZSTD_PENDING_BYTES} bytes: refused as a possible decompression bomb`
      );
    pending.push(chunk);
  });
  const flush = async () => {
    for (const chunk of pending.splice(0)) await write(chunk);
    pendingBytes = 0;
  };
  for await (const chunk of createReadStream(path, { highWaterMark: ZSTD_INPUT_BYTES })) {
    decoder.push(chunk as Buffer);
    await flush();
  }
  decoder.push(new Uint8Array(0), true);
  await flush();
}
