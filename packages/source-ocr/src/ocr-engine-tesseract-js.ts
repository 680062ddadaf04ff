import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { ErrorCodes, LivingSchemaError, importOptionalPackage } from '@living-schema/core';
import type { OcrEngine, OcrResult } from './ocr-engine.js';

const require = createRequire(import.meta.url);

export interface TesseractJsOptions {
  /** Workers (one page each at a time). Default: the CPU count (`os.availableParallelism()`). */
  workers?: number;
  /**
   * Folder holding `<lang>.traineddata.gz` (or `.traineddata` with `gzip: false`). Default: the
   * `4.0.0_best_int` folder of the installed `@tesseract.js-data/<lang>` package for each language.
   * Must be a local folder: a URL is refused, so nothing is ever downloaded.
   */
  langPath?: string;
  /** Whether the traineddata files are gzipped. Default true (as `@tesseract.js-data` ships them). */
  gzip?: boolean;
  /** Workers shut down after this long without work, so a finished process can exit. Default 1000 ms. */
  idleTimeoutMs?: number;
}

type TesseractWorker = Awaited<ReturnType<typeof import('tesseract.js')['createWorker']>>;

/** Resolves where each language's traineddata is, or throws naming the package to install. */
export function resolveLangPath(language: string, options: Pick<TesseractJsOptions, 'langPath' | 'gzip'> = {}): string {
  const gzip = options.gzip ?? true;
  const languages = language.split('+').filter(Boolean);
  if (options.langPath !== undefined) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(options.langPath)) {
      throw new LivingSchemaError({
        code: ErrorCodes.PLUGIN_OPTIONS_INVALID,
        message: `OCR langPath "${options.langPath}" is a URL; give a local folder (nothing is downloaded at run time).`,
        details: { langPath: options.langPath },
      });
    }
    for (const lang of languages) {
      const file = join(options.langPath, `${lang}.traineddata${gzip ? '.gz' : ''}`);
      if (!existsSync(file)) {
        throw new LivingSchemaError({
          code: ErrorCodes.SOURCE_UNAVAILABLE,
          message: `OCR language data ${file} is missing. Put ${lang}.traineddata${gzip ? '.gz' : ''} there, or install @tesseract.js-data/${lang} and leave langPath unset.`,
          details: { langPath: options.langPath, language: lang },
        });
      }
    }
    return options.langPath;
  }
  const folders = new Set<string>();
  for (const lang of languages) {
    let root: string;
    try {
      root = dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`));
    } catch {
      throw new LivingSchemaError({
        code: ErrorCodes.SOURCE_UNAVAILABLE,
        message: `No OCR language data for "${lang}": install @tesseract.js-data/${lang} (npm install @tesseract.js-data/${lang}) or set langPath to a folder holding ${lang}.traineddata.gz.`,
        details: { language: lang },
      });
    }
    const folder = join(root, '4.0.0_best_int');
    if (!existsSync(join(folder, `${lang}.traineddata.gz`))) {
      throw new LivingSchemaError({
        code: ErrorCodes.SOURCE_UNAVAILABLE,
        message: `@tesseract.js-data/${lang} is installed but has no 4.0.0_best_int/${lang}.traineddata.gz; reinstall it or set langPath.`,
        details: { language: lang, folder },
      });
    }
    folders.add(folder);
  }
  if (folders.size > 1) {
    throw new LivingSchemaError({
      code: ErrorCodes.PLUGIN_OPTIONS_INVALID,
      message: `Languages "${language}" come from different packages; copy their traineddata into one folder and set langPath.`,
      details: { language },
    });
  }
  return [...folders][0]!;
}

/**
 * The default OCR engine: Tesseract compiled to WebAssembly (tesseract.js), a pool of workers
 * sized to the CPU count. Language data comes from the installed `@tesseract.js-data/<lang>`
 * packages (or `langPath`); worker and core scripts load from the installed packages. Nothing is
 * downloaded: a missing language fails at the first page with `LS_SOURCE_UNAVAILABLE`.
 *
 * @example
 * const source = ocr({ engine: tesseractJs({ workers: 2 }) });
 */
export function tesseractJs(options: TesseractJsOptions = {}): OcrEngine {
  const size = Math.max(1, options.workers ?? availableParallelism());
  const idleTimeoutMs = options.idleTimeoutMs ?? 1000;
  const idle: TesseractWorker[] = [];
  const waiting: Array<(worker: TesseractWorker) => void> = [];
  let created = 0;
  let active = 0;
  let poolLanguage: string | undefined;
  let idleTimer: NodeJS.Timeout | undefined;
  let creating: Promise<void> = Promise.resolve();

  async function createOne(language: string): Promise<TesseractWorker> {
    const langPath = resolveLangPath(language, options);
    const { createWorker, OEM } = await importOptionalPackage('tesseract.js', 'OCR of scanned pages', () => import('tesseract.js'));
    let workerError: unknown;
    const worker = await createWorker(language, OEM.LSTM_ONLY, {
      langPath,
      gzip: options.gzip ?? true,
      // Never read or write a traineddata cache in the working directory.
      cacheMethod: 'none',
      // Errors come back as rejected promises instead of being thrown inside the worker.
      errorHandler: (error: unknown) => {
        workerError = error;
      },
    }).catch((error: unknown) => {
      throw new LivingSchemaError({
        code: ErrorCodes.SOURCE_UNAVAILABLE,
        message: `tesseract.js could not start for language "${language}" (${String((error as Error)?.message ?? workerError ?? error)}).`,
        details: { language, langPath },
        cause: error,
      });
    });
    return worker;
  }

  async function acquire(language: string): Promise<TesseractWorker> {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = undefined;
    if (poolLanguage !== undefined && poolLanguage !== language) await terminateAll();
    poolLanguage = language;
    const ready = idle.pop();
    if (ready) return ready;
    if (created < size) {
      created += 1;
      // Workers start one after another: each loads a 3 MB model; starting them all at once just
      // makes the first page wait longer.
      const next = creating.then(() => createOne(language));
      creating = next.then(() => undefined, () => undefined);
      try {
        return await next;
      } catch (error) {
        created -= 1;
        throw error;
      }
    }
    return new Promise((resolve) => waiting.push(resolve));
  }

  function release(worker: TesseractWorker): void {
    const next = waiting.shift();
    if (next) {
      next(worker);
      return;
    }
    idle.push(worker);
    if (active === 0 && idle.length === created) {
      idleTimer = setTimeout(() => void terminateAll(), idleTimeoutMs);
      idleTimer.unref();
    }
  }

  async function terminateAll(): Promise<void> {
    const workers = idle.splice(0);
    created -= workers.length;
    await Promise.all(workers.map((w) => w.terminate().catch(() => undefined)));
  }

  return {
    name: 'tesseract.js',
    concurrency: size,
    async recognize(image, { language }): Promise<OcrResult> {
      active += 1;
      const worker = await acquire(language).catch((error) => {
        active -= 1;
        throw error;
      });
      try {
        const { data } = await worker.recognize(Buffer.from(image));
        return { text: data.text.replace(/\n+$/, ''), confidence: Number.isFinite(data.confidence) ? Math.round(data.confidence * 10) / 10 : null };
      } finally {
        active -= 1;
        release(worker);
      }
    },
    async close() {
      if (idleTimer) clearTimeout(idleTimer);
      await terminateAll();
    },
  };
}
