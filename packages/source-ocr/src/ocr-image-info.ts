/** What an image file's header says: its format and pixel size (read without decoding it). */
export interface ImageInfo {
  format: 'png' | 'jpeg' | 'bmp' | 'webp' | 'pnm';
  width: number;
  height: number;
}

/**
 * Reads the format and pixel size from an image's header, so a decompression bomb (a small file
 * declaring 900 megapixels) is refused before any decoder allocates for it. `null` when the bytes
 * are none of the formats the ocr source reads. A header too short to hold its size gives 0 x 0.
 */
export function imageInfo(bytes: Uint8Array): ImageInfo | null {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return b.length >= 24 ? { format: 'png', width: b.readUInt32BE(16), height: b.readUInt32BE(20) } : { format: 'png', width: 0, height: 0 };
  }
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) {
    // Walk the markers to the first start-of-frame (SOF0-SOF15 but DHT, JPG and DAC).
    let at = 2;
    while (at + 9 < b.length) {
      if (b[at] !== 0xff) {
        at += 1;
        continue;
      }
      const marker = b[at + 1]!;
      if (marker === 0xff) {
        at += 1;
        continue;
      }
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return { format: 'jpeg', height: b.readUInt16BE(at + 5), width: b.readUInt16BE(at + 7) };
      if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
        at += 2;
        continue;
      }
      at += 2 + b.readUInt16BE(at + 2);
    }
    return { format: 'jpeg', width: 0, height: 0 };
  }
  if (b.length >= 26 && b[0] === 0x42 && b[1] === 0x4d && b.readUInt32LE(2) > 0 && b.readUInt32LE(14) >= 12) {
    const headerSize = b.readUInt32LE(14);
    if (headerSize === 12) return { format: 'bmp', width: b.readUInt16LE(18), height: b.readUInt16LE(20) };
    return { format: 'bmp', width: Math.abs(b.readInt32LE(18)), height: Math.abs(b.readInt32LE(22)) };
  }
  if (b.length >= 16 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') {
    const chunk = b.toString('latin1', 12, 16);
    if (chunk === 'VP8X' && b.length >= 30) return { format: 'webp', width: 1 + b.readUIntLE(24, 3), height: 1 + b.readUIntLE(27, 3) };
    if (chunk === 'VP8L' && b.length >= 25) {
      const bits = b.readUInt32LE(21);
      return { format: 'webp', width: 1 + (bits & 0x3fff), height: 1 + ((bits >> 14) & 0x3fff) };
    }
    if (chunk === 'VP8 ' && b.length >= 30) return { format: 'webp', width: b.readUInt16LE(26) & 0x3fff, height: b.readUInt16LE(28) & 0x3fff };
    return { format: 'webp', width: 0, height: 0 };
  }
  if (b.length >= 2 && b[0] === 0x50 && b[1]! >= 0x31 && b[1]! <= 0x36) {
    // PBM/PGM/PPM: "P4\n# comment\n<width> <height>".
    const head = b.toString('latin1', 2, Math.min(b.length, 1024)).replace(/#[^\n]*\n/g, ' ');
    const match = /^\s+(\d+)\s+(\d+)/.exec(head);
    if (match) return { format: 'pnm', width: Number(match[1]), height: Number(match[2]) };
  }
  return null;
}

/** A name for bytes that are not an image we read, for the refusal message. */
export function describeNonImage(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 8)).toString('latin1');
  if (bytes.length === 0) return 'the file is empty (0 bytes)';
  if (head.startsWith('%PDF-')) return 'it is a PDF document, not an image (name it .pdf)';
  if (head.startsWith('PK\u0003\u0004')) return 'it is a zip archive, not an image';
  return 'it is not a PNG, JPEG, BMP, WebP or PBM/PGM/PPM image (unrecognised header)';
}
