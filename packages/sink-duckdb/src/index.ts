export { duckdb, createDuckDbSink, type DuckDbSink } from './duckdb-sink.js';
export { duckdbOptionsSchema, DEFAULT_DATABASE_PATH, type DuckDbSinkOptions } from './duckdb-options.js';
export { CORE_TABLES, LATEST_MIGRATION, MIGRATIONS, type Migration } from './duckdb-migrations.js';
export { DEFAULT_MAX_RESULT_BYTES, DEFAULT_MAX_CONCURRENT_QUERIES, DEFAULT_MAX_CONCURRENT_QUERIES_PER_CALLER, DEFAULT_MAX_QUEUED_QUERIES } from './duckdb-query-limits.js';
export { commonSupertype, needsWidening } from './duckdb-type-ladder.js';
export { DuckDbCatalogStore, readCatalog } from './duckdb-catalog-store.js';
export { INTERNAL_TABLES } from './duckdb-read-guard.js';
export { runAsCaller, currentCaller } from './duckdb-query-caller.js';
