import { createRequire } from 'node:module';
import type { DependencyContainer } from 'tsyringe';

const require = createRequire(import.meta.url);

/**
 * tsyringe's root container, with the `reflect-metadata` polyfill it needs loaded first. Both are
 * CommonJS and are loaded with `require`: an ES `import` of CommonJS lexes each file for named
 * exports before loading it, a cost every CLI command pays at start (`npm run bench:cli-start`).
 */
export function rootDependencyContainer(): DependencyContainer {
  require('reflect-metadata');
  return (require('tsyringe') as typeof import('tsyringe')).container;
}
