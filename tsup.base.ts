import { defineConfig, type Options } from 'tsup';

/**
 * The build every package shares: ESM for Node 20 with declarations and source maps. A package's
 * tsup.config.ts passes only what differs (its entries, a bin without declarations, externals).
 */
export function packageBuild(options: Partial<Options> = {}) {
  return defineConfig({
    entry: ['src/index.ts'],
    format: ['esm'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    ...options,
    // `npm run demo` needs only the JavaScript: declarations are most of a build's time (turbo
    // keys its cache on this variable, so `npm test` and `npm run build` still write them).
    ...(process.env.LIVING_SCHEMA_BUILD_JS_ONLY === '1' ? { dts: false } : {}),
  });
}
