export { ocr, createOcrSource, documentIdFor, IMAGE_EXTENSIONS, type OcrSource } from './ocr-source.js';
export { ocrOptionsSchema, type OcrSourceOptions, type ResolvedOcrSourceOptions } from './ocr-options.js';
export { meanConfidence, type OcrEngine, type OcrResult } from './ocr-engine.js';
export { tesseractJs, resolveLangPath, type TesseractJsOptions } from './ocr-engine-tesseract-js.js';
export { tesseractCli, parseTesseractTsv, type TesseractCliOptions } from './ocr-engine-tesseract-cli.js';
export { openPdf, PdfUnreadableError, type OpenPdf } from './ocr-pdf.js';
export { writeSimplePdf, type PdfPage, type PdfTextPage, type PdfImagePage, type PdfWriteOptions } from './ocr-pdf-writer.js';
export { characterErrorRate } from './ocr-quality.js';
export { renderTextImage } from './ocr-render.js';
