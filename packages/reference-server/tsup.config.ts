import { packageBuild } from '../../tsup.base';

export default packageBuild({
  entry: ['src/index.ts', 'src/bin.ts', 'src/composition.ts'],
  dts: { entry: ['src/index.ts', 'src/composition.ts'] },
  esbuildOptions(options) {
    options.jsx = 'automatic';
    options.jsxImportSource = 'hono/jsx';
  },
});
