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
  });
}
