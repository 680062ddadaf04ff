import type { Command } from 'commander';
import type { DuckDbSink } from '@living-schema/sink-duckdb';
import { withEngine } from '../engine-factory.js';
import { formatTable, printJson, type GlobalOptions } from '../output.js';
import { sampleSource } from '../sample-data.js';

const DEMO_QUERIES: Array<{ title: string; sql: string }> = [
  { title: 'Vessels per flag state', sql: 'SELECT flag_state, count(*) AS vessels FROM vessels GROUP BY flag_state ORDER BY vessels DESC, flag_state' },
  { title: 'Largest five vessels', sql: 'SELECT vessel_name, vessel_type, gross_tonnage FROM vessels ORDER BY gross_tonnage DESC LIMIT 5' },
  { title: 'Annotations per entity type', sql: 'SELECT label, count(*) AS spans FROM annotations GROUP BY label ORDER BY label' },
  { title: 'Ingest ledger', sql: 'SELECT kind, dataset, rows_in, rows_loaded, rows_quarantined, status FROM ingest_batches ORDER BY kind, dataset' },
];

export function registerDemo(program: Command, globals: () => GlobalOptions): void {
  program
    .command('demo')
    .description("load the project's own sample data (vessel registry, inspection reports, annotations) and show what the store holds")
    .action(async () => {
      const options = globals();
      await withEngine(options, { sources: [sampleSource()] }, async (ls) => {
        const ingest = await ls.ingest(['sample:registry', 'sample:reports']);
        const results = [];
        for (const query of DEMO_QUERIES) results.push({ ...query, result: await ls.query(query.sql) });
        const summary = {
          database: (ls.sink as DuckDbSink).location,
          batches: ingest.batches.map((b) => ({ batchId: b.batchId, kind: b.kind, dataset: b.dataset, status: b.status, rowsIn: b.rowsIn, rowsLoaded: b.rowsLoaded, rowsQuarantined: b.rowsQuarantined })),
          schemaVersion: (await ls.schema.current()).version,
          queries: results.map((r) => ({ title: r.title, sql: r.sql, columns: r.result.columns.map((c) => c.name), rows: r.result.rows })),
        };
        if (options.json) {
          printJson(summary);
          return;
        }
        const out = process.stdout;
        out.write(`Living Schema demo — database ${summary.database}\n\n`);
        for (const b of summary.batches) {
          out.write(`  ${b.status === 'skipped' ? 'already loaded' : 'loaded'}: ${b.kind} -> ${b.dataset} (${b.rowsIn} in, ${b.rowsLoaded} loaded, ${b.rowsQuarantined} quarantined)\n`);
        }
        out.write(`\nSchema version ${summary.schemaVersion}. Run the demo again: nothing is loaded twice.\n`);
        for (const r of summary.queries) {
          out.write(`\n${r.title}\n  ${r.sql}\n\n${formatTable(r.columns, r.rows)}\n`);
        }
        out.write(`\nTry: living-schema --db ${summary.database} sql "SELECT * FROM vessels LIMIT 3"\n`);
      });
    });
}
