import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { ErrorCodes, LivingSchemaError, describeError, quoteLiteral } from '@living-schema/core';
import { duckdbApi } from './duckdb-api.js';
import { DuckDbConnectionPool } from './duckdb-connection-pool.js';
import { DuckDbInbox } from './duckdb-inbox.js';

/** Idle read connections kept for reuse. */
const MAX_IDLE_READERS = 8;

export interface StoreInstanceOptions {
  /** Absolute path, `:memory:` or `md:<database>`. */
  location: string;
  readOnly: boolean;
  threads?: number;
  memoryLimit: string;
  /** DuckDB's `max_temp_directory_size`: the disk one instance may spill to. */
  maxTempDirectorySize: string;
  /** MotherDuck token (only for `md:`). */
  motherduckToken?: string;
  busyTimeoutMs: number;
  /**
   * Runs on the writer connection before the lockdown (migrations: DuckDB 1.5 changes a setting
   * of its own for an ADD COLUMN with a list default in a transaction, which a locked
   * configuration refuses).
   */
  prepare(writer: DuckDBConnection): Promise<void>;
}

/**
 * The store's one DuckDB instance, opened once and, after its migrations, locked down before any
 * other statement runs:
 * files only inside its private inbox (and DuckDB's own temporary folder), no network, no
 * extension install or autoload, and `lock_configuration` so nothing can change that later.
 * It holds three kinds of connection: one writer (data loads, catalog writes; callers queue for
 * it), one for bookkeeping (the query log, saved reports: a long load never delays a query's
 * log entry) and a pool of readers. Nothing closes or reopens until `close()`, so the process
 * holds the file lock from open to close.
 */
export class StoreInstance {
  private constructor(
    readonly instance: DuckDBInstance,
    readonly writer: DuckDBConnection,
    readonly bookkeeping: DuckDBConnection,
    readonly readers: DuckDbConnectionPool,
    readonly inbox: DuckDbInbox,
    /** The store's catalog name in DuckDB (`current_database()`). */
    readonly database: string,
  ) {}

  static async open(options: StoreInstanceOptions): Promise<StoreInstance> {
    const onDisk = options.location !== ':memory:' && !options.location.startsWith('md:');
    if (onDisk) await mkdir(dirname(options.location), { recursive: true });
    const inbox = await DuckDbInbox.create(options.location);
    let instance: DuckDBInstance | undefined;
    try {
      instance = await createWaitingForLock(options, instanceConfig(options, inbox));
      const writer = await instance.connect();
      await options.prepare(writer);
      await lockDown(writer, options, inbox);
      const bookkeeping = await instance.connect();
      const database = String((await writer.runAndReadAll('SELECT current_database() AS d')).getRowObjectsJS()[0]?.d);
      return new StoreInstance(instance, writer, bookkeeping, new DuckDbConnectionPool(instance, MAX_IDLE_READERS), inbox, database);
    } catch (error) {
      instance?.closeSync();
      await inbox.remove();
      throw error;
    }
  }

  /** Waits for running reads (interrupted), closes every connection, then the instance (the lock goes with it). */
  async close(): Promise<void> {
    await this.readers.close();
    this.writer.closeSync();
    this.bookkeeping.closeSync();
    this.instance.closeSync();
    await this.inbox.remove();
  }
}

function instanceConfig(options: StoreInstanceOptions, inbox: DuckDbInbox): Record<string, string> {
  const config: Record<string, string> = {
    access_mode: options.readOnly ? 'READ_ONLY' : 'READ_WRITE',
    memory_limit: options.memoryLimit,
  };
  if (options.threads) config.threads = String(options.threads);
  if (options.location.startsWith('md:')) {
    // MotherDuck's client is itself an extension that loads on connect.
    config.motherduck_token = options.motherduckToken ?? '';
    return config;
  }
  // Each staged Parquet file is read once, by its load, then deleted: caching its blocks only
  // grows the process (a ten-minute soak of 2,100 uploads held 50 MiB of dead files' pages).
  config.enable_external_file_cache = 'false';
  // Nothing may be downloaded or loaded at run time: Parquet and JSON are built in.
  config.autoinstall_known_extensions = 'false';
  config.autoload_known_extensions = 'false';
  config.allow_community_extensions = 'false';
  // DuckDB's spill folder, named so a `:memory:` store never spills into the working directory.
  // A read-only store's folder may take no spill either.
  config.temp_directory = options.location === ':memory:' || options.readOnly ? join(inbox.directory, 'spill') : `${options.location}.tmp`;
  return config;
}

/** Settings that shut the instance off from the host; after `lock_configuration` none can change. */
async function lockDown(connection: DuckDBConnection, options: StoreInstanceOptions, inbox: DuckDbInbox): Promise<void> {
  await connection.run(`SET allowed_directories = [${quoteLiteral(`${inbox.directory}/`)}]`);
  // Without a cap one sort may fill the disk (issue 14 saw 4.8 GB in 30 s). A SET, not the
  // instance config: DuckDB 1.5.6 reports a configured cap but does not enforce it.
  if (!options.location.startsWith('md:')) await connection.run(`SET max_temp_directory_size = ${quoteLiteral(options.maxTempDirectorySize)}`);
  // MotherDuck reaches its service through this switch; there the statement guard alone keeps
  // untrusted SQL to the store's tables (see the package README).
  if (!options.location.startsWith('md:')) await connection.run('SET enable_external_access = false');
  await connection.run('SET lock_configuration = true');
}

async function createWaitingForLock(options: StoreInstanceOptions, config: Record<string, string>): Promise<DuckDBInstance> {
  const deadline = Date.now() + options.busyTimeoutMs;
  for (;;) {
    try {
      return await duckdbApi.DuckDBInstance.create(options.location, config);
    } catch (error) {
      const message = describeError(error);
      const locked = /lock/i.test(message) && /conflict|could not set/i.test(message);
      if (locked && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        continue;
      }
      throw openFailed(options, error, locked);
    }
  }
}

function openFailed(options: StoreInstanceOptions, error: unknown, locked: boolean): LivingSchemaError {
  const message = describeError(error);
  const path = options.location;
  if (locked) {
    const pid = /held in .+?\(PID (\d+)\)/.exec(message)?.[1];
    return new LivingSchemaError({
      code: ErrorCodes.DATABASE_BUSY,
      message: `Database ${path} is busy: another process${pid ? ` (PID ${pid})` : ''} has it open for writing. Retry when it finishes, or wait longer with busyTimeoutMs (waited ${options.busyTimeoutMs} ms); while \`living-schema serve\` holds it, query and ingest through the server's API instead.`,
      details: { path, pid: pid ? Number(pid) : null },
      cause: error,
    });
  }
  if (options.readOnly && /does not exist|No such file|Cannot open database/i.test(message)) {
    return new LivingSchemaError({
      code: ErrorCodes.NOT_FOUND,
      message: `Database ${path} does not exist. Create it with \`living-schema init\` or by ingesting data.`,
      details: { path },
      cause: error,
    });
  }
  return new LivingSchemaError({
    code: ErrorCodes.LOAD_FAILED,
    message: `Could not open DuckDB database ${path}: ${message}`,
    details: { path },
    cause: error,
  });
}
