import { createRequire } from 'node:module';

/**
 * `@duckdb/node-api`, loaded with `require` rather than an ES `import`, as the DuckDB sink does
 * (see its `duckdb-api.ts`): an `import` lexes the hundred files the package re-exports first.
 */
export const duckdbApi = createRequire(import.meta.url)('@duckdb/node-api') as typeof import('@duckdb/node-api');
