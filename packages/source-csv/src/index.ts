export { csv, datasetFromFileName, type CsvSource } from './csv-source.js';
export { csvOptionsSchema, type CsvSourceOptions, type ResolvedCsvSourceOptions } from './csv-options.js';
export { convertCsvToParquet, type CsvConversion } from './csv-convert.js';
export { postgres, duckDbTypeFor } from './postgres-source.js';
export { postgresOptionsSchema, type PostgresSourceOptions, type ResolvedPostgresSourceOptions } from './postgres-options.js';
