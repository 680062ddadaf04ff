import { packageBuild } from '../../tsup.base';

// `source-worker-entry` is the script a SourceWorkerPool thread runs (`new Worker(...)`), found
// through the `./source-worker` export: not a module anyone imports, so it has no declarations
// and are-the-types-wrong leaves it out (`--exclude-entrypoints ./source-worker` in package.json).
export default packageBuild({ entry: ['src/index.ts', 'src/testing/index.ts', 'src/source-worker-entry.ts'], external: ['vitest'] });
