import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { ErrorCodes, LivingSchemaError } from '@living-schema/core';
import { meanConfidence, type OcrEngine, type OcrResult } from './ocr-engine.js';

export interface TesseractCliOptions {
  /** The binary. Default `tesseract` on PATH (Debian/Ubuntu: `apt-get install tesseract-ocr`). */
  binary?: string;
  /** Processes run at once. Default: the CPU count. */
  concurrency?: number;
  /** Threads per process (OMP_THREAD_LIMIT). Default 1: parallelism comes from running pages side by side. */
  threadsPerProcess?: number;
  /** Extra arguments, e.g. `['--psm', '6']`. */
  extraArgs?: string[];
}

/** Runs `tesseract stdin stdout -l <lang> tsv` and returns its output. */
function runTesseract(binary: string, image: Uint8Array, args: string[], threads: number, signal?: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, ['stdin', 'stdout', ...args], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, OMP_THREAD_LIMIT: String(threads) },
      signal,
    });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') {
        reject(
          new LivingSchemaError({
            code: ErrorCodes.SOURCE_UNAVAILABLE,
            message: `The tesseract binary "${binary}" was not found. Install it (Debian/Ubuntu: apt-get install tesseract-ocr) or use the default tesseract.js engine.`,
            details: { binary },
            cause: error,
          }),
        );
      } else reject(error);
    });
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else reject(new Error(`tesseract exited with status ${code}: ${err.trim().slice(0, 500)}`));
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(Buffer.from(image));
  });
}

/** Text and mean word confidence from Tesseract's TSV output (level 5 rows are words). */
export function parseTesseractTsv(tsv: string): OcrResult {
  const lines: string[] = [];
  const confidences: number[] = [];
  let lastKey = '';
  let lastBlock = '';
  let current: string[] = [];
  for (const row of tsv.split('\n').slice(1)) {
    const cells = row.split('\t');
    if (cells.length < 12 || cells[0] !== '5') continue;
    const [, , block, paragraph, line, , , , , , conf, ...rest] = cells;
    const word = rest.join('\t');
    const key = `${block}.${paragraph}.${line}`;
    if (key !== lastKey && current.length) {
      lines.push(current.join(' '));
      current = [];
      if (block !== lastBlock && lastBlock !== '') lines.push('');
    }
    if (key !== lastKey) lastBlock = block!;
    lastKey = key;
    if (word.trim() === '') continue;
    current.push(word);
    confidences.push(Number(conf));
  }
  if (current.length) lines.push(current.join(' '));
  return { text: lines.join('\n').trim(), confidence: meanConfidence(confidences) };
}

/**
 * OCR with the native `tesseract` binary (one process per page, `concurrency` at once). Faster
 * than WebAssembly where the binary is installed; not required by anything else.
 *
 * @example
 * const source = ocr({ engine: tesseractCli({ concurrency: 2 }) });
 */
export function tesseractCli(options: TesseractCliOptions = {}): OcrEngine {
  const binary = options.binary ?? 'tesseract';
  const concurrency = Math.max(1, options.concurrency ?? availableParallelism());
  const threads = Math.max(1, options.threadsPerProcess ?? 1);
  return {
    name: 'tesseract-cli',
    concurrency,
    async recognize(image, { language, signal }) {
      const tsv = await runTesseract(binary, image, ['-l', language, ...(options.extraArgs ?? []), 'tsv'], threads, signal);
      return parseTesseractTsv(tsv);
    },
  };
}
