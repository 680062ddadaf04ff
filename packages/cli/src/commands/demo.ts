import type { Command } from 'commander';
import { mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Notification, NotifierV1 } from '@living-schema/core';
import type { DuckDbSink } from '@living-schema/sink-duckdb';
import type { DemoSection } from '../demo-steps.js';
import { stateDirectory, withEngine } from '../engine-factory.js';
import { formatTable, printJson, type GlobalOptions } from '../output.js';

const LEDGER_SQL = 'SELECT kind, dataset, rows_in, rows_loaded, rows_quarantined, status FROM ingest_batches ORDER BY kind, dataset, started_at';

/**
 * The demo's own store. It never uses LIVING_SCHEMA_DB: a user who exported their database path
 * and ran the demo would otherwise find the sample tables answering their questions.
 */
export const DEMO_DB = '.living-schema/demo.duckdb';

/** Keeps the notifications of a demo run, so they are printed as a section instead of interleaving on stderr. */
class CollectingNotifier implements NotifierV1 {
  readonly specificationVersion = 'v1' as const;
  readonly name = 'demo-collector';
  readonly received: Notification[] = [];

  async notify(notification: Notification): Promise<void> {
    this.received.push(notification);
  }
}

function notificationsSection(notifications: Notification[]): DemoSection {
  const counts = new Map<string, number>();
  for (const n of notifications) counts.set(`${n.severity}: ${n.event}`, (counts.get(`${n.severity}: ${n.event}`) ?? 0) + 1);
  return {
    title: `Notifications a reviewer would be sent (${notifications.length}; on stderr or Slack outside the demo)`,
    lines: [...counts].map(([kind, count]) => `${count} x ${kind}`),
    table: { columns: ['severity', 'title'], rows: notifications.filter((n) => n.severity === 'needs_review').map((n) => [n.severity, n.title]) },
  };
}

function printSummary(summary: { database: string; schemaVersion: number; steps: Array<{ sections: DemoSection[] }>; ledger: { columns: string[]; rows: unknown[][] } }, notifications: DemoSection): void {
  const out = process.stdout;
  out.write(`Living Schema demo — its own store ${summary.database} (your LIVING_SCHEMA_DB is not touched)\n`);
  for (const section of [...summary.steps.flatMap((s) => s.sections), notifications]) {
    out.write(`\n== ${section.title}\n`);
    if (section.sql) out.write(`   ${section.sql}\n`);
    for (const line of section.lines ?? []) out.write(`   ${line}\n`);
    if (section.table && section.table.rows.length > 0) out.write(`\n${formatTable(section.table.columns, section.table.rows)}\n`);
  }
  out.write(`\n== Ingest ledger (run the demo again: nothing is loaded twice)\n\n${formatTable(summary.ledger.columns, summary.ledger.rows)}\n`);
  const db = relative(process.cwd(), summary.database) || summary.database;
  out.write(`\nSchema version ${summary.schemaVersion}. Explore: npx living-schema --db ${db} sql "SELECT * FROM vessels LIMIT 3"\n`);
}

export function registerDemo(program: Command, globals: () => GlobalOptions): void {
  program
    .command('demo')
    .description(`load the project's own sample data into its own store (${DEMO_DB}, or --db) and show each capability on it (no network, no key)`)
    .action(async () => {
      const options = { ...globals() };
      options.db ??= DEMO_DB;
      const workDirectory = join(stateDirectory(options), 'demo-input');
      await mkdir(workDirectory, { recursive: true });
      // Loaded on demand: the steps pull in every package (the server among them), which other commands need not pay for at start-up.
      const { DEMO_STEPS } = await import('../demo-registry.js');
      const sources = DEMO_STEPS.flatMap((step) => step.sources?.() ?? []);
      const collector = new CollectingNotifier();
      await withEngine(options, { sources, extra: { notifiers: [collector] } }, async (engine) => {
        const steps: Array<{ name: string; sections: DemoSection[] }> = [];
        for (const step of DEMO_STEPS) steps.push({ name: step.name, sections: await step.run({ engine, workDirectory }) });
        const ledger = await engine.query(LEDGER_SQL);
        const summary = {
          database: (engine.sink as DuckDbSink).location,
          schemaVersion: (await engine.schema.current()).version,
          steps,
          ledger: { columns: ledger.columns.map((c) => c.name), rows: ledger.rows },
        };
        if (options.json) printJson({ ...summary, notifications: collector.received.map((n) => ({ event: n.event, severity: n.severity, title: n.title })) });
        else printSummary(summary, notificationsSection(collector.received));
      });
    });
}
