import { DuckDBInstance, StatementType, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { ErrorCodes, LivingSchemaError, describeError, quoteLiteral, type QueryResult } from '@living-schema/core';
import { readBoundedResult, type ResultLimits } from './duckdb-result-reader.js';
import { RwLock } from './duckdb-rw-lock.js';

/** Bookkeeping writes (query log, saved reports) after which the sandbox is reopened anyway. */
const BOOKKEEPING_REFRESH_EVERY = 500;
/** Name the store's file is attached under inside the sandbox. */
const SANDBOX_CATALOG = 'store';

export interface QuerySandboxOptions {
  /** Absolute path of the database file. */
  location: string;
  threads?: number;
  memoryLimit?: string;
  /** Closes the store's own (read-write) instance. */
  closeMain(): Promise<void>;
  /** Opens it again (taking the file lock again). */
  openMain(): Promise<void>;
}

export interface SandboxQueryOptions extends ResultLimits {
  timeoutMs: number;
  params?: unknown[];
}

interface OpenSandbox {
  instance: DuckDBInstance;
  generation: number;
  bookkeeping: number;
}

/**
 * Untrusted SELECTs run here: a second, in-memory DuckDB instance that attaches the store's file
 * READ_ONLY and then sets `enable_external_access = false` and `lock_configuration = true`, so a
 * query cannot read or write other files, reach the network, load extensions or change a
 * setting, whatever it says.
 *
 * Two facts about DuckDB 1.5 in one process shape this class (measured, see the package README):
 * - a read-only attachment sees the file as it stood when it opened; writes by the store's own
 *   instance afterwards stay invisible to it, so the sandbox is reopened after a write;
 * - DuckDB locks the file with POSIX `fcntl` locks, which belong to the process: closing ANY
 *   handle on the file drops every lock the process holds on it, including the writer's. So an
 *   old sandbox is never closed while the store's instance stays open: a refresh closes the
 *   store's instance first, then the sandbox, then reopens the store (taking the lock again)
 *   and opens a new sandbox.
 * While a sandbox is open, the process holds a shared lock on the file: other processes cannot
 * write it, though they could open it read-only.
 *
 * `instanceGate` is shared by every use of the store's instance and taken exclusively by a
 * refresh; `storeGate` keeps writes and sandbox queries apart, so a checkpoint never reuses a
 * block that a running sandbox query still reads.
 */
export class QuerySandbox {
  readonly instanceGate = new RwLock();
  readonly storeGate = new RwLock();
  private current: OpenSandbox | undefined;
  private generation = 0;
  private bookkeeping = 0;

  constructor(private readonly options: QuerySandboxOptions) {}

  /** Called after every write on the store's instance. */
  noteWrite(kind: 'data' | 'bookkeeping'): void {
    if (kind === 'data') this.generation += 1;
    else this.bookkeeping += 1;
  }

  private stale(): boolean {
    const current = this.current;
    return !current || current.generation !== this.generation || this.bookkeeping - current.bookkeeping >= BOOKKEEPING_REFRESH_EVERY;
  }

  async query(sql: string, options: SandboxQueryOptions): Promise<QueryResult> {
    for (;;) {
      if (this.stale()) await this.instanceGate.exclusive(() => this.refresh());
      const result = await this.instanceGate.shared(() =>
        this.storeGate.shared(async () => {
          // A write may have slipped in between the refresh and these gates: look again.
          if (this.stale()) return undefined;
          const connection = await this.current!.instance.connect();
          try {
            await connection.run(`USE ${SANDBOX_CATALOG}`);
            return await boundedSelect(connection, sql, options);
          } finally {
            connection.closeSync();
          }
        }),
      );
      if (result) return result;
    }
  }

  private async refresh(): Promise<void> {
    if (!this.stale()) return;
    const previous = this.current;
    this.current = undefined;
    if (previous) {
      // Order matters (fcntl locks are per process): close both, then reopen the store first.
      await this.options.closeMain();
      previous.instance.closeSync();
      await this.options.openMain();
    }
    const config: Record<string, string> = {
      autoinstall_known_extensions: 'false',
      autoload_known_extensions: 'false',
      allow_community_extensions: 'false',
    };
    if (this.options.threads) config.threads = String(this.options.threads);
    if (this.options.memoryLimit) config.memory_limit = this.options.memoryLimit;
    let instance: DuckDBInstance | undefined;
    try {
      // An in-memory instance that attaches the file read-only, then shuts itself off from files
      // and settings. (Opening the file itself READ_ONLY fails in DuckDB 1.5 when its WAL holds an
      // ALTER: "GetDefaultDatabase with no default database set" during replay.)
      instance = await DuckDBInstance.create(':memory:', config);
      const setup = await instance.connect();
      try {
        await setup.run(`ATTACH ${quoteLiteral(this.options.location)} AS ${SANDBOX_CATALOG} (READ_ONLY)`);
        await setup.run(`SET enable_external_access = false`);
        await setup.run(`SET lock_configuration = true`);
      } finally {
        setup.closeSync();
      }
    } catch (error) {
      instance?.closeSync();
      throw new LivingSchemaError({
        code: ErrorCodes.QUERY_FAILED,
        message: `Could not open the query sandbox on ${this.options.location}: ${describeError(error)}`,
        details: { path: this.options.location },
        cause: error,
      });
    }
    this.current = { instance, generation: this.generation, bookkeeping: this.bookkeeping };
  }

  /** Closes the sandbox. Call after the store's own instance was closed (see the class comment). */
  close(): void {
    this.current?.instance.closeSync();
    this.current = undefined;
  }
}

/** Prepares one SELECT, runs it within row and byte limits, and interrupts DuckDB after `timeoutMs`. */
export async function boundedSelect(connection: DuckDBConnection, sql: string, options: SandboxQueryOptions): Promise<QueryResult> {
  let extracted;
  try {
    extracted = await connection.extractStatements(sql);
  } catch (error) {
    throw queryFailed(sql, error);
  }
  if (extracted.count !== 1) {
    throw new LivingSchemaError({
      code: ErrorCodes.QUERY_REFUSED,
      message: `Refused: expected exactly one SQL statement, found ${extracted.count}.`,
      details: { rule: 'single-statement' },
    });
  }
  let prepared;
  try {
    prepared = await extracted.prepare(0);
  } catch (error) {
    throw queryFailed(sql, error);
  }
  if (prepared.statementType !== StatementType.SELECT) {
    throw new LivingSchemaError({
      code: ErrorCodes.QUERY_REFUSED,
      message: `Refused: only read-only SELECT statements may run here (this is a ${StatementType[prepared.statementType] ?? 'non-SELECT'} statement).`,
      details: { rule: 'select-only', statementType: StatementType[prepared.statementType] },
    });
  }
  if (options.params?.length) prepared.bind(options.params as DuckDBValue[]);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    connection.interrupt();
  }, options.timeoutMs);
  try {
    // Streamed and read within the limits, so a huge result is never materialised.
    return await readBoundedResult(await prepared.stream(), options);
  } catch (error) {
    if (LivingSchemaError.hasCode(error, ErrorCodes.RESULT_TOO_LARGE)) throw error;
    if (timedOut) {
      throw new LivingSchemaError({
        code: ErrorCodes.QUERY_FAILED,
        message: `Query interrupted after ${options.timeoutMs} ms (timeout).`,
        details: { rule: 'timeout', timeoutMs: options.timeoutMs },
        cause: error,
      });
    }
    throw queryFailed(sql, error);
  } finally {
    clearTimeout(timer);
  }
}

function queryFailed(sql: string, error: unknown): LivingSchemaError {
  return new LivingSchemaError({
    code: ErrorCodes.QUERY_FAILED,
    message: `Query failed: ${describeError(error)}`,
    details: { sql: sql.slice(0, 2000) },
    cause: error,
  });
}
