import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type pg from 'pg';
import {
  ErrorCodes,
  LINEAGE_COLUMNS,
  LivingSchemaError,
  describeError,
  deriveBatchId,
  parquetRowGroupSize,
  importOptionalPackage,
  parsePluginOptions,
  quoteIdentifier,
  quoteLiteral,
  toSnakeCase,
  uniqueSnakeCaseNames,
  type Batch,
  type SourceInput,
  type SourceReadContext,
  type SourceV1,
} from '@living-schema/core';
import { duckdbApi } from './duckdb-api.js';
import { kvMetadataClause, runCounted } from './csv-duckdb.js';
import { postgresOptionsSchema, type PostgresSourceOptions } from './postgres-options.js';

/** DuckDB type for a PostgreSQL column, from its type OID and modifier. Unknown types load as text. */
export function duckDbTypeFor(oid: number, modifier: number): string {
  switch (oid) {
    case 16:
      return 'BOOLEAN';
    case 20:
      return 'BIGINT';
    case 21:
      return 'SMALLINT';
    case 23:
      return 'INTEGER';
    case 26:
      return 'BIGINT';
    case 700:
      return 'FLOAT';
    case 701:
      return 'DOUBLE';
    case 1700: {
      if (modifier < 4) return 'DOUBLE';
      const precision = ((modifier - 4) >> 16) & 0xffff;
      const scale = (modifier - 4) & 0xffff;
      return precision >= 1 && precision <= 38 ? `DECIMAL(${precision},${scale})` : 'DOUBLE';
    }
    case 1082:
      return 'DATE';
    case 1083:
      return 'TIME';
    case 1114:
      return 'TIMESTAMP';
    case 1184:
      return 'TIMESTAMPTZ';
    case 2950:
      return 'UUID';
    default:
      return 'VARCHAR';
  }
}

interface Target {
  connectionString: string;
  /** The connection without credentials, for lineage and messages. */
  displayUri: string;
  table?: string;
  query?: string;
  keyColumn: string;
  dataset?: string;
}

function redact(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    url.password = '';
    url.search = '';
    return url.toString();
  } catch {
    return 'postgres://(unparsable connection string)';
  }
}

function quoteTable(table: string): string {
  return table
    .split('.')
    .map((part) => quoteIdentifier(part))
    .join('.');
}

/**
 * Copies a PostgreSQL table (or a query's result) for a backfill: keyset pages ordered by a key
 * column, each page one batch written as typed Parquet (PostgreSQL types map to DuckDB types),
 * and a cursor kept in the store after each page lands, so an interrupted backfill resumes where
 * it stopped and a second run adds nothing.
 *
 * Inputs: `postgres://user@host:5432/db?table=public.vessels&key=id` (or `postgresql://`), or
 * `{ uri, table, query, keyColumn, dataset }`.
 *
 * @param options.connectionString default: the input URI, else env `LIVING_SCHEMA_POSTGRES_URL`
 * @param options.keyColumn the column pages are ordered and resumed by, default `id`
 * @param options.pageSize rows per batch, default 50,000
 * @example
 * const ls = createLivingSchema({ sink: duckdb(), sources: [postgres()] });
 * await ls.ingest('postgres://reader@db.internal/registry?table=public.vessels&key=vessel_id');
 */
export function postgres(options: PostgresSourceOptions = {}): SourceV1 {
  const resolved = parsePluginOptions('postgres', postgresOptionsSchema, options);
  const env = resolved.env ?? process.env;

  function target(input: SourceInput): Target {
    const uri = typeof input === 'string' ? input : input.uri;
    const extra: Record<string, unknown> = typeof input === 'string' ? {} : input;
    let connectionString = resolved.connectionString ?? env.LIVING_SCHEMA_POSTGRES_URL ?? '';
    const params = new URLSearchParams();
    if (/^postgres(ql)?:\/\//i.test(uri)) {
      const url = new URL(uri);
      url.searchParams.forEach((value, key) => params.set(key, value));
      for (const key of ['table', 'query', 'key', 'dataset']) url.searchParams.delete(key);
      connectionString = url.toString();
    }
    if (!connectionString) {
      throw new LivingSchemaError({
        code: ErrorCodes.INPUT_UNREADABLE,
        message: `${uri}: no PostgreSQL connection: give a postgres:// URI, the connectionString option, or set LIVING_SCHEMA_POSTGRES_URL.`,
        details: { input: uri },
      });
    }
    const pick = (key: string, option: string | undefined) => (typeof extra[key] === 'string' ? (extra[key] as string) : undefined) ?? option;
    return {
      connectionString,
      displayUri: redact(connectionString),
      table: params.get('table') ?? pick('table', resolved.table),
      query: params.get('query') ?? pick('query', resolved.query),
      keyColumn: params.get('key') ?? pick('keyColumn', resolved.keyColumn) ?? 'id',
      dataset: params.get('dataset') ?? pick('dataset', resolved.dataset),
    };
  }

  return {
    specificationVersion: 'v1',
    name: resolved.name,
    kinds: ['records'],
    canRead(input: SourceInput): boolean {
      const uri = typeof input === 'string' ? input : input.uri;
      return /^postgres(ql)?:\/\//i.test(uri);
    },
    async *read(input: SourceInput, context: SourceReadContext): AsyncIterable<Batch> {
      const t = target(input);
      if (!t.table && !t.query) {
        throw new LivingSchemaError({ code: ErrorCodes.INPUT_UNREADABLE, message: `${t.displayUri}: name a table (?table=schema.table) or a query (?query=) to copy.`, details: { input: t.displayUri } });
      }
      const dataset = context.dataset ?? t.dataset ?? (t.table ? toSnakeCase(t.table.split('.').pop()!) : undefined);
      if (!dataset) {
        throw new LivingSchemaError({ code: ErrorCodes.INPUT_UNREADABLE, message: `${t.displayUri}: a query needs a dataset name (?dataset=, the dataset option or --dataset).`, details: { input: t.displayUri } });
      }
      const relation = t.table ? quoteTable(t.table) : `(${t.query}) AS living_schema_query`;
      const sourceUri = `${t.displayUri}#${t.table ?? `query:${createHash('sha256').update(t.query!).digest('hex').slice(0, 12)}`}`;
      const cursorKey = `cursor:${sourceUri}:${t.keyColumn}`;
      const key = quoteIdentifier(t.keyColumn);

      // Every value arrives as PostgreSQL's text form and is cast by DuckDB to the mapped type:
      // no precision is lost to JavaScript numbers or dates on the way.
      const { default: pgModule } = await importOptionalPackage('pg', 'Reading PostgreSQL tables', () => import('pg'));
      const client = new pgModule.Client({ connectionString: t.connectionString, types: { getTypeParser: () => (value: string) => value } });
      try {
        await client.connect();
      } catch (error) {
        throw new LivingSchemaError({
          code: ErrorCodes.INPUT_UNREADABLE,
          message: `${sourceUri}: could not connect to PostgreSQL (${describeError(error)}). Check the host, port, credentials and that the server accepts connections.`,
          details: { input: sourceUri },
          cause: error,
        });
      }
      try {
        let cursor = resolved.resume && context.state ? await context.state.get(cursorKey) : null;
        let page = 0;
        let total = 0;
        const instance = await duckdbApi.DuckDBInstance.create(':memory:', {
          memory_limit: resolved.memoryLimit,
          autoinstall_known_extensions: 'false',
          autoload_known_extensions: 'false',
          temp_directory: join(context.tempDirectory, 'duckdb'),
        });
        const connection = await instance.connect();
        try {
        for (;;) {
          context.signal?.throwIfAborted();
          const sql = `SELECT * FROM ${relation}${cursor === null ? '' : ` WHERE ${key} > $1`} ORDER BY ${key} LIMIT ${resolved.pageSize}`;
          let result: pg.QueryResult<Record<string, string | null>>;
          try {
            result = await client.query<Record<string, string | null>>(sql, cursor === null ? [] : [cursor]);
          } catch (error) {
            throw new LivingSchemaError({
              code: ErrorCodes.INPUT_UNREADABLE,
              message: `${sourceUri}: the page query failed (${describeError(error)}).`,
              details: { input: sourceUri, sql },
              cause: error,
            });
          }
          if (result.rows.length === 0 && (page > 0 || cursor !== null)) break;
          const fields = result.fields;
          if (!fields.some((f) => f.name === t.keyColumn)) {
            throw new LivingSchemaError({ code: ErrorCodes.INPUT_UNREADABLE, message: `${sourceUri}: the key column "${t.keyColumn}" is not in the result; name one with ?key= or keyColumn.`, details: { input: sourceUri } });
          }
          const names = uniqueSnakeCaseNames(fields.map((f) => f.name), LINEAGE_COLUMNS);
          const types = fields.map((f) => duckDbTypeFor(f.dataTypeID, f.dataTypeModifier));

          const ndjson = join(context.tempDirectory, `${randomUUID()}.ndjson`);
          const hash = createHash('sha256').update(JSON.stringify(fields.map((f, i) => [f.name, types[i]]))).update('\n');
          const out = createWriteStream(ndjson);
          for (const row of result.rows) {
            const record: Record<string, string | null> = {};
            fields.forEach((field, i) => {
              record[`c${i}`] = row[field.name] ?? null;
            });
            const line = `${JSON.stringify(record)}\n`;
            hash.update(line);
            if (!out.write(line)) await once(out, 'drain');
          }
          out.end();
          await once(out, 'close');
          const contentHash = hash.digest('hex');
          const metadata = await context.stagingMetadata?.({ source: resolved.name, kind: 'records', dataset, contentHash });
          const parquet = join(context.tempDirectory, `${randomUUID()}.parquet`);
          const select =
            result.rows.length === 0
              ? `SELECT ${names.map((n, i) => `NULL::${types[i]} AS ${quoteIdentifier(n)}`).join(', ')} WHERE false`
              : `SELECT ${names.map((n, i) => `CAST(c${i} AS ${types[i]}) AS ${quoteIdentifier(n)}`).join(', ')}
                 FROM read_json(${quoteLiteral(ndjson)}, format = 'newline_delimited', maximum_object_size = 33554432,
                                columns = {${names.map((_, i) => `c${i}: 'VARCHAR'`).join(', ')}})`;
          let rowCount: number;
          try {
            rowCount = await runCounted(connection, `COPY (${select}) TO ${quoteLiteral(parquet)} (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE ${parquetRowGroupSize(names.length)}${kvMetadataClause(metadata)})`);
          } finally {
            await rm(ndjson, { force: true });
          }
          const last = result.rows[result.rows.length - 1];
          const batch: Batch = {
            kind: 'records',
            source: resolved.name,
            sourceUri,
            dataset,
            contentHash,
            payload: { format: 'parquet', path: parquet, rowCount },
            columns: names.map((name, i) => ({ name, originalName: fields[i]!.name })),
          };
          try {
            yield batch;
          } finally {
            await rm(parquet, { force: true });
          }
          total += rowCount;
          page += 1;
          context.onProgress?.({ uri: sourceUri, done: total, unit: 'rows' });
          if (!last) break;
          cursor = last[t.keyColumn] ?? null;
          // Saved only once this page is loaded: an interrupted run resumes after the last page that landed.
          if (context.state && cursor !== null) await context.state.set(cursorKey, cursor, { afterBatch: deriveBatchId(batch) });
          if (result.rows.length < resolved.pageSize) break;
        }
        } finally {
          connection.closeSync();
          instance.closeSync();
        }
      } finally {
        await client.end().catch(() => undefined);
      }
    },
  };
}
