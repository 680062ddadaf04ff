import { basename } from 'node:path';
import { ErrorCodes, LivingSchemaError, describeError, type DocumentPage, type RejectedRow, type SourceReadContext } from '@living-schema/core';
import type { OcrResult } from './ocr-engine.js';
import type { ResolvedOcrSourceOptions } from './ocr-options.js';
import type { OpenPdf } from './ocr-pdf.js';

/** What the pages of one PDF became: pages read, and damaged pages with the reason. */
export interface PdfPages {
  pages: DocumentPage[];
  damaged: RejectedRow[];
}

export interface PdfPagesInput {
  uri: string;
  documentId: string;
  pdf: OpenPdf;
  options: ResolvedOcrSourceOptions;
  concurrency: number;
  language: string;
  context: SourceReadContext;
  recognize(image: Uint8Array, page: number): Promise<OcrResult>;
}

/** A page pdf.js could not read: quarantined with the file, the page and why; the rest still load. */
class DamagedPage extends Error {
  constructor(readonly pageNumber: number, readonly step: string, cause: unknown) {
    super(`${step}: ${describeError(cause)}`, { cause });
  }
}

/** Runs one pdf.js step on a page; its failure marks the page damaged (not the document). */
async function onPage<T>(pageNumber: number, step: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (LivingSchemaError.isInstance(error)) throw error;
    throw new DamagedPage(pageNumber, step, error);
  }
}

/** Runs `work` over `items`, at most `limit` at once, keeping order; the first failure stops new work and is thrown. */
async function mapLimited<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const runners = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length && !failed) {
      const index = next++;
      try {
        results[index] = await work(items[index]!);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  });
  await Promise.all(runners);
  return results;
}

/**
 * Reads every page of an open PDF: the text layer where there is one, else a render and OCR. A
 * page pdf.js cannot parse (a broken page object, a content stream it cannot decode) is returned
 * in `damaged` with its number and reason, and the other pages still load: other readers recover
 * the rest of such a file, and so do we. What is not the page's fault (a cancelled ingest, an OCR
 * engine that fails, more scanned pages than `maxOcrPages`) still refuses the document.
 */
export async function readPdfPages(input: PdfPagesInput): Promise<PdfPages> {
  const { uri, documentId, pdf, options, context } = input;
  const name = basename(uri);
  let done = 0;
  let ocrPages = 0;

  const textLayerRow = (pageNumber: number, text: string): DocumentPage => ({
    documentId, sourceUri: uri, pageNumber, text, extractionMethod: 'text-layer', ocrConfidence: null, language: null,
  });

  async function ocrRow(pageNumber: number): Promise<DocumentPage> {
    ocrPages += 1;
    if (ocrPages > options.maxOcrPages) {
      throw new LivingSchemaError({
        code: ErrorCodes.INPUT_UNREADABLE,
        message: `${name}: refused, more than ${options.maxOcrPages} of its ${pdf.pageCount} pages have no text layer and would need OCR (the ocr source's maxOcrPages option); split the document or raise the limit.`,
        details: { input: uri, pages: pdf.pageCount, maxOcrPages: options.maxOcrPages, reason: 'too-many-ocr-pages' },
      });
    }
    const image = await onPage(pageNumber, 'it could not be rendered for OCR', () => pdf.renderPage(pageNumber, options.dpi, options.maxPixels));
    const result = await input.recognize(image, pageNumber);
    return { documentId, sourceUri: uri, pageNumber, text: result.text, extractionMethod: 'ocr', ocrConfidence: result.confidence, language: input.language };
  }

  async function readPage(pageNumber: number): Promise<DocumentPage> {
    const text = options.ocr === 'always' ? '' : await onPage(pageNumber, 'its text layer cannot be read', () => pdf.pageText(pageNumber));
    const hasText = text.replace(/\s+/g, '').length >= Math.max(1, options.minTextCharacters);
    // A page that draws nothing (no text, path, image or shading) has nothing to OCR: a PDF of
    // thousands of empty pages must not cost a render and an OCR run each.
    if (hasText || options.ocr === 'never' || (await onPage(pageNumber, 'its drawing cannot be read', () => pdf.isBlank(pageNumber)))) {
      return textLayerRow(pageNumber, text);
    }
    return ocrRow(pageNumber);
  }

  const pageNumbers = Array.from({ length: pdf.pageCount }, (_, i) => i + 1);
  const outcomes = await mapLimited(pageNumbers, input.concurrency, async (pageNumber) => {
    context.signal?.throwIfAborted();
    let outcome: DocumentPage | DamagedPage;
    try {
      outcome = await readPage(pageNumber);
    } catch (error) {
      if (!(error instanceof DamagedPage)) throw error;
      outcome = error;
    }
    done += 1;
    context.onProgress?.({ uri, done, total: pdf.pageCount, unit: 'pages' });
    return outcome;
  });
  const pages = outcomes.filter((o): o is DocumentPage => !(o instanceof DamagedPage));
  const damaged = outcomes
    .filter((o): o is DamagedPage => o instanceof DamagedPage)
    .map((o): RejectedRow => ({ row: o.pageNumber, raw: `${name} page ${o.pageNumber}`, reason: `${name}: page ${o.pageNumber} of ${pdf.pageCount} is damaged, ${o.message}` }));
  return { pages, damaged };
}
