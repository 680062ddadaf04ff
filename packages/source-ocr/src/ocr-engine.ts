/** What an OCR engine returns for one page image. */
export interface OcrResult {
  text: string;
  /** Mean word confidence 0..100, or null when the engine does not report one. */
  confidence: number | null;
}

/**
 * An OCR engine: turns one page image into text. The source renders PDF pages without a text
 * layer to PNG and passes images through as they are, then calls `recognize` for each, up to
 * `concurrency` at once.
 *
 * Implementations shipped: {@link tesseractJs} (default; WebAssembly, traineddata from
 * `@tesseract.js-data/<lang>`, nothing downloaded) and {@link tesseractCli} (the native
 * `tesseract` binary). A cloud OCR API plugs in the same way: implement `recognize` with a
 * `fetch` to the service.
 *
 * @example
 * const engine: OcrEngine = {
 *   name: 'my-cloud-ocr',
 *   concurrency: 4,
 *   async recognize(image, { language }) {
 *     const response = await fetch(url, { method: 'POST', body: image, headers: { 'content-language': language } });
 *     const body = await response.json();
 *     return { text: body.text, confidence: body.confidence * 100 };
 *   },
 * };
 */
export interface OcrEngine {
  /** Short name, recorded nowhere but in messages and benchmarks (e.g. `tesseract.js`). */
  readonly name: string;
  /** Pages this engine recognises at once; the source never runs more at a time. Default 1. */
  readonly concurrency?: number;
  /**
   * Recognises one page image (PNG or JPEG bytes). `language` is a Tesseract language code
   * (`eng`, `deu`, `eng+fra`...). Throws on failure; the source reports the file as unreadable.
   */
  recognize(image: Uint8Array, options: { language: string; signal?: AbortSignal }): Promise<OcrResult>;
  /** Releases workers or processes. The source calls it when it is closed. */
  close?(): Promise<void>;
}

/** Mean of word confidences, rounded to 0.1; null when there are none. */
export function meanConfidence(values: number[]): number | null {
  const usable = values.filter((v) => Number.isFinite(v) && v >= 0);
  if (usable.length === 0) return null;
  return Math.round((usable.reduce((a, b) => a + b, 0) / usable.length) * 10) / 10;
}
