import type { Command } from 'commander';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { DuckDbSink } from '@living-schema/sink-duckdb';
import type { DemoSection } from '../demo-steps.js';
import { databasePath, withEngine } from '../engine-factory.js';
import { formatTable, printJson, type GlobalOptions } from '../output.js';

const LEDGER_SQL = 'SELECT kind, dataset, rows_in, rows_loaded, rows_quarantined, status FROM ingest_batches ORDER BY kind, dataset, started_at';

export function registerDemo(program: Command, globals: () => GlobalOptions): void {
  program
    .command('demo')
    .description("load the project's own sample data and show each capability on it (no network, no key)")
    .action(async () => {
      const options = globals();
      const db = databasePath(options);
      const workDirectory = db === ':memory:' || db.startsWith('md:') ? resolve('.living-schema/demo-input') : join(dirname(resolve(db)), '.living-schema', 'demo-input');
      await mkdir(workDirectory, { recursive: true });
      // Loaded on demand: the steps pull in every package (the server among them), which other commands need not pay for at start-up.
      const { DEMO_STEPS } = await import('../demo-registry.js');
      const sources = DEMO_STEPS.flatMap((step) => step.sources?.() ?? []);
      await withEngine(options, { sources }, async (engine) => {
        const steps: Array<{ name: string; sections: DemoSection[] }> = [];
        for (const step of DEMO_STEPS) steps.push({ name: step.name, sections: await step.run({ engine, workDirectory }) });
        const ledger = await engine.query(LEDGER_SQL);
        const summary = {
          database: (engine.sink as DuckDbSink).location,
          schemaVersion: (await engine.schema.current()).version,
          steps,
          ledger: { columns: ledger.columns.map((c) => c.name), rows: ledger.rows },
        };
        if (options.json) {
          printJson(summary);
          return;
        }
        const out = process.stdout;
        out.write(`Living Schema demo — database ${summary.database}\n`);
        for (const step of steps) {
          for (const section of step.sections) {
            out.write(`\n== ${section.title}\n`);
            if (section.sql) out.write(`   ${section.sql}\n`);
            for (const line of section.lines ?? []) out.write(`   ${line}\n`);
            if (section.table) out.write(`\n${formatTable(section.table.columns, section.table.rows)}\n`);
          }
        }
        out.write(`\n== Ingest ledger (run the demo again: nothing is loaded twice)\n\n${formatTable(summary.ledger.columns, summary.ledger.rows)}\n`);
        out.write(`\nSchema version ${summary.schemaVersion}. Explore: living-schema --db ${summary.database} sql "SELECT * FROM vessels LIMIT 3"\n`);
      });
    });
}
