import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLivingSchema, ErrorCodes, LivingSchemaError, type DocumentPage } from '@living-schema/core';
import { duckdb } from '@living-schema/sink-duckdb';
import { renderTextImage } from './ocr-render.js';
import type { OcrEngine } from './ocr-engine.js';
import { tesseractJs, resolveLangPath } from './ocr-engine-tesseract-js.js';
import { parseTesseractTsv } from './ocr-engine-tesseract-cli.js';
import { characterErrorRate } from './ocr-quality.js';
import { writeSimplePdf } from './ocr-pdf-writer.js';
import { ocr } from './ocr-source.js';

// One engine for the file: OCR is the expensive part, so the suite recognises three small pages.
const engine = tesseractJs({ workers: 2, idleTimeoutMs: 200 });
afterAll(() => engine.close?.());

const SCAN_LINES = ['Port state control report. The vessel Aurora', '(IMO 9100000), flagged in Liberia, was', 'inspected at Rotterdam on 2026-03-14.'];
const PNG_LINES = ['Galena, bulk carrier, gross tonnage 48213,', 'owned by Atlas Bulk, last port Busan.'];

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'ls-ocr-'));
}

async function readAll(source: ReturnType<typeof ocr>, path: string): Promise<DocumentPage[]> {
  const rows: DocumentPage[] = [];
  for await (const batch of source.read(path, { tempDirectory: tmpdir() })) {
    if (batch.payload.format === 'rows') rows.push(...(batch.payload.rows as unknown as DocumentPage[]));
  }
  return rows;
}

describe('ocr source', () => {
  it('reads a text-layer PDF page by page, without OCR', async () => {
    const calls: number[] = [];
    const counting: OcrEngine = { name: 'counting', recognize: async () => (calls.push(1), { text: '', confidence: null }) };
    const dir = folder();
    const path = join(dir, 'report.pdf');
    writeFileSync(path, writeSimplePdf([{ kind: 'text', lines: ['Inspection of the vessel Borealis', 'No deficiencies were recorded.'] }, { kind: 'text', lines: ['Second page: Piraeus'] }]));
    const rows = await readAll(ocr({ engine: counting }), path);
    expect(rows.map((r) => [r.pageNumber, r.text, r.extractionMethod, r.ocrConfidence])).toEqual([
      [1, 'Inspection of the vessel Borealis\nNo deficiencies were recorded.', 'text-layer', null],
      [2, 'Second page: Piraeus', 'text-layer', null],
    ]);
    expect(new Set(rows.map((r) => r.documentId)).size).toBe(1);
    expect(rows[0]!.documentId).toMatch(/^doc_[0-9a-f]{24}$/);
    expect(calls).toHaveLength(0);
  });

  it('OCRs a scanned PDF page and a PNG with tesseract.js and local language data, character error rate <= 2%', async () => {
    const dir = folder();
    const scan = renderTextImage(SCAN_LINES);
    writeFileSync(join(dir, 'scan.pdf'), writeSimplePdf([{ kind: 'image', jpeg: scan.jpeg, pixelWidth: scan.width, pixelHeight: scan.height }]));
    writeFileSync(join(dir, 'page.png'), renderTextImage(PNG_LINES).png);
    const source = ocr({ engine });
    const [scanned] = await readAll(source, join(dir, 'scan.pdf'));
    const [picture] = await readAll(source, join(dir, 'page.png'));
    expect(scanned!.extractionMethod).toBe('ocr');
    expect(picture!.extractionMethod).toBe('ocr');
    expect(scanned!.language).toBe('eng');
    expect(scanned!.ocrConfidence).toBeGreaterThan(80);
    const cerScan = characterErrorRate(scanned!.text, SCAN_LINES.join('\n'));
    const cerPng = characterErrorRate(picture!.text, PNG_LINES.join('\n'));
    expect(cerScan, scanned!.text).toBeLessThanOrEqual(0.02);
    expect(cerPng, picture!.text).toBeLessThanOrEqual(0.02);
  });

  it('refuses truncated, damaged and password-protected PDFs by name, and the other files still load', async () => {
    const dir = folder();
    const good = writeSimplePdf([{ kind: 'text', lines: ['A perfectly good report about Cassiopeia.'] }]);
    writeFileSync(join(dir, 'good.pdf'), good);
    writeFileSync(join(dir, 'truncated.pdf'), good.subarray(0, Math.floor(good.length * 0.6)));
    writeFileSync(join(dir, 'garbage.pdf'), Buffer.from('%PDF-1.4\nthis is not a pdf body\n%%EOF\n'));
    writeFileSync(join(dir, 'locked.pdf'), writeSimplePdf([{ kind: 'text', lines: ['secret'] }], { passwordProtected: true }));
    const ls = createLivingSchema({ sink: duckdb({ path: ':memory:' }), stagingDirectory: join(dir, 'staging'), sources: [ocr({ engine })], notifiers: [] });
    try {
      const result = await ls.ingest(['truncated.pdf', 'good.pdf', 'garbage.pdf', 'locked.pdf'].map((f) => join(dir, f)));
      expect(result.batches.map((b) => [b.status, b.rowsLoaded])).toEqual([['loaded', 1]]);
      expect(result.failures.map((f) => f.code)).toEqual(['LS_INPUT_UNREADABLE', 'LS_INPUT_UNREADABLE', 'LS_INPUT_UNREADABLE']);
      expect(result.failures[0]!.message).toMatch(/^truncated\.pdf: refused, truncated/);
      expect(result.failures[1]!.message).toMatch(/^garbage\.pdf: refused, damaged/);
      expect(result.failures[2]!.message).toMatch(/^locked\.pdf: refused, encrypted: it needs a password/);
      const stored = await ls.query('SELECT text, extraction_method FROM raw_documents');
      expect(stored.rows).toEqual([['A perfectly good report about Cassiopeia.', 'text-layer']]);
    } finally {
      await ls.close();
    }
  });

  it('runs at most `concurrency` OCR pages at once through a custom engine', async () => {
    let running = 0;
    let peak = 0;
    const slow: OcrEngine = {
      name: 'slow',
      concurrency: 2,
      async recognize(_image, { language }) {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 20));
        running -= 1;
        return { text: `recognised (${language})`, confidence: 50 };
      },
    };
    const dir = folder();
    const blank = renderTextImage([' '], 10);
    const page = { kind: 'image' as const, jpeg: blank.jpeg, pixelWidth: blank.width, pixelHeight: blank.height };
    writeFileSync(join(dir, 'five.pdf'), writeSimplePdf([page, page, page, page, page]));
    const rows = await readAll(ocr({ engine: slow, language: 'deu', dpi: 72 }), join(dir, 'five.pdf'));
    expect(rows.map((r) => r.pageNumber)).toEqual([1, 2, 3, 4, 5]);
    expect(rows.every((r) => r.text === 'recognised (deu)' && r.ocrConfidence === 50)).toBe(true);
    expect(peak).toBe(2);
  });

  it('a document already loaded is not extracted or OCR-ed again; re-ingesting it through the engine is a skip', async () => {
    const calls: string[] = [];
    const counting: OcrEngine = { name: 'counting', recognize: async () => (calls.push('ocr'), { text: 'Aurora inspected', confidence: 90 }) };
    const dir = folder();
    const blank = renderTextImage([' '], 10);
    const page = { kind: 'image' as const, jpeg: blank.jpeg, pixelWidth: blank.width, pixelHeight: blank.height };
    const path = join(dir, 'scan.pdf');
    writeFileSync(path, writeSimplePdf([page, page]));
    const source = ocr({ engine: counting, dpi: 72 });
    const asked: string[] = [];
    const batches = [];
    for await (const batch of source.read(path, { tempDirectory: dir, isLoaded: async (b) => (asked.push(b.contentHash), true) })) batches.push(batch);
    expect(calls).toEqual([]);
    expect(asked).toHaveLength(1);
    expect(batches).toMatchObject([{ kind: 'documents', source: 'ocr', sourceUri: path, contentHash: asked[0], payload: { format: 'rows', rows: [] } }]);

    const ls = createLivingSchema({ sink: duckdb({ path: join(dir, 'store.duckdb') }), sources: [source], stagingDirectory: join(dir, 'staging'), notifiers: [] });
    try {
      expect((await ls.ingest(path)).batches).toMatchObject([{ status: 'loaded', rowsIn: 2, rowsLoaded: 2 }]);
      expect(calls).toEqual(['ocr', 'ocr']);
      expect((await ls.ingest(path)).batches).toMatchObject([{ status: 'skipped', rowsIn: 2, rowsLoaded: 0 }]);
      expect(calls).toHaveLength(2);
      expect((await ls.query(`SELECT count(*) FROM raw_documents`)).rows).toEqual([[2]]);
    } finally {
      await ls.close();
    }
  });

  it('never downloads language data: a missing language or a URL langPath fails with a coded error', async () => {
    expect(() => resolveLangPath('xyz')).toThrowError(/install @tesseract\.js-data\/xyz/);
    expect(() => resolveLangPath('eng', { langPath: join(tmpdir(), 'nowhere') })).toThrowError(/eng\.traineddata\.gz is missing/);
    try {
      resolveLangPath('eng', { langPath: 'https://example.invalid/tessdata' });
      expect.unreachable();
    } catch (error) {
      expect(LivingSchemaError.hasCode(error, ErrorCodes.PLUGIN_OPTIONS_INVALID)).toBe(true);
    }
    const missing = tesseractJs({ workers: 1 });
    const dir = folder();
    writeFileSync(join(dir, 'x.png'), renderTextImage(['x'], 10).png);
    await expect(readAll(ocr({ engine: missing, language: 'xyz' }), join(dir, 'x.png'))).rejects.toMatchObject({ code: 'LS_SOURCE_UNAVAILABLE' });
    await missing.close?.();
  });

  it('rejects bad options and claims only PDFs and images', () => {
    expect(() => ocr({ dpi: 20 })).toThrowError(/option `dpi`/);
    expect(() => ocr({ engine: {} as OcrEngine })).toThrowError(/OcrEngine/);
    const source = ocr({ engine });
    expect(['a.pdf', 'b.PNG', 'c.jpeg'].map((f) => source.canRead(f))).toEqual([true, true, true]);
    expect(['a.csv', 'https://host/a.pdf', 'records.json'].map((f) => source.canRead(f))).toEqual([false, false, false]);
  });

  it('parses native tesseract TSV into text and mean confidence', () => {
    const tsv = [
      'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
      '1\t1\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t',
      '5\t1\t1\t1\t1\t1\t0\t0\t10\t10\t96\tHello',
      '5\t1\t1\t1\t1\t2\t0\t0\t10\t10\t90\tworld',
      '5\t1\t1\t1\t2\t1\t0\t0\t10\t10\t84\tnext',
      '5\t1\t2\t1\t1\t1\t0\t0\t10\t10\t70\tblock',
    ].join('\n');
    expect(parseTesseractTsv(tsv)).toEqual({ text: 'Hello world\nnext\n\nblock', confidence: 85 });
  });
});
