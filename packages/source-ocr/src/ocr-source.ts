import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import {
  ErrorCodes,
  LivingSchemaError,
  describeError,
  parsePluginOptions,
  sha256,
  type Batch,
  type DocumentPage,
  type RejectedRow,
  type SourceInput,
  type SourceReadContext,
  type SourceV1,
} from '@living-schema/core';
import type { OcrEngine } from './ocr-engine.js';
import { tesseractJs } from './ocr-engine-tesseract-js.js';
import { ocrOptionsSchema, type OcrSourceOptions } from './ocr-options.js';
import { PdfUnreadableError, openPdf } from './ocr-pdf.js';
import { readPdfPages, type PdfPages } from './ocr-pdf-pages.js';
import { describeNonImage, imageInfo } from './ocr-image-info.js';

/** Image types read as one-page documents. */
export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.bmp', '.pbm', '.webp'] as const;

export interface OcrSource extends SourceV1 {
  /** The OCR engine in use. */
  readonly engine: OcrEngine;
  /** Stops the engine's workers (they also stop by themselves when idle). */
  close(): Promise<void>;
}

/** The document id: a hash of the file's bytes, so the same file under two names is one document. */
export function documentIdFor(bytes: Uint8Array): string {
  return `doc_${sha256(bytes).slice(0, 24)}`;
}

function uriOf(input: SourceInput): string {
  return typeof input === 'string' ? input : input.uri;
}

function kindOf(uri: string): 'pdf' | 'image' | null {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(uri) && !uri.startsWith('file://')) return null;
  const extension = extname(uri).toLowerCase();
  if (extension === '.pdf') return 'pdf';
  if ((IMAGE_EXTENSIONS as ReadonlyArray<string>).includes(extension)) return 'image';
  return null;
}

/**
 * Reads PDFs and images into `raw_documents`, one row per page. PDF pages with a text layer are
 * extracted directly (pdf.js); pages without one, and images, are rendered and OCR'd by the
 * engine (default tesseract.js with a worker per CPU; nothing is downloaded). A damaged page (one
 * pdf.js cannot parse) is quarantined with the file, its page number and the reason, and the
 * other pages load. A PDF that cannot be opened at all (not a PDF, truncated, or protected by a
 * user password) is refused with `LS_INPUT_UNREADABLE` naming the file and the reason; the other
 * inputs still load.
 *
 * @param options.engine OCR engine, default `tesseractJs()`
 * @param options.language OCR language, default `eng` (env `LIVING_SCHEMA_OCR_LANGUAGE`)
 * @param options.dpi render resolution for OCR, default 300
 * @param options.minTextCharacters below this a PDF page counts as scanned, default 10
 * @param options.ocr `auto` | `always` | `never`, default `auto`
 * @param options.maxOcrPages most pages of one PDF that may need OCR, default 1,000
 * @example
 * import { createLivingSchema } from '@living-schema/core';
 * import { duckdb } from '@living-schema/sink-duckdb';
 * import { ocr } from '@living-schema/source-ocr';
 * const ls = createLivingSchema({ sink: duckdb({ path: './docs.duckdb' }), sources: [ocr()] });
 * await ls.ingest(['./scans/report.pdf', './scans/page.png']);
 * @see https://github.com/naptha/tesseract.js
 */
export function ocr(options: OcrSourceOptions = {}): OcrSource {
  const parsed = parsePluginOptions('ocr', ocrOptionsSchema, options);
  const env = parsed.env ?? process.env;
  const language = parsed.language ?? env.LIVING_SCHEMA_OCR_LANGUAGE ?? 'eng';
  const engine = parsed.engine ?? tesseractJs();
  const concurrency = Math.max(1, engine.concurrency ?? 1);

  async function recognize(image: Uint8Array, uri: string, page: number, signal?: AbortSignal) {
    try {
      return await engine.recognize(image, { language, signal });
    } catch (error) {
      if (LivingSchemaError.isInstance(error)) throw error;
      throw new LivingSchemaError({
        code: ErrorCodes.INPUT_UNREADABLE,
        message: `${basename(uri)}: OCR of page ${page} failed (${describeError(error)}).`,
        details: { input: uri, page, engine: engine.name },
        cause: error,
      });
    }
  }

  async function readPdf(uri: string, bytes: Uint8Array, documentId: string, context: SourceReadContext): Promise<PdfPages> {
    let pdf;
    try {
      pdf = await openPdf(bytes, { maxImagePixels: parsed.maxPixels });
    } catch (error) {
      const reason = error instanceof PdfUnreadableError ? error.message : `unreadable: ${describeError(error)}`;
      throw new LivingSchemaError({
        code: ErrorCodes.INPUT_UNREADABLE,
        message: `${basename(uri)}: refused, ${reason}. Re-export or re-download the file${error instanceof PdfUnreadableError && error.reason === 'encrypted' ? ', or save an unprotected copy' : ''}.`,
        details: { input: uri, reason: error instanceof PdfUnreadableError ? error.reason : 'corrupt' },
        cause: error,
      });
    }
    try {
      return await readPdfPages({
        uri, documentId, pdf, options: parsed, concurrency, language, context,
        recognize: (image, page) => recognize(image, uri, page, context.signal),
      });
    } finally {
      await pdf.close();
    }
  }

  return {
    specificationVersion: 'v1',
    name: 'ocr',
    kinds: ['documents'],
    engine,
    // Built again in a worker thread when the engine reads off its thread (a custom engine
    // object cannot cross threads, so a source given one is always read where it was made).
    ...(parsed.engine ? {} : { worker: { module: '@living-schema/source-ocr', exportName: 'ocr', options } }),
    canRead(input) {
      return kindOf(uriOf(input)) !== null;
    },
    async *read(input, context): AsyncIterable<Batch> {
      const uri = uriOf(input).replace(/^file:\/\//, '');
      const kind = kindOf(uri);
      if (!kind) {
        throw new LivingSchemaError({
          code: ErrorCodes.INPUT_UNREADABLE,
          message: `${basename(uri)}: the ocr source reads .pdf and image files (${IMAGE_EXTENSIONS.join(', ')}).`,
          details: { input: uri },
        });
      }
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await readFile(uri));
      } catch (error) {
        throw new LivingSchemaError({ code: ErrorCodes.INPUT_UNREADABLE, message: `${uri}: cannot read the file (${describeError(error)}).`, details: { input: uri }, cause: error });
      }
      const dataset = context.dataset ?? parsed.dataset;
      const contentHash = sha256(bytes);
      if (await context.isLoaded?.({ source: 'ocr', kind: 'documents', dataset, contentHash })) {
        // The same bytes are loaded already: extracting and OCR-ing them again would add nothing.
        yield { kind: 'documents', source: 'ocr', sourceUri: uri, dataset, contentHash, payload: { format: 'rows', rows: [] }, recordsRead: 1 };
        return;
      }
      const documentId = documentIdFor(bytes);
      let pages: DocumentPage[];
      let damaged: RejectedRow[] = [];
      if (kind === 'pdf') ({ pages, damaged } = await readPdf(uri, bytes, documentId, context));
      else {
        const info = imageInfo(bytes);
        const refuse = (reason: string) =>
          new LivingSchemaError({ code: ErrorCodes.INPUT_UNREADABLE, message: `${basename(uri)}: refused, ${reason}.`, details: { input: uri, reason: 'corrupt' } });
        if (!info) throw refuse(describeNonImage(bytes));
        if (info.width === 0 || info.height === 0) throw refuse(`its ${info.format.toUpperCase()} header is truncated or declares no pixels`);
        if (info.width * info.height > parsed.maxPixels) {
          throw refuse(`it declares ${info.width} x ${info.height} pixels (${Math.round((info.width * info.height) / 1e6)} megapixels), over the limit of ${Math.round(parsed.maxPixels / 1e6)} (the ocr source's maxPixels option): a decompression bomb, or a scan to downsample first`);
        }
        const result = await recognize(bytes, uri, 1, context.signal);
        pages = [{ documentId, sourceUri: uri, pageNumber: 1, text: result.text, extractionMethod: 'ocr', ocrConfidence: result.confidence, language }];
        context.onProgress?.({ uri, done: 1, total: 1, unit: 'pages' });
      }
      yield {
        kind: 'documents',
        source: 'ocr',
        sourceUri: uri,
        dataset,
        contentHash,
        payload: { format: 'rows', rows: pages as unknown as Record<string, unknown>[] },
        ...(damaged.length ? { rejected: damaged } : {}),
        recordsRead: 1,
      };
    },
    async close() {
      await engine.close?.();
    },
  };
}

/** Same as {@link ocr}. */
export const createOcrSource = ocr;
