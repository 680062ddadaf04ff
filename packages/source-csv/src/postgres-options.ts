import { z } from 'zod';

export const postgresOptionsSchema = z
  .object({
    /** Plugin name (batches carry it as `source`). Default `postgres`. */
    name: z.string().min(1).default('postgres'),
    /** Connection string, e.g. `postgres://reader@db.internal:5432/registry`. Default: the input URI, else env `LIVING_SCHEMA_POSTGRES_URL`. */
    connectionString: z.string().min(1).optional(),
    /** Table to copy, `schema.table` or `table`. The input URI's `?table=` wins. */
    table: z.string().min(1).optional(),
    /** A SELECT to copy instead of a table (its result needs the key column). The input URI's `?query=` wins. */
    query: z.string().min(1).optional(),
    /** Column the pages are ordered and resumed by (unique, never decreasing for new rows: an id or a sequence). Default `id`; URI `?key=`. */
    keyColumn: z.string().min(1).default('id'),
    /** Dataset the rows load into. Default: the table name; required with `query`; URI `?dataset=`; `--dataset` wins. */
    dataset: z.string().min(1).optional(),
    /** Rows per page; each page is one batch. Default 50,000. */
    pageSize: z.number().int().positive().default(50_000),
    /** Start after the last page loaded by an earlier run (the cursor kept in the store). Default true. */
    resume: z.boolean().default(true),
    /** Memory DuckDB may use while writing a page as Parquet. Default `256MB`. */
    memoryLimit: z.string().min(1).default('256MB'),
    /** Environment to read defaults from. Default `process.env`. */
    env: z.record(z.string(), z.string().optional()).optional(),
  })
  .strict();

export type PostgresSourceOptions = z.input<typeof postgresOptionsSchema>;
export type ResolvedPostgresSourceOptions = z.output<typeof postgresOptionsSchema>;
