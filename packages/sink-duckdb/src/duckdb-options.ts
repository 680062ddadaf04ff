import { z } from 'zod';

export const duckdbOptionsSchema = z
  .object({
    /**
     * Database: a file path (default `./living-schema.duckdb`, env `LIVING_SCHEMA_DB`), `:memory:`,
     * or `md:<database>` for MotherDuck (token from `MOTHERDUCK_TOKEN`).
     */
    path: z.string().min(1).optional(),
    /** Open without writing: no migrations, loads refused. Lets several processes read one file. Default false. */
    readOnly: z.boolean().default(false),
    /** Rows a query returns at most (the rest is cut, `truncated: true`). Default 10,000. */
    maxRows: z.number().int().positive().default(10_000),
    /**
     * Bytes of result data a query returns at most, counted while the result is read (a string
     * its UTF-8 length, any other value 8 bytes); beyond it the query fails with
     * `LS_RESULT_TOO_LARGE`. Default env `LIVING_SCHEMA_MAX_RESULT_BYTES`, else 32 MiB.
     */
    maxResultBytes: z.number().int().positive().optional(),
    /**
     * Queries (`query()`) running at once; more wait in a queue. Default env
     * `LIVING_SCHEMA_MAX_CONCURRENT_QUERIES`, else 6.
     */
    maxConcurrentQueries: z.number().int().positive().optional(),
    /**
     * Queries one caller (`QueryOptions.caller`, the server's token name) runs at once; its
     * further queries wait, leaving the other slots to other callers. Default env
     * `LIVING_SCHEMA_MAX_CONCURRENT_QUERIES_PER_CALLER`, else 2.
     */
    maxConcurrentQueriesPerCaller: z.number().int().positive().optional(),
    /**
     * Queries waiting for a slot at most; one more fails at once with `LS_QUERY_QUEUE_FULL`.
     * Default env `LIVING_SCHEMA_MAX_QUEUED_QUERIES`, else 16.
     */
    maxQueuedQueries: z.number().int().nonnegative().optional(),
    /** Milliseconds before a query is interrupted. Default 30,000. */
    queryTimeoutMs: z.number().int().positive().default(30_000),
    /** How long to wait for another process's lock on the file before failing with `LS_DATABASE_BUSY`. Default 5,000 ms. */
    busyTimeoutMs: z.number().int().nonnegative().default(5_000),
    /** Name of the environment variable holding the MotherDuck token. Default `MOTHERDUCK_TOKEN`. */
    motherduckTokenEnv: z.string().default('MOTHERDUCK_TOKEN'),
    /** DuckDB threads; default: DuckDB's own (the number of cores). */
    threads: z.number().int().positive().optional(),
    /**
     * DuckDB memory limit, e.g. `2GB`; default env `LIVING_SCHEMA_DUCKDB_MEMORY_LIMIT`, else `512MB`.
     * Bounded by default so ingesting a file larger than memory keeps the process small: DuckDB
     * spills to disk beyond the limit. Raise it for heavy analytical queries.
     */
    memoryLimit: z.string().optional(),
    /**
     * Temporary disk a query (or load) may spill to at most, e.g. `10GiB` (DuckDB's
     * `max_temp_directory_size`); beyond it the query fails with `LS_QUERY_SPILL_LIMIT`. Default
     * env `LIVING_SCHEMA_MAX_TEMP_DIRECTORY_SIZE`, else `2GiB`.
     */
    maxTempDirectorySize: z.string().min(1).optional(),
    /**
     * Fault-injection points for crash tests: `beforeCommit(batchId)` runs inside a load's
     * transaction after every row was written and before COMMIT. Leave unset in production.
     */
    hooks: z
      .object({ beforeCommit: z.custom<(batchId: string) => Promise<void> | void>((v) => typeof v === 'function').optional() })
      .strict()
      .optional(),
    /** Injectable environment (tests); default `process.env`. */
    env: z.record(z.string(), z.string().optional()).optional(),
  })
  .strict();

export type DuckDbSinkOptions = z.input<typeof duckdbOptionsSchema>;
export type ResolvedDuckDbSinkOptions = z.output<typeof duckdbOptionsSchema>;

export const DEFAULT_DATABASE_PATH = './living-schema.duckdb';

/** Memory limit when neither the option nor `LIVING_SCHEMA_DUCKDB_MEMORY_LIMIT` sets one. */
export const DEFAULT_MEMORY_LIMIT = '512MB';

/** Spill cap when neither the option nor `LIVING_SCHEMA_MAX_TEMP_DIRECTORY_SIZE` sets one. */
export const DEFAULT_MAX_TEMP_DIRECTORY_SIZE = '2GiB';
