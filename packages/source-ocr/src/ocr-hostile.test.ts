import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { DocumentPage } from '@living-schema/core';
import type { OcrEngine } from './ocr-engine.js';
import { imageInfo } from './ocr-image-info.js';
import { renderScale } from './ocr-pdf.js';
import { writeSimplePdf } from './ocr-pdf-writer.js';
import { renderTextImage } from './ocr-render.js';
import { ocr } from './ocr-source.js';

// Regressions found by the repository's hostile input corpus (test/corpus). A fake engine stands
// in for Tesseract: these tests are about what reaches it, not about recognition.

/** An engine that records the pixel size of every image it is given. */
function recordingEngine(): OcrEngine & { seen: Array<{ width: number; height: number }> } {
  const seen: Array<{ width: number; height: number }> = [];
  return {
    name: 'recording',
    seen,
    async recognize(image) {
      const info = imageInfo(image)!;
      seen.push({ width: info.width, height: info.height });
      return { text: 'recognised', confidence: 90 };
    },
  };
}

const dir = mkdtempSync(join(tmpdir(), 'ls-ocr-hostile-'));
const write = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

async function read(source: ReturnType<typeof ocr>, path: string): Promise<DocumentPage[]> {
  const rows: DocumentPage[] = [];
  for await (const batch of source.read(path, { tempDirectory: dir })) if (batch.payload.format === 'rows') rows.push(...(batch.payload.rows as unknown as DocumentPage[]));
  return rows;
}

/** A PNG whose header declares `width` x `height` over almost no pixel data. */
function pngDeclaring(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    return Buffer.concat([length, Buffer.from(type), data, Buffer.alloc(4)]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.alloc(64))), chunk('IEND', Buffer.alloc(0))]);
}

describe('hostile inputs to the ocr source', () => {
  it('a page 200 inches square is rendered within maxPixels (it failed with "Create skia surface failed", naming no file)', async () => {
    const engine = recordingEngine();
    const path = write('poster.pdf', writeSimplePdf([{ kind: 'text', lines: ['ab'], width: 14_400, height: 14_400 }]));
    const rows = await read(ocr({ engine, maxPixels: 4_000_000 }), path);
    expect(rows.map((r) => [r.text, r.extractionMethod])).toEqual([['recognised', 'ocr']]);
    expect(engine.seen).toHaveLength(1);
    expect(engine.seen[0]!.width * engine.seen[0]!.height).toBeLessThanOrEqual(4_000_000 * 1.01);
    expect(renderScale(612, 792, 300)).toBeCloseTo(300 / 72);
    expect(renderScale(14_400, 14_400, 300, 25_000_000)).toBeCloseTo(Math.sqrt(25_000_000) / 14_400);
  });

  it('pages that draw nothing are not rendered or OCR\'d (a PDF of empty pages cost half a second of OCR per page)', async () => {
    const engine = recordingEngine();
    const scan = renderTextImage(['Aurora']);
    const pages = [...Array.from({ length: 300 }, () => ({ kind: 'text' as const, lines: [] })), { kind: 'image' as const, jpeg: scan.jpeg, pixelWidth: scan.width, pixelHeight: scan.height }];
    const rows = await read(ocr({ engine }), write('blank.pdf', writeSimplePdf(pages)));
    expect(rows).toHaveLength(301);
    expect(rows.slice(0, 300).every((r) => r.text === '' && r.extractionMethod === 'text-layer')).toBe(true);
    expect(rows[300]).toMatchObject({ text: 'recognised', extractionMethod: 'ocr' });
    expect(engine.seen).toHaveLength(1);
  });

  it('a PDF with more scanned pages than maxOcrPages is refused at the limit, naming the option; text pages do not count', async () => {
    const scan = renderTextImage(['Aurora'], 10);
    const image = { kind: 'image' as const, jpeg: scan.jpeg, pixelWidth: scan.width, pixelHeight: scan.height };
    const text = { kind: 'text' as const, lines: ['Port state control report for the vessel Aurora'] };
    const engine = { ...recordingEngine(), concurrency: 2 };
    const path = write('thick-scan.pdf', writeSimplePdf([text, ...Array.from({ length: 40 }, () => image)]));
    await expect(read(ocr({ engine, maxOcrPages: 5, dpi: 72 }), path)).rejects.toMatchObject({
      code: 'LS_INPUT_UNREADABLE',
      message: expect.stringMatching(/^thick-scan\.pdf: refused, more than 5 of its 41 pages have no text layer and would need OCR \(the ocr source's maxOcrPages option\)/),
    });
    // The pool stops at the refusal: at most the pages already in flight are recognised.
    expect(engine.seen.length).toBeGreaterThanOrEqual(5);
    expect(engine.seen.length).toBeLessThanOrEqual(5 + engine.concurrency);
    // Within the limit, and with text pages beside the scans, the document loads.
    const within = await read(ocr({ engine: recordingEngine(), maxOcrPages: 3, dpi: 72 }), write('thin-scan.pdf', writeSimplePdf([text, text, image, image, image])));
    expect(within.map((r) => r.extractionMethod)).toEqual(['text-layer', 'text-layer', 'ocr', 'ocr', 'ocr']);
    expect(() => ocr({ maxOcrPages: 0 })).toThrow(/maxOcrPages/);
  });

  it('an image declaring 900 megapixels is refused before it is decoded; non-images named as images are refused naming what they are', async () => {
    const engine = recordingEngine();
    const source = ocr({ engine });
    await expect(read(source, write('bomb.png', pngDeclaring(30_000, 30_000)))).rejects.toMatchObject({
      code: 'LS_INPUT_UNREADABLE',
      message: expect.stringMatching(/^bomb\.png: refused, it declares 30000 x 30000 pixels \(900 megapixels\), over the limit of 25/),
    });
    await expect(read(source, write('doc.png', writeSimplePdf([{ kind: 'text', lines: ['x'] }])))).rejects.toMatchObject({ message: 'doc.png: refused, it is a PDF document, not an image (name it .pdf).' });
    await expect(read(source, write('empty.jpg', ''))).rejects.toMatchObject({ message: 'empty.jpg: refused, the file is empty (0 bytes).' });
    await expect(read(source, write('cut.png', pngDeclaring(10, 10).subarray(0, 12)))).rejects.toMatchObject({ message: expect.stringMatching(/^cut\.png: refused, its PNG header is truncated/) });
    await expect(read(source, write('noise.bmp', Buffer.from('not an image at all')))).rejects.toMatchObject({ message: expect.stringMatching(/^noise\.bmp: refused, it is not a PNG, JPEG/) });
    expect(engine.seen).toHaveLength(0);
  });

  it('reads the pixel size of PNG, JPEG, BMP, WebP and PBM headers', () => {
    const image = renderTextImage(['Size']);
    expect(imageInfo(image.png)).toEqual({ format: 'png', width: image.width, height: image.height });
    expect(imageInfo(image.jpeg)).toEqual({ format: 'jpeg', width: image.width, height: image.height });
    const bmp = Buffer.alloc(54);
    bmp.write('BM', 0, 'latin1');
    bmp.writeUInt32LE(54, 2);
    bmp.writeUInt32LE(40, 14);
    bmp.writeInt32LE(640, 18);
    bmp.writeInt32LE(-480, 22);
    expect(imageInfo(bmp)).toEqual({ format: 'bmp', width: 640, height: 480 });
    const webp = Buffer.alloc(30);
    webp.write('RIFF', 0, 'latin1');
    webp.write('WEBPVP8X', 8, 'latin1');
    webp.writeUIntLE(1023, 24, 3);
    webp.writeUIntLE(767, 27, 3);
    expect(imageInfo(webp)).toEqual({ format: 'webp', width: 1024, height: 768 });
    expect(imageInfo(Buffer.from('P4\n# scanner\n2480 3508\n'))).toEqual({ format: 'pnm', width: 2480, height: 3508 });
    expect(imageInfo(Buffer.from('id,name\n'))).toBeNull();
  });
});
