import { createLivingSchema, type LivingSchema, type LivingSchemaConfig, type SourceV1 } from '@living-schema/core';
import { duckdb } from '@living-schema/sink-duckdb';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { GlobalOptions } from './output.js';
import { cliComposition } from './registry.js';

export const DEFAULT_DB = './living-schema.duckdb';

export function databasePath(options: GlobalOptions): string {
  return options.db ?? process.env.LIVING_SCHEMA_DB ?? DEFAULT_DB;
}

const STATE_FOLDER = '.living-schema';

/**
 * The folder that holds a store's working files (staging, demo input): `.living-schema` beside
 * the database file. A database that itself sits in a `.living-schema` folder (the demo's
 * `.living-schema/demo.duckdb`) gets a folder of its own name there (`.living-schema/demo/`): no
 * `.living-schema/.living-schema/` paths, and no staging folder shared by two stores.
 */
export function stateDirectory(options: GlobalOptions): string {
  const db = databasePath(options);
  if (db === ':memory:' || db.startsWith('md:')) return resolve(STATE_FOLDER);
  const path = resolve(db);
  const folder = dirname(path);
  if (basename(folder) === STATE_FOLDER) return join(folder, basename(path, extname(path)));
  return join(folder, STATE_FOLDER);
}

/** Staging sits beside the database file unless `--staging` says otherwise. */
export function stagingDirectory(options: GlobalOptions): string {
  if (options.staging && !options.staging.startsWith('s3://')) return resolve(options.staging);
  return join(stateDirectory(options), 'staging');
}

export interface EngineOptions {
  readOnly?: boolean;
  sources?: SourceV1[];
  extra?: Partial<LivingSchemaConfig>;
}

/** The engine the CLI commands use: DuckDB at `--db`, staging beside it, notifications on stderr. */
export function openEngine(options: GlobalOptions, engine: EngineOptions = {}): LivingSchema {
  const composition = cliComposition(options);
  return createLivingSchema({
    sink: duckdb({ path: databasePath(options), readOnly: engine.readOnly ?? false }),
    stagingDirectory: stagingDirectory(options),
    sources: [...(engine.sources ?? []), ...composition.sources.filter((s) => !(engine.sources ?? []).some((e) => e.name === s.name))],
    discovery: composition.discovery,
    ...(composition.conflicts ? { conflicts: composition.conflicts } : {}),
    ...(composition.notifiers ? { notifiers: composition.notifiers } : {}),
    ...(composition.staging ? { staging: composition.staging } : {}),
    plugins: engine.readOnly ? [] : composition.plugins,
    sensitiveColumns: composition.sensitiveColumns,
    ...engine.extra,
  });
}

/** Opens an engine, runs `work`, and always closes it. */
export async function withEngine<T>(options: GlobalOptions, engine: EngineOptions, work: (ls: LivingSchema) => Promise<T>): Promise<T> {
  const ls = openEngine(options, engine);
  try {
    await ls.start();
    return await work(ls);
  } finally {
    await ls.close();
  }
}
