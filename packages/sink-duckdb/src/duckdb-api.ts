import { createRequire } from 'node:module';

/**
 * `@duckdb/node-api`, loaded with `require` rather than an ES `import`. It is CommonJS whose
 * index re-exports about a hundred files; Node's `import` of CommonJS lexes a file and everything
 * it re-exports for named exports before it loads them, which more than doubles the cost of
 * loading DuckDB, and every CLI command pays that at start (`npm run bench:cli-start`). The types
 * are the package's own.
 */
export const duckdbApi = createRequire(import.meta.url)('@duckdb/node-api') as typeof import('@duckdb/node-api');
