import { z } from 'zod';
import type { OcrEngine } from './ocr-engine.js';

export const ocrOptionsSchema = z
  .object({
    /**
     * The OCR engine for pages without a text layer. Default: `tesseractJs()` (WebAssembly, a
     * worker per CPU, traineddata from `@tesseract.js-data/<lang>`).
     */
    engine: z
      .custom<OcrEngine>((value) => typeof value === 'object' && value !== null && typeof (value as OcrEngine).recognize === 'function', {
        message: 'must be an OcrEngine (an object with a recognize(image, options) method)',
      })
      .optional(),
    /** Tesseract language code(s) for OCR, e.g. `eng` or `eng+deu`. Default `eng` (env `LIVING_SCHEMA_OCR_LANGUAGE`). */
    language: z.string().regex(/^[a-z_]+(\+[a-z_]+)*$/i, 'must be a Tesseract language code such as eng or eng+deu').optional(),
    /** Resolution pages are rendered at before OCR. Default 300 dpi. */
    dpi: z.number().int().min(72).max(600).default(300),
    /**
     * Largest image OCR'd, in pixels: a PDF page that would render larger at `dpi` is rendered at
     * a lower resolution to fit, and an image file (or an image inside a PDF) declaring more is
     * refused before it is decoded (a decompression bomb). Default 25,000,000 (A3 at 300 dpi fits; OCR needs about 25 MB of memory per million pixels).
     */
    maxPixels: z.number().int().positive().default(25_000_000),
    /**
     * Most pages of one PDF that may need OCR. A document with more is refused once it reaches the
     * limit (nothing of it is loaded): at a few pages per second, a scan of thousands of pages would
     * hold an ingest for hours. Text-layer and empty pages do not count. Default 1,000.
     */
    maxOcrPages: z.number().int().positive().default(1_000),
    /** A PDF page with fewer non-space characters in its text layer than this is OCR'd. Default 10. */
    minTextCharacters: z.number().int().min(0).default(10),
    /** `auto` (OCR only pages without text), `always` (OCR every page), `never` (text layer only). Default `auto`. */
    ocr: z.enum(['auto', 'always', 'never']).default('auto'),
    /** Dataset name recorded on the batches. Default `raw_documents`. */
    dataset: z.string().min(1).default('raw_documents'),
    /** Environment variables read for defaults (tests pass their own). Default `process.env`. */
    env: z.record(z.string(), z.string().optional()).optional(),
  })
  .strict();

export type OcrSourceOptions = z.input<typeof ocrOptionsSchema>;
export type ResolvedOcrSourceOptions = z.output<typeof ocrOptionsSchema>;
