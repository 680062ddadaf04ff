import { defineConfig } from 'vitest/config';

const root = new URL('./', import.meta.url).pathname;

// Tests import workspace packages by name; these aliases point them at source so a change is
// tested without a rebuild. Tests that spawn the `living-schema` binary use the built dist.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@living-schema\/core\/testing$/, replacement: `${root}packages/core/src/testing/index.ts` },
      { find: /^@living-schema\/reference-server\/composition$/, replacement: `${root}packages/reference-server/src/composition.ts` },
      { find: /^@living-schema\/reference-server$/, replacement: `${root}packages/reference-server/src/index.ts` },
      { find: /^@living-schema\/([a-z0-9-]+)$/, replacement: `${root}packages/$1/src/index.ts` },
    ],
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'examples/*/src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
    // Each test file in a fresh process (the default). Sharing a worker across files
    // (`isolate: false`) cut the suite's import time from 90 s to 18 s, but one of five runs
    // beside a CPU hog then lost a worker ("Worker exited unexpectedly") and the tests of the file
    // it ran: a long-lived worker collects what every file before it left behind.
  },
});
