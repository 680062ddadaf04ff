import type { Command } from 'commander';
import type { DuckDbSink } from '@living-schema/sink-duckdb';
import { withEngine } from '../engine-factory.js';
import { printJson, type GlobalOptions } from '../output.js';

export function registerInit(program: Command, globals: () => GlobalOptions): void {
  program
    .command('init')
    .description('create the database (or migrate an existing one) with every core, catalog and ledger table')
    .action(async () => {
      const options = globals();
      await withEngine(options, {}, async (ls) => {
        const sink = ls.sink as DuckDbSink;
        const tables = await ls.query(`SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = 'main' ORDER BY table_name`);
        const summary = {
          database: sink.location,
          migrationVersion: await sink.migrationVersion(),
          schemaVersion: (await ls.schema.current()).version,
          tables: tables.rows.map((r) => r[0] as string),
        };
        if (options.json) printJson(summary);
        else {
          process.stdout.write(`Database ready: ${summary.database}\n`);
          process.stdout.write(`migration ${summary.migrationVersion}, schema version ${summary.schemaVersion}\n`);
          process.stdout.write(`tables: ${summary.tables.join(', ')}\n`);
        }
      });
    });
}
