import { copyFile, mkdir, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import {
  ErrorCodes,
  LivingSchemaError,
  describeError,
  diskFull,
  faultPoint,
  isDiskFull,
  parsePluginOptions,
  quoteIdentifier,
  quoteLiteral,
  parquetRowGroupSize,
  type Batch,
  type BatchLedgerEntry,
  type BatchStatus,
  type ColumnChange,
  type LoadResult,
  type QueryOptions,
  type QueryResult,
  type SinkSqlRunner,
  type SinkV1,
  type SinkWriter,
  type SourceStateStore,
  type StagedBatch,
  type StagingMetadata,
} from '@living-schema/core';
import { DuckDbCatalogStore } from './duckdb-catalog-store.js';
import { STAGED_COLUMNS } from './duckdb-columns.js';
import { mustOpenReadOnly, storeReadOnly } from './duckdb-read-only.js';
import { loadAnnotations } from './duckdb-load-annotations.js';
import { loadDocuments } from './duckdb-load-documents.js';
import { describeLoadError } from './duckdb-load-errors.js';
import { loadRecords } from './duckdb-load-records.js';
import { loadResponses } from './duckdb-load-responses.js';
import { toLedgerEntry, writeLoaded, writeStaged, type LedgerRow } from './duckdb-ledger.js';
import { writeNdjson } from './duckdb-ndjson.js';
import { allRows, inTransaction, runStatement } from './duckdb-sql.js';
import { DEFAULT_DATABASE_PATH, DEFAULT_MEMORY_LIMIT, DEFAULT_MAX_TEMP_DIRECTORY_SIZE, duckdbOptionsSchema, type DuckDbSinkOptions, type ResolvedDuckDbSinkOptions } from './duckdb-options.js';
import { CORE_TABLES, LATEST_MIGRATION, MIGRATIONS, MIGRATIONS_TABLE } from './duckdb-migrations.js';
import { Mutex } from './duckdb-mutex.js';
import { QueryAdmission } from './duckdb-query-admission.js';
import { resolveQueryLimits, type QueryLimits } from './duckdb-query-limits.js';
import { boundedSelect, type BoundedSelectOptions } from './duckdb-bounded-select.js';
import { StoreInstance } from './duckdb-store-instance.js';
import { currentCaller } from './duckdb-query-caller.js';
import { untrustedReadGuard } from './duckdb-read-guard.js';

const MAX_QUARANTINED_RAW = 64 * 1024;
/** Rejected rows per quarantine INSERT. */
const QUARANTINE_CHUNK = 500;

export interface DuckDbSink extends SinkV1 {
  /** The resolved database location (absolute file path, `:memory:` or `md:` URI). */
  readonly location: string;
  /** Migration version of the open database. */
  migrationVersion(): Promise<number>;
  /** Names of the tables and views the store created. */
  readonly coreTables: ReadonlyArray<string>;
  /**
   * Trusted writes to the store's own bookkeeping tables (query log, saved reports), on a
   * connection and a queue of their own: a long load on `writer` never delays them.
   */
  readonly bookkeeping: SinkSqlRunner;
}

/**
 * The DuckDB store: a local file by default, `:memory:`, or MotherDuck (`md:<db>`).
 *
 * @param options.path database location, default `./living-schema.duckdb` (env `LIVING_SCHEMA_DB`)
 * @param options.readOnly open without writing (no migrations, loads refused), default false
 * @param options.maxRows rows a query returns at most, default 10,000
 * @param options.maxResultBytes bytes of result a query returns at most, default 32 MiB
 *   (env `LIVING_SCHEMA_MAX_RESULT_BYTES`); beyond it `LS_RESULT_TOO_LARGE`
 * @param options.maxConcurrentQueries queries running at once, default 6, at most
 *   `maxConcurrentQueriesPerCaller` (default 2) of one caller; `maxQueuedQueries` more wait
 *   (default 16), beyond that `LS_QUERY_QUEUE_FULL`
 * @param options.queryTimeoutMs query interruption, default 30,000 ms
 * @param options.busyTimeoutMs wait for another process's lock, default 5,000 ms
 * @example
 * import { createLivingSchema } from '@living-schema/core';
 * import { duckdb } from '@living-schema/sink-duckdb';
 * const ls = createLivingSchema({ sink: duckdb({ path: './data.duckdb' }) });
 * @see https://duckdb.org/docs/stable/clients/node_neo/overview
 */
export function duckdb(options: DuckDbSinkOptions = {}): DuckDbSink {
  const parsed = parsePluginOptions('duckdb', duckdbOptionsSchema, options);
  return new DuckDbSinkImpl(parsed);
}

/** Same as {@link duckdb}. */
export const createDuckDbSink = duckdb;

class DuckDbSinkImpl implements DuckDbSink {
  readonly specificationVersion = 'v1' as const;
  readonly name = 'duckdb';
  readonly location: string;
  readonly coreTables = CORE_TABLES;
  /** True when opened read-only: by the option, or because the file or its folder is not writable. */
  get readOnly(): boolean {
    return this.options.readOnly || this.foundReadOnly;
  }
  private foundReadOnly = false;
  readonly catalog: DuckDbCatalogStore;
  readonly reader: SinkSqlRunner;
  readonly writer: SinkWriter;
  readonly bookkeeping: SinkSqlRunner;

  private store: StoreInstance | undefined;
  private opening: Promise<void> | undefined;
  /** The writer queue: loads, syncs and catalog writes run one at a time, each in its own transaction. */
  private readonly writes = new Mutex();
  /** Query log and report writes queue apart from data writes, on a connection of their own. */
  private readonly bookkeepingWrites = new Mutex();
  private readonly env: Record<string, string | undefined>;
  private readonly limits: QueryLimits;
  private readonly admission: QueryAdmission;

  constructor(private readonly options: ResolvedDuckDbSinkOptions) {
    this.env = options.env ?? process.env;
    this.limits = resolveQueryLimits(options, this.env);
    this.admission = new QueryAdmission({
      maxConcurrent: this.limits.maxConcurrentQueries,
      maxConcurrentPerCaller: this.limits.maxConcurrentQueriesPerCaller,
      maxQueued: this.limits.maxQueuedQueries,
    });
    const path = options.path ?? this.env.LIVING_SCHEMA_DB ?? DEFAULT_DATABASE_PATH;
    this.location = path === ':memory:' || path.startsWith('md:') ? path : resolve(path);
    this.reader = {
      run: (sql, params) => this.withReader((c) => runStatement(c, sql, params)),
      all: (sql, params) => this.withReader((c) => allRows(c, sql, params)),
    };
    const writerRunner: SinkSqlRunner = {
      run: (sql, params) => this.withWriter((c) => runStatement(c, sql, params)),
      all: (sql, params) => this.withWriter((c) => allRows(c, sql, params)),
    };
    this.writer = {
      ...writerRunner,
      transaction: (work) =>
        this.withWriter((c) =>
          inTransaction(c, () => work({ run: (sql, params) => runStatement(c, sql, params), all: (sql, params) => allRows(c, sql, params) })),
        ),
    };
    this.bookkeeping = {
      run: (sql, params) => this.withBookkeeping((c) => runStatement(c, sql, params)),
      all: (sql, params) => this.withBookkeeping((c) => allRows(c, sql, params)),
    };
    this.catalog = new DuckDbCatalogStore(this.reader, this.writer);
  }

  async open(): Promise<void> {
    this.opening ??= this.doOpen().catch((error) => {
      this.opening = undefined;
      throw error;
    });
    return this.opening;
  }

  private async doOpen(): Promise<void> {
    // A store on a read-only mount or without write permission still answers reads.
    this.foundReadOnly = !this.options.readOnly && (await mustOpenReadOnly(this.location));
    this.store = await StoreInstance.open({
      location: this.location,
      readOnly: this.readOnly,
      threads: this.options.threads,
      memoryLimit: this.options.memoryLimit ?? this.env.LIVING_SCHEMA_DUCKDB_MEMORY_LIMIT ?? DEFAULT_MEMORY_LIMIT,
      maxTempDirectorySize: this.maxTempDirectorySize,
      motherduckToken: this.motherduckToken(),
      busyTimeoutMs: this.options.busyTimeoutMs,
      prepare: (writer) => (this.readOnly ? this.requireMigrated(writer) : this.migrate(writer)),
    });
  }

  /** The spill cap: the option, else the environment, else 2 GiB. */
  private get maxTempDirectorySize(): string {
    return this.options.maxTempDirectorySize ?? (this.env.LIVING_SCHEMA_MAX_TEMP_DIRECTORY_SIZE?.trim() || DEFAULT_MAX_TEMP_DIRECTORY_SIZE);
  }

  private motherduckToken(): string | undefined {
    if (!this.location.startsWith('md:')) return undefined;
    const token = this.env[this.options.motherduckTokenEnv];
    if (token) return token;
    throw new LivingSchemaError({
      code: ErrorCodes.CONFIG_INVALID,
      message: `MotherDuck database "${this.location}" needs a token: set ${this.options.motherduckTokenEnv}.`,
      details: { path: this.location, env: this.options.motherduckTokenEnv },
    });
  }

  private async requireMigrated(connection: DuckDBConnection): Promise<void> {
    const version = await migrationVersionOf(connection);
    if (version >= LATEST_MIGRATION) return;
    throw new LivingSchemaError({
      code: ErrorCodes.MIGRATION_FAILED,
      message: `Database ${this.location} is at migration ${version} but this version needs ${LATEST_MIGRATION}; run \`living-schema init\` (which opens it for writing) first.`,
      details: { path: this.location, version, needed: LATEST_MIGRATION },
    });
  }

  private async migrate(connection: DuckDBConnection): Promise<void> {
    await connection.run(
      `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL)`,
    );
    const current = await migrationVersionOf(connection);
    if (current > LATEST_MIGRATION) {
      throw new LivingSchemaError({
        code: ErrorCodes.MIGRATION_FAILED,
        message: `Database ${this.location} is at migration ${current}, newer than this @living-schema/sink-duckdb knows (${LATEST_MIGRATION}). Upgrade the package.`,
        details: { path: this.location, version: current },
      });
    }
    for (const migration of MIGRATIONS) {
      if (migration.version <= current) continue;
      try {
        await this.writes.run(() =>
          inTransaction(connection, async () => {
            for (const statement of migration.statements) await connection.run(statement);
            await runStatement(connection, `INSERT INTO ${MIGRATIONS_TABLE} VALUES ($1, $2, now())`, [migration.version, migration.name]);
          }),
        );
      } catch (error) {
        throw new LivingSchemaError({
          code: ErrorCodes.MIGRATION_FAILED,
          message: `Migration ${migration.version} (${migration.name}) failed on ${this.location}: ${describeError(error)}`,
          details: { path: this.location, version: migration.version },
          cause: error,
        });
      }
    }
    // Migrated DDL goes straight into the database file: DuckDB 1.5 cannot replay a WAL holding
    // some schema changes (an ADD COLUMN with a list default) after a crash, and a database
    // that fails to reopen after kill -9 is exactly what migrations must never cause.
    if (MIGRATIONS.some((m) => m.version > current)) await connection.run('CHECKPOINT');
  }

  async migrationVersion(): Promise<number> {
    await this.open();
    return this.writes.run(() => migrationVersionOf(this.requireStore().writer));
  }

  async close(): Promise<void> {
    const opening = this.opening;
    this.opening = undefined;
    if (opening) await opening.catch(() => undefined);
    // Writes in flight finish first; running reads are interrupted (see StoreInstance.close).
    await this.writes.run(() =>
      this.bookkeepingWrites.run(async () => {
        const store = this.store;
        this.store = undefined;
        await store?.close();
      }),
    );
  }

  private requireStore(): StoreInstance {
    if (!this.store) {
      throw new LivingSchemaError({ code: ErrorCodes.ENGINE_CLOSED, message: `DuckDB sink ${this.location} is not open; call open() first.` });
    }
    return this.store;
  }

  private refuseWhenReadOnly(): void {
    if (this.readOnly) throw storeReadOnly(this.location, this.options.readOnly);
  }

  private async withWriter<T>(work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    await this.open();
    this.refuseWhenReadOnly();
    return this.writes.run(() => this.reportingDiskFull('writing to the store', () => work(this.requireStore().writer)));
  }

  private async withBookkeeping<T>(work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    await this.open();
    this.refuseWhenReadOnly();
    return this.bookkeepingWrites.run(() => this.reportingDiskFull('writing the query log', () => work(this.requireStore().bookkeeping)));
  }

  /** A write that found the store's disk full is LS_DISK_FULL naming its folder, not DuckDB's raw error. */
  private async reportingDiskFull<T>(doing: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (!isDiskFull(error) || LivingSchemaError.hasCode(error, ErrorCodes.DISK_FULL)) throw error;
      throw diskFull(dirname(this.location), doing, error);
    }
  }

  private async withReader<T>(work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    await this.open();
    return this.requireStore().readers.use(work);
  }

  async encodeParquet(batch: Batch, destination: string, metadata: StagingMetadata): Promise<{ rowCount: number }> {
    await this.open();
    const rowCount = batch.payload.format === 'parquet' ? batch.payload.rowCount : batch.payload.rows.length;
    try {
      if (batch.payload.format === 'parquet' && (await this.hasMetadata(batch.payload.path, metadata))) {
        await mkdir(dirname(destination), { recursive: true });
        await copyFile(batch.payload.path, destination);
        return { rowCount };
      }
      // The engine writes only inside its inbox; the file is moved to the destination after.
      const { inbox } = this.requireStore();
      const encoded = inbox.path('.parquet');
      try {
        await this.withReader((connection) => this.encodeInto(connection, batch, encoded, metadata));
        await inbox.moveOut(encoded, destination);
      } finally {
        await rm(encoded, { force: true });
      }
      return { rowCount };
    } catch (error) {
      if (LivingSchemaError.isInstance(error)) throw error;
      throw new LivingSchemaError({
        code: ErrorCodes.STAGING_FAILED,
        message: `Could not encode batch from ${batch.sourceUri} as Parquet: ${describeLoadError(error, { rowCount, columns: batch.columns }, 'encoding')}`,
        details: { sourceUri: batch.sourceUri, destination },
        cause: error,
      });
    }
  }

  /** True when the Parquet file at `path` already carries exactly `metadata` (it is then staged as is). */
  private async hasMetadata(path: string, metadata: StagingMetadata): Promise<boolean> {
    const existing = await this.requireStore().inbox.withFile(path, (inside) =>
      this.reader.all<{ k: string; v: string }>(`SELECT decode(key) AS k, decode(value) AS v FROM parquet_kv_metadata(${quoteLiteral(inside)})`),
    );
    const present = new Map(existing.map((row) => [row.k, row.v]));
    return Object.entries(metadata).every(([key, value]) => present.get(key) === value);
  }

  private async encodeInto(connection: DuckDBConnection, batch: Batch, encoded: string, metadata: StagingMetadata): Promise<void> {
    const kv = `{${Object.entries(metadata)
      .map(([key, value]) => `${quoteIdentifier(key)}: ${quoteLiteral(value)}`)
      .join(', ')}}`;
    // Wide batches get smaller row groups (see parquetRowGroupSize): the writer buffers one per thread.
    const copyTo = (select: string, columns: number) =>
      `COPY (${select}) TO ${quoteLiteral(encoded)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${parquetRowGroupSize(columns)}, KV_METADATA ${kv})`;
    const { inbox } = this.requireStore();
    if (batch.payload.format === 'parquet') {
      await inbox.withFile(batch.payload.path, async (source) => {
        const [schema] = await allRows<{ n: number }>(connection, `SELECT count(*) AS n FROM parquet_schema(${quoteLiteral(source)})`);
        await connection.run(copyTo(`SELECT * FROM read_parquet(${quoteLiteral(source)})`, Number(schema?.n ?? 0)));
      });
      return;
    }
    const rows = batch.payload.rows;
    const columns = STAGED_COLUMNS[batch.kind] ?? null;
    if (rows.length === 0) {
      const spec = columns ?? Object.fromEntries((batch.columns ?? []).map((c) => [c.name, 'VARCHAR']));
      const select = Object.keys(spec).length
        ? `SELECT ${Object.entries(spec).map(([n, t]) => `NULL::${t} AS ${quoteIdentifier(n)}`).join(', ')} WHERE false`
        : 'SELECT NULL::BIGINT AS _row WHERE false';
      await connection.run(copyTo(select, 1));
      return;
    }
    const ndjson = inbox.path('.ndjson');
    try {
      await writeNdjson(ndjson, rows, batch.kind);
      const columnSpec = columns
        ? `, columns = {${Object.entries(columns).map(([n, t]) => `${quoteIdentifier(n)}: ${quoteLiteral(t)}`).join(', ')}}`
        : ', sample_size = -1';
      const width = columns ? Object.keys(columns).length : Math.max(batch.columns?.length ?? 0, new Set(rows.slice(0, 1_000).flatMap((row) => Object.keys(row))).size);
      await connection.run(copyTo(`SELECT * FROM read_json(${quoteLiteral(ndjson)}, format = 'newline_delimited'${columnSpec})`, width));
    } finally {
      await rm(ndjson, { force: true });
    }
  }

  async recordStaged(batch: StagedBatch): Promise<void> {
    await this.withWriter((c) => writeStaged(c, batch, batch.rowCount + batch.rejected.length));
  }

  async recordFailed(batchId: string, error: string): Promise<void> {
    await this.withWriter((c) =>
      runStatement(
        c,
        `UPDATE ingest_batches SET status = 'failed', error = $2, finished_at = now() WHERE batch_id = $1 AND status <> 'loaded'`,
        [batchId, error.slice(0, 4000)],
      ),
    );
  }

  async load(batch: StagedBatch, path: string): Promise<LoadResult> {
    await this.open();
    return this.requireStore().inbox.withFile(path, (inside) => this.loadFromInbox(batch, inside));
  }

  private async loadFromInbox(batch: StagedBatch, path: string): Promise<LoadResult> {
    const startedAt = performance.now();
    return this.withWriter(async (connection) => {
      try {
        return await inTransaction(connection, async () => {
          const ledger = await allRows<{ status: string; rows_in: number }>(connection, `SELECT status, rows_in FROM ingest_batches WHERE batch_id = $1`, [batch.batchId]);
          if (ledger[0]?.status === 'loaded') {
            return { skipped: true as const, rowsIn: ledger[0].rows_in };
          }
          const file = quoteLiteral(path);
          let rowsLoaded: number;
          let rowsAlreadyPresent = 0;
          let rowsSuperseded = 0;
          let columnChanges: ColumnChange[] = [];
          if (batch.kind === 'documents') {
            ({ rowsLoaded, rowsAlreadyPresent } = await loadDocuments(connection, batch, file));
          } else if (batch.kind === 'annotations') {
            ({ rowsLoaded, rowsAlreadyPresent, rowsSuperseded } = await loadAnnotations(connection, batch, file));
          } else if (batch.kind === 'responses') {
            ({ rowsLoaded, rowsAlreadyPresent, rowsSuperseded } = await loadResponses(connection, batch, file));
          } else {
            const loaded = await loadRecords(connection, batch, file);
            rowsLoaded = loaded.rowsLoaded;
            columnChanges = loaded.columnChanges;
          }
          if (rowsLoaded + rowsAlreadyPresent !== batch.rowCount) {
            throw new Error(`staged file holds ${batch.rowCount} rows but ${rowsLoaded} were inserted`);
          }
          // Rejected rows go in by the hundred: one statement each made a file of 100,000 ragged
          // lines take longer to quarantine than to load.
          for (let start = 0; start < batch.rejected.length; start += QUARANTINE_CHUNK) {
            const chunk = batch.rejected.slice(start, start + QUARANTINE_CHUNK);
            await runStatement(
              connection,
              `INSERT INTO quarantine (batch_id, source, source_uri, dataset, row_number, raw, reason, quarantined_at)
               SELECT $1, $2, $3, $4, r.row_number, r.raw, r.reason, now() FROM (VALUES ${chunk.map((_, i) => `($${5 + i * 3}::BIGINT, $${6 + i * 3}::VARCHAR, $${7 + i * 3}::VARCHAR)`).join(', ')}) r(row_number, raw, reason)`,
              [batch.batchId, batch.source, batch.sourceUri, batch.dataset, ...chunk.flatMap((rejected) => [rejected.row, rejected.raw.slice(0, MAX_QUARANTINED_RAW), rejected.reason])],
            );
          }
          const rowsIn = batch.rowCount + batch.rejected.length;
          await writeLoaded(connection, batch, { rowsIn, rowsLoaded, rowsQuarantined: batch.rejected.length, rowsAlreadyPresent, rowsSuperseded });
          await this.options.hooks?.beforeCommit?.(batch.batchId);
          faultPoint('sink.before-commit');
          return { skipped: false as const, rowsIn, rowsLoaded, rowsAlreadyPresent, rowsSuperseded, columnChanges };
        }).then((outcome): LoadResult => {
          const durationMs = performance.now() - startedAt;
          if (outcome.skipped) {
            return { batchId: batch.batchId, status: 'skipped', rowsIn: outcome.rowsIn, rowsLoaded: 0, rowsQuarantined: 0, durationMs, columnChanges: [] };
          }
          return {
            batchId: batch.batchId,
            status: 'loaded',
            rowsIn: outcome.rowsIn,
            rowsLoaded: outcome.rowsLoaded,
            rowsQuarantined: batch.rejected.length,
            ...(outcome.rowsAlreadyPresent ? { rowsAlreadyPresent: outcome.rowsAlreadyPresent } : {}),
            ...(outcome.rowsSuperseded ? { rowsSuperseded: outcome.rowsSuperseded } : {}),
            durationMs,
            columnChanges: outcome.columnChanges,
          };
        });
      } catch (error) {
        throw new LivingSchemaError({
          code: ErrorCodes.LOAD_FAILED,
          message: `Batch ${batch.batchId} from ${batch.sourceUri} was not loaded (nothing of it was kept): ${describeLoadError(error, batch)}`,
          details: { batchId: batch.batchId, sourceUri: batch.sourceUri, dataset: batch.dataset },
          cause: error,
        });
      }
    });
  }

  sourceState(source: string): SourceStateStore {
    return {
      get: async (key: string) => {
        const rows = await this.reader.all<{ value: string }>(`SELECT value FROM source_sync_state WHERE source = $1 AND key = $2`, [source, key]);
        return rows[0]?.value ?? null;
      },
      set: async (key: string, value: string, options: { afterBatch?: string } = {}) => {
        const guard = options.afterBatch
          ? `WHERE EXISTS (SELECT 1 FROM ingest_batches WHERE batch_id = $4 AND status = 'loaded')`
          : '';
        const params = options.afterBatch ? [source, key, value, options.afterBatch] : [source, key, value];
        const changed = await this.writer.run(
          `INSERT INTO source_sync_state (source, key, value, updated_at) SELECT $1, $2, $3, now() ${guard}
           ON CONFLICT (source, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
          params,
        );
        return changed > 0;
      },
    };
  }

  async batch(batchId: string): Promise<BatchLedgerEntry | null> {
    const rows = await this.reader.all<LedgerRow>(`SELECT * FROM ingest_batches WHERE batch_id = $1`, [batchId]);
    return rows[0] ? toLedgerEntry(rows[0]) : null;
  }

  async batches(options: { limit?: number; status?: BatchStatus } = {}): Promise<BatchLedgerEntry[]> {
    const params: unknown[] = [];
    let where = '';
    if (options.status) {
      params.push(options.status);
      where = `WHERE status = $1`;
    }
    const limit = options.limit ? `LIMIT ${Math.max(1, Math.floor(options.limit))}` : '';
    const rows = await this.reader.all<LedgerRow>(`SELECT * FROM ingest_batches ${where} ORDER BY started_at DESC, batch_id ${limit}`, params);
    return rows.map(toLedgerEntry);
  }

  async query(sql: string, options: QueryOptions = {}): Promise<QueryResult> {
    const select: BoundedSelectOptions = {
      maxRows: options.maxRows ?? this.options.maxRows,
      maxResultBytes: options.maxResultBytes ?? this.limits.maxResultBytes,
      timeoutMs: options.timeoutMs ?? this.options.queryTimeoutMs,
      params: options.params,
      maxTempDirectorySize: this.maxTempDirectorySize,
    };
    // Every connection of the store's instance is locked down (see StoreInstance); untrusted SQL
    // is also held to the store's user-facing tables (see untrustedReadGuard).
    return this.admission.run(
      () =>
        this.withReader((connection) => {
          const checks = options.sandboxed ? untrustedReadGuard(connection, sql, this.requireStore().database, options.params) : undefined;
          return boundedSelect(connection, sql, { ...select, checks });
        }),
      options.caller ?? currentCaller(),
    );
  }
}

async function migrationVersionOf(connection: DuckDBConnection): Promise<number> {
  const rows = await allRows<{ exists: boolean }>(
    connection,
    `SELECT count(*) > 0 AS exists FROM duckdb_tables() WHERE table_name = '${MIGRATIONS_TABLE}' AND schema_name = 'main'`,
  );
  if (!rows[0]?.exists) return 0;
  const version = await allRows<{ v: number | null }>(connection, `SELECT max(version) AS v FROM ${MIGRATIONS_TABLE}`);
  return version[0]?.v ?? 0;
}
