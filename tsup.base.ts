import { defineConfig, type Options } from 'tsup';

/**
 * The build every package shares: ESM (`.js`) and CommonJS (`.cjs`) for Node 20, each with its
 * own declarations (`.d.ts`, `.d.cts`: a CommonJS consumer's types must describe the file it
 * loads), and source maps. A package's tsup.config.ts passes only what differs (its entries, a
 * bin without declarations, externals).
 *
 * CommonJS is a second output of the same source, not a second implementation: the packages load
 * their heavy and ESM-only dependencies (LLM SDKs, OCR, pdf.js, hyparquet) with `import()`, which
 * esbuild keeps as a real dynamic import in the `.cjs` files, so `require()` works on every
 * Node 20 (before 20.19 a CommonJS file cannot `require()` an ES module). `shims` gives the
 * `.cjs` files `import.meta.url` (used to find files shipped beside the code).
 */
export function packageBuild(options: Partial<Options> = {}) {
  return defineConfig({
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    shims: true,
    target: 'node20',
    ...options,
    // `npm run demo` needs only the JavaScript: declarations are most of a build's time (turbo
    // keys its cache on this variable, so `npm test` and `npm run build` still write them).
    ...(process.env.LIVING_SCHEMA_BUILD_JS_ONLY === '1' ? { dts: false } : {}),
  });
}
