import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

// The canvas binding is a 32 MB native module: loaded on the first drawing, not when the package
// is imported, so every `living-schema` command (and every importer) does not pay for it at start.
type Canvas = typeof import('@napi-rs/canvas');
let canvasModule: Canvas | undefined;
const canvas = (): Canvas => (canvasModule ??= createRequire(import.meta.url)('@napi-rs/canvas') as Canvas);

const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
let registered = false;

/** The font family pictures are drawn with (DejaVu Sans when the system has it). */
function fontFamily(): string {
  if (!registered && existsSync(DEJAVU)) {
    canvas().GlobalFonts.registerFromPath(DEJAVU, 'Fixture Sans');
    registered = true;
  }
  return registered ? 'Fixture Sans' : 'sans-serif';
}

/**
 * Draws lines of text as a clean "scan" for tests, demos and benchmarks: black on white, `fontPx`
 * pixels high (12 pt at 300 dpi is 50 px). Returns PNG and JPEG bytes and the pixel size; embed
 * the JPEG with `writeSimplePdf` to make a scanned PDF.
 */
export function renderTextImage(lines: string[], fontPx = 50): { png: Uint8Array; jpeg: Uint8Array; width: number; height: number } {
  const family = fontFamily();
  const lineHeight = Math.round(fontPx * 1.5);
  const { createCanvas } = canvas();
  const probe = createCanvas(10, 10).getContext('2d');
  probe.font = `${fontPx}px "${family}"`;
  const width = Math.ceil(Math.max(...lines.map((l) => probe.measureText(l).width)) + fontPx * 2);
  const height = lineHeight * lines.length + fontPx * 2;
  const picture = createCanvas(width, height);
  const context = picture.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#000000';
  context.font = `${fontPx}px "${family}"`;
  context.textBaseline = 'top';
  lines.forEach((line, i) => context.fillText(line, fontPx, fontPx + i * lineHeight));
  return { png: new Uint8Array(picture.toBuffer('image/png')), jpeg: new Uint8Array(picture.toBuffer('image/jpeg', 92)), width, height };
}
