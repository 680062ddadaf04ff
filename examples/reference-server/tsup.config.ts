import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/bin.ts'],
  format: ['esm'],
  dts: { entry: 'src/index.ts' },
  clean: true,
  sourcemap: true,
  target: 'node20',
  esbuildOptions(options) {
    options.jsx = 'automatic';
    options.jsxImportSource = 'hono/jsx';
  },
});
