import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/bin.ts', 'src/composition.ts'],
  format: ['esm'],
  dts: { entry: ['src/index.ts', 'src/composition.ts'] },
  clean: true,
  sourcemap: true,
  target: 'node20',
  esbuildOptions(options) {
    options.jsx = 'automatic';
    options.jsxImportSource = 'hono/jsx';
  },
});
