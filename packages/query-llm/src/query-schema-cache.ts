import type { LivingSchemaEventBus, SinkV1 } from '@living-schema/core';
import { userFacingFacts } from './internal-tables.js';
import {
  collectSchemaFacts,
  type SchemaContextOptions,
  type SchemaFacts,
} from './schema-context.js';

/**
 * What the query layer reads about the store and keeps until the schema or the data changes:
 * the schema facts per moment, the tables read through `<table>_as_of` macros in time travel and
 * each table's ingestion-time column. `schema.versioned` and `batch.loaded` clear it.
 */
export class QuerySchemaCache {
  private readonly facts = new Map<string, Promise<SchemaFacts>>();
  private ingestion: Promise<Map<string, string>> | undefined;
  private asOfTables: Promise<Set<string>> | undefined;
  private readonly unsubscribe: Array<() => void> = [];

  constructor(private readonly sink: SinkV1, events?: LivingSchemaEventBus) {
    if (!events) return;
    const invalidate = () => this.invalidate();
    for (const event of ['schema.versioned', 'batch.loaded'] as const) {
      events.on(event, invalidate);
      this.unsubscribe.push(() => events.off(event, invalidate));
    }
  }

  /** The user-facing schema facts (no internal table) as of `at`; one collection per moment. */
  factsAt(at?: SchemaContextOptions['at']): Promise<SchemaFacts> {
    const key = at === undefined ? 'now' : at instanceof Date ? at.toISOString() : String(at);
    let pending = this.facts.get(key);
    if (!pending) {
      pending = collectSchemaFacts(this.sink, at).then(userFacingFacts);
      pending.catch(() => this.facts.delete(key));
      this.facts.set(key, pending);
    }
    return pending;
  }

  /** Tables and views (lower-case) read through a `<table>_as_of` table macro in time travel. */
  asOfMacros(): Promise<Set<string>> {
    this.asOfTables ??= this.sink.reader
      .all<{ name: string }>(
        `SELECT DISTINCT function_name AS name FROM duckdb_functions()
         WHERE function_type = 'table_macro' AND schema_name = 'main'
           AND database_name = current_database() AND suffix(function_name, '_as_of')`,
      )
      .then((rows) => new Set(rows.map((r) => r.name.slice(0, -'_as_of'.length).toLowerCase())));
    return this.asOfTables;
  }

  /** Tables and views (lower-case) -> their ingestion-time column (`_ingested_at` preferred). */
  ingestionColumns(): Promise<Map<string, string>> {
    this.ingestion ??= this.sink.reader
      .all<{ table_name: string; column_name: string }>(
        `SELECT table_name, column_name FROM duckdb_columns()
         WHERE schema_name = 'main' AND database_name = current_database()
           AND column_name IN ('_ingested_at', 'ingested_at')`,
      )
      .then((rows) => {
        const map = new Map<string, string>();
        for (const row of rows) {
          const table = row.table_name.toLowerCase();
          if (!map.has(table) || row.column_name === '_ingested_at')
            map.set(table, row.column_name);
        }
        return map;
      });
    return this.ingestion;
  }

  invalidate(): void {
    this.facts.clear();
    this.ingestion = undefined;
    this.asOfTables = undefined;
  }

  close(): void {
    for (const off of this.unsubscribe.splice(0)) off();
  }
}
