import { defineConfig } from 'vitest/config';

// Tests import workspace packages by name; these aliases point them at source so a
// change is tested without a rebuild. CLI tests spawn the built binary instead.
const alias = {
  '@living-schema/core/testing': new URL('./packages/core/src/testing/index.ts', import.meta.url).pathname,
  '@living-schema/core': new URL('./packages/core/src/index.ts', import.meta.url).pathname,
  '@living-schema/sink-duckdb': new URL('./packages/sink-duckdb/src/index.ts', import.meta.url).pathname,
};

export default defineConfig({
  resolve: { alias },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'examples/*/src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
    reporters: ['default'],
  },
});
