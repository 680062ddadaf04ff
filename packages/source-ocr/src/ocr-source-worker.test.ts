import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SourceWorkerPool, type Batch, type DocumentPage, type SourceV1 } from '@living-schema/core';
import type { OcrEngine } from './ocr-engine.js';
import { writeSimplePdf } from './ocr-pdf-writer.js';
import { ocr } from './ocr-source.js';

// The ocr source read in a worker thread (the reference server's way) gives what it gives on the
// calling thread: the same pages, the same refusals. The worker runs the built package (dist):
// build source-ocr and core first.

const dir = mkdtempSync(join(tmpdir(), 'ls-ocr-worker-'));
const pool = new SourceWorkerPool({ size: 1 });
afterAll(() => pool.close());

const write = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

async function pagesOf(batches: AsyncIterable<Batch>): Promise<DocumentPage[]> {
  const rows: DocumentPage[] = [];
  for await (const batch of batches) if (batch.payload.format === 'rows') rows.push(...(batch.payload.rows as unknown as DocumentPage[]));
  return rows;
}

const inThread = (source: SourceV1, path: string) => pagesOf(source.read(path, { tempDirectory: dir }));
const inWorker = (source: SourceV1, path: string) => pagesOf(pool.read(source, path, { tempDirectory: dir }));

describe('ocr source in a worker thread', () => {
  it('declares a recipe from its own options', () => {
    expect(ocr({ dpi: 150 }).worker).toEqual({ module: '@living-schema/source-ocr', exportName: 'ocr', options: { dpi: 150 } });
  });

  it('extracts the same pages from a text PDF as on the calling thread', async () => {
    const path = write('inspections.pdf', writeSimplePdf([{ kind: 'text', lines: ['MV Nordic Star', 'inspected at Rotterdam'] }, { kind: 'text', lines: ['MV Baltic Dawn', 'detained at Gdansk'] }]));
    const source = ocr();
    const here = await inThread(source, path);
    const there = await inWorker(source, path);
    expect(there).toEqual(here);
    expect(there.map((p) => [p.pageNumber, p.extractionMethod, p.text])).toEqual([
      [1, 'text-layer', 'MV Nordic Star\ninspected at Rotterdam'],
      [2, 'text-layer', 'MV Baltic Dawn\ndetained at Gdansk'],
    ]);
  });

  it('refuses a truncated PDF with the same LS_INPUT_UNREADABLE code, message and details', async () => {
    const whole = Buffer.from(writeSimplePdf([{ kind: 'text', lines: ['page one'] }]));
    const path = write('cut.pdf', whole.subarray(0, whole.length - 40));
    const here = await inThread(ocr(), path).catch((error) => error);
    const there = await inWorker(ocr(), path).catch((error) => error);
    expect(there).toMatchObject({ code: 'LS_INPUT_UNREADABLE', details: here.details });
    expect(there.message).toBe(here.message);
    expect(there.message).toMatch(/cut\.pdf: refused, truncated/);
  });

  it('a source given its own engine object has no recipe; the pool reads it on the calling thread, with that engine', async () => {
    let calls = 0;
    const engine: OcrEngine = { name: 'stand-in', recognize: async () => ((calls += 1), { text: 'recognised', confidence: 90 }) };
    const source = ocr({ engine });
    expect(source.worker).toBeUndefined();
    // Eight characters of text layer, under minTextCharacters (10): the page goes to the engine.
    const path = write('one.pdf', writeSimplePdf([{ kind: 'text', lines: ['two word'] }]));
    expect((await inWorker(source, path)).map((p) => [p.text, p.extractionMethod])).toEqual([['recognised', 'ocr']]);
    expect(calls).toBe(1);
  });
});
