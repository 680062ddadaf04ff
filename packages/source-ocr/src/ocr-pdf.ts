import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

let pdfjs: Promise<PdfJs> | undefined;

/** pdf.js, loaded once (its Node build: no browser worker, fonts read from the package). */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

const require = createRequire(import.meta.url);
const pdfjsRoot = dirname(require.resolve('pdfjs-dist/package.json'));
const standardFontDataUrl = `${join(pdfjsRoot, 'standard_fonts')}/`;

/** Why a PDF cannot be read: `encrypted` (needs a password), `corrupt` (damaged or truncated). */
export class PdfUnreadableError extends Error {
  constructor(
    readonly reason: 'encrypted' | 'corrupt',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PdfUnreadableError';
  }
}

/** An open PDF: page count, each page's text layer, and each page rendered as a PNG. */
export interface OpenPdf {
  readonly pageCount: number;
  pageText(pageNumber: number): Promise<string>;
  renderPage(pageNumber: number, dpi: number): Promise<Uint8Array>;
  close(): Promise<void>;
}

/**
 * Opens a PDF. Refuses (with {@link PdfUnreadableError}) a file that needs a password, that pdf.js
 * cannot parse, or that has no end-of-file marker (a truncated download or copy: pdf.js would
 * otherwise silently recover whatever pages it finds).
 */
export async function openPdf(bytes: Uint8Array): Promise<OpenPdf> {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).toString('latin1');
  if (!Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-')) {
    throw new PdfUnreadableError('corrupt', 'not a PDF (no %PDF- header)');
  }
  if (!tail.includes('%%EOF')) {
    throw new PdfUnreadableError('corrupt', 'truncated: the file ends before its %%EOF marker');
  }
  const lib = await loadPdfJs();
  let document: PdfDocument;
  try {
    document = await lib.getDocument({
      // pdf.js takes ownership of (and detaches) the buffer it is given.
      data: new Uint8Array(bytes),
      standardFontDataUrl,
      useSystemFonts: false,
      isEvalSupported: false,
      stopAtErrors: true,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') throw new PdfUnreadableError('encrypted', 'encrypted: it needs a password to open', { cause: error });
    throw new PdfUnreadableError('corrupt', `damaged: ${(error as Error).message}`, { cause: error });
  }
  return {
    pageCount: document.numPages,
    async pageText(pageNumber) {
      const page = await document.getPage(pageNumber);
      try {
        const content = await page.getTextContent();
        let text = '';
        for (const item of content.items) {
          if (!('str' in item)) continue;
          text += item.str;
          if (item.hasEOL) text += '\n';
        }
        return text.replace(/[ \t]+\n/g, '\n').trim();
      } finally {
        page.cleanup();
      }
    },
    async renderPage(pageNumber, dpi) {
      const { createCanvas } = await import('@napi-rs/canvas');
      const page = await document.getPage(pageNumber);
      try {
        const viewport = page.getViewport({ scale: dpi / 72 });
        const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
        const context = canvas.getContext('2d');
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, canvas.width, canvas.height);
        await page.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise;
        return new Uint8Array(canvas.toBuffer('image/png'));
      } finally {
        page.cleanup();
      }
    },
    async close() {
      await document.destroy();
    },
  };
}

/** For error messages: a file URL of the pdf.js package in use. */
export const pdfjsLocation = pathToFileURL(pdfjsRoot).href;
