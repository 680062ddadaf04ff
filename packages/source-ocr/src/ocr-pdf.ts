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

/**
 * The standard security handler's 32-byte password padding. Given as the password, it stands
 * for the empty one in both of pdf.js's checks (a password is padded with these bytes to 32, so
 * the padding itself pads to the same key), and pdf.js, given a password, also tries it as the
 * owner password. Without a password pdf.js tries only the empty user password.
 */
const EMPTY_PASSWORD = String.fromCharCode(
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08,
  0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
);

function isPasswordError(error: unknown): boolean {
  return (error as { name?: string } | null)?.name === 'PasswordException';
}

/** pdf.js's document loader with our settings; `password` only for the empty-owner retry. */
function loadDocument(lib: PdfJs, bytes: Uint8Array, maxImagePixels: number | undefined, password?: string): Promise<PdfDocument> {
  return lib.getDocument({
    // pdf.js takes ownership of (and detaches) the buffer it is given.
    data: new Uint8Array(bytes),
    standardFontDataUrl,
    useSystemFonts: false,
    isEvalSupported: false,
    // A page pdf.js can only half read fails (and is quarantined) rather than loading with text
    // missing; a page whose font it cannot read draws nothing readable and goes to OCR.
    stopAtErrors: true,
    verbosity: 0,
    // An embedded image over this many pixels is not decoded (an image bomb inside a PDF).
    ...(maxImagePixels ? { maxImageSize: maxImagePixels } : {}),
    ...(password === undefined ? {} : { password }),
  }).promise;
}

/**
 * Opens a PDF the way other readers do when no password is given: with the empty user password
 * (pdf.js's own attempt), then with the empty owner password (MuPDF and qpdf try a password as
 * both; a file whose owner password is empty opens in them without a prompt). Only a file that
 * needs a real password is refused as encrypted.
 */
async function openWithoutPassword(lib: PdfJs, bytes: Uint8Array, maxImagePixels: number | undefined): Promise<PdfDocument> {
  try {
    return await loadDocument(lib, bytes, maxImagePixels);
  } catch (error) {
    if (!isPasswordError(error)) throw new PdfUnreadableError('corrupt', `damaged: ${(error as Error).message}`, { cause: error });
  }
  try {
    return await loadDocument(lib, bytes, maxImagePixels, EMPTY_PASSWORD);
  } catch (error) {
    if (isPasswordError(error)) throw new PdfUnreadableError('encrypted', 'encrypted: it needs a password to open', { cause: error });
    throw new PdfUnreadableError('corrupt', `damaged: ${(error as Error).message}`, { cause: error });
  }
}

/** An open PDF: page count, each page's text layer, and each page rendered as a PNG. */
export interface OpenPdf {
  readonly pageCount: number;
  pageText(pageNumber: number): Promise<string>;
  /**
   * Renders a page as a PNG at `dpi`, or at the resolution that keeps it within `maxPixels`
   * (a 200-inch page at 300 dpi would be 3.6 gigapixels).
   */
  renderPage(pageNumber: number, dpi: number, maxPixels?: number): Promise<Uint8Array>;
  /** True when the page draws nothing at all (no text, path, image or shading): nothing to OCR. */
  isBlank(pageNumber: number): Promise<boolean>;
  close(): Promise<void>;
}

/** The resolution a page of `width` x `height` points is rendered at: `dpi`, lowered to fit `maxPixels`. */
export function renderScale(width: number, height: number, dpi: number, maxPixels = Number.POSITIVE_INFINITY): number {
  const scale = dpi / 72;
  const pixels = width * scale * height * scale;
  return pixels <= maxPixels ? scale : Math.sqrt(maxPixels / (width * height));
}

/**
 * Opens a PDF. Refuses (with {@link PdfUnreadableError}) a file that needs a password (an owner
 * password alone, restricting printing or copying, is no reason to refuse), that pdf.js cannot
 * parse, or that has no end-of-file marker (a truncated download or copy: pdf.js would otherwise
 * silently recover whatever pages it finds).
 */
export async function openPdf(bytes: Uint8Array, options: { maxImagePixels?: number } = {}): Promise<OpenPdf> {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).toString('latin1');
  if (!Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-')) {
    throw new PdfUnreadableError('corrupt', 'not a PDF (no %PDF- header)');
  }
  if (!tail.includes('%%EOF')) {
    throw new PdfUnreadableError('corrupt', 'truncated: the file ends before its %%EOF marker');
  }
  const lib = await loadPdfJs();
  const document = await openWithoutPassword(lib, bytes, options.maxImagePixels);
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
    async renderPage(pageNumber, dpi, maxPixels) {
      const { createCanvas } = await import('@napi-rs/canvas');
      const page = await document.getPage(pageNumber);
      try {
        const [x0, y0, x1, y1] = page.view;
        const viewport = page.getViewport({ scale: renderScale(Math.abs(x1! - x0!), Math.abs(y1! - y0!), dpi, maxPixels) });
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
    async isBlank(pageNumber) {
      const page = await document.getPage(pageNumber);
      try {
        const { fnArray } = await page.getOperatorList();
        const painting = paintingOperators(lib);
        return !fnArray.some((op) => painting.has(op));
      } finally {
        page.cleanup();
      }
    },
    async close() {
      await document.destroy();
    },
  };
}

let painting: Set<number> | undefined;

/** pdf.js operators that put anything on the page. */
function paintingOperators(lib: PdfJs): Set<number> {
  if (painting) return painting;
  const names = Object.keys(lib.OPS).filter((name) => /stroke|fill|showText|ShowText|shading|paint|constructPath/i.test(name) && !/^set/.test(name));
  painting = new Set(names.map((name) => (lib.OPS as Record<string, number>)[name]!));
  return painting;
}

/** For error messages: a file URL of the pdf.js package in use. */
export const pdfjsLocation = pathToFileURL(pdfjsRoot).href;
