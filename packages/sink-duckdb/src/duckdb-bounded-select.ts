import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { duckdbApi } from './duckdb-api.js';
import { ErrorCodes, LivingSchemaError, describeError, type QueryResult } from '@living-schema/core';
import type { SelectChecks } from './duckdb-read-guard.js';
import { readBoundedResult, type ResultLimits } from './duckdb-result-reader.js';

const { StatementType } = duckdbApi;

export interface BoundedSelectOptions extends ResultLimits {
  timeoutMs: number;
  params?: unknown[];
  /** The store's spill cap, named when a query reaches it. */
  maxTempDirectorySize?: string;
  /** Checks of an untrusted statement, run before it is prepared and once it is known to be one SELECT. */
  checks?: SelectChecks;
}

/** Prepares one SELECT, runs it within row and byte limits, and interrupts DuckDB after `timeoutMs`. */
export async function boundedSelect(connection: DuckDBConnection, sql: string, options: BoundedSelectOptions): Promise<QueryResult> {
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
  await options.checks?.beforePrepare();
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
  await options.checks?.afterPrepare();
  if (options.params?.length) prepared.bind(options.params as DuckDBValue[]);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    connection.interrupt();
  }, options.timeoutMs);
  try {
    // Run task by task on this thread (DuckDB's own threads do the rest), not in one call on a
    // libuv worker: such a call holds its worker for the whole query, and four slow queries then
    // hold Node's default four, stalling every other DuckDB call and file read of the process.
    const pending = prepared.startStream();
    await pending.runAllTasks();
    // Streamed and read within the limits, so a huge result is never materialised.
    return await readBoundedResult(await pending.getResult(), options);
  } catch (error) {
    if (LivingSchemaError.hasCode(error, ErrorCodes.RESULT_TOO_LARGE)) throw error;
    if (/max_temp_directory_size/i.test(describeError(error))) throw spillLimitReached(options.maxTempDirectorySize, error);
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
    message: `Query failed: ${describeError(error).replace(/^Failure running pending result task: /, '')}`,
    details: { sql: sql.slice(0, 2000) },
    cause: error,
  });
}

/** DuckDB's refusal to spill past `max_temp_directory_size`, as the setting users know. */
function spillLimitReached(limit: string | undefined, error: unknown): LivingSchemaError {
  return new LivingSchemaError({
    code: ErrorCodes.QUERY_SPILL_LIMIT,
    message:
      `Query stopped: it needed more temporary disk than maxTempDirectorySize (${limit ?? 'the limit'}) allows. ` +
      'Ask for less (a filter, fewer columns, an aggregate before sorting) or raise maxTempDirectorySize ' +
      '(env LIVING_SCHEMA_MAX_TEMP_DIRECTORY_SIZE).',
    details: { maxTempDirectorySize: limit ?? null },
    cause: error,
  });
}
