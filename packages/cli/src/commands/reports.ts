import type { Command } from 'commander';
import type { ReportCheck, ReportDiff, SavedReport } from '@living-schema/query-llm';
import { formatTable, printJson, printTable, type GlobalOptions } from '../output.js';
import { withProviderOptions, withQueryLayer, type ProviderFlags } from '../query-options.js';
import { ServerClient } from '../server-client.js';
import { findReportOnServer, reportsOnServer } from '../server-queries.js';

const summary = (r: SavedReport) => ({
  id: r.id,
  name: r.name,
  question: r.question,
  sql: r.sql,
  mode: r.mode,
  schemaVersion: r.schemaVersion,
  watermark: r.watermark,
  status: r.lastStatus,
  rows: r.lastRowCount,
  resultHash: r.lastResultHash,
  lastCheckedAt: r.lastCheckedAt,
});

function describeDiff(diff: ReportDiff | null): string {
  if (!diff) return 'no check yet';
  const lines = [`+${diff.added.length} -${diff.removed.length} ~${diff.changed.length} rows${diff.keyColumns.length ? ` (keyed by ${diff.keyColumns.join(', ')})` : ''}`];
  if (diff.schemaChanges.length) lines.push(`schema: ${diff.schemaChanges.map((c) => `${c.name} ${c.change}`).join('; ')}`);
  const rows: unknown[][] = [
    ...diff.added.map((r) => ['+', ...r]),
    ...diff.removed.map((r) => ['-', ...r]),
    ...diff.changed.map((c) => ['~', ...c.after.map((v, i) => (JSON.stringify(v) === JSON.stringify(c.before[i]) ? v : `${String(c.before[i])} -> ${String(v)}`))]),
  ];
  if (rows.length) lines.push(formatTable(['', ...diff.columns], rows));
  return lines.join('\n');
}

/**
 * `detectReportChanges` through the server holding the store: each report's check (all of
 * them, in list order, when no name is given), as the server's Refresh runs it.
 */
async function checksOnServer(server: ServerClient, names: string[]): Promise<ReportCheck[]> {
  const chosen = names.length > 0 ? names : (await reportsOnServer(server)).map((r) => r.name);
  const checks: ReportCheck[] = [];
  for (const name of chosen) checks.push(await server.post<ReportCheck>(`/api/reports/${encodeURIComponent(name)}/refresh`, {}));
  return checks;
}

/** A report's name, last status and last diff through the server holding the store. */
async function lastDiffOnServer(server: ServerClient, nameOrId: string): Promise<Pick<SavedReport, 'name' | 'lastStatus' | 'lastDiff'>> {
  const report = (await findReportOnServer(server, nameOrId)) as unknown as SavedReport;
  const lastDiff = await server.get<ReportDiff | null>(`/api/reports/${encodeURIComponent(report.id)}/diff`);
  return { name: report.name, lastStatus: report.lastStatus, lastDiff };
}

export function registerReports(program: Command, globals: () => GlobalOptions): void {
  const reports = program.command('reports').description('saved reports: save a question or SQL, list, check for changes, show the diff');

  withProviderOptions(
    reports
      .command('save')
      .description('save a report (its answer and a pinned watermark for snapshot mode)')
      .argument('<name>', 'report name')
      .option('--question <text>', 'a question in plain language')
      .option('--sql <select>', 'a single SELECT')
      .option('--key <columns>', 'comma-separated columns that identify a row (default: inferred)'),
  ).action(async (name: string, flags: ProviderFlags & { question?: string; sql?: string; key?: string }) => {
    const options = globals();
    await withQueryLayer(options, flags, async (layer) => {
      const before = await layer.reports.get(name).catch(() => null);
      const report = await layer.reports.save({
        name,
        ...(flags.question ? { question: flags.question } : {}),
        ...(flags.sql ? { sql: flags.sql } : {}),
        ...(flags.key ? { keyColumns: flags.key.split(',').map((k) => k.trim()).filter(Boolean) } : {}),
      });
      if (options.json) printJson({ ...summary(report), result: report.lastResult });
      else {
        const said = before ? `report "${report.name}" was already saved with this definition; unchanged` : `saved report "${report.name}"`;
        process.stdout.write(`${said} (schema version ${report.schemaVersion}, watermark ${report.watermark})\n${report.sql}\n\n`);
        printTable(report.lastResult?.columns ?? [], report.lastResult?.rows ?? []);
      }
    });
  });

  reports
    .command('list')
    .description('list saved reports and their last status')
    .action(async () => {
      const options = globals();
      const server = await ServerClient.find(options);
      const list = server ? ((await reportsOnServer(server)) as unknown as SavedReport[]) : await withQueryLayer(options, {}, (layer) => layer.reports.list());
      if (options.json) printJson(list.map(summary));
      else printTable(['name', 'status', 'rows', 'schema', 'last checked', 'sql'], list.map((r) => [r.name, r.lastStatus, r.lastRowCount, r.schemaVersion, r.lastCheckedAt, r.sql]));
    });

  reports
    .command('check')
    .description('rerun reports live and mark each unchanged, data_changed or schema_changed (exit 0; changes are reported, not errors)')
    .argument('[names...]', 'reports to check (default: all)')
    .action(async (names: string[]) => {
      const options = globals();
      const server = await ServerClient.find(options);
      const checks = server ? await checksOnServer(server, names) : await withQueryLayer(options, {}, (layer) => layer.detectReportChanges({ names }));
      if (options.json) {
        printJson(checks);
        return;
      }
      for (const check of checks) process.stdout.write(`${check.name}: ${check.status}${check.status === 'unchanged' ? '' : `\n${describeDiff(check.diff)}`}\n`);
    });

  reports
    .command('diff')
    .description("show a report's last row-level diff")
    .argument('<name>', 'report name')
    .action(async (name: string) => {
      const options = globals();
      const server = await ServerClient.find(options);
      const report = server ? await lastDiffOnServer(server, name) : await withQueryLayer(options, {}, (layer) => layer.reports.get(name));
      if (options.json) printJson({ name: report.name, status: report.lastStatus, diff: report.lastDiff });
      else process.stdout.write(`${report.name}: ${report.lastStatus}\n${describeDiff(report.lastDiff)}\n`);
    });

  reports
    .command('refresh')
    .description("rerun a report and make its answer the new baseline (moves the snapshot watermark)")
    .argument('<name>', 'report name')
    .action(async (name: string) => {
      const options = globals();
      await withQueryLayer(options, {}, async (layer) => {
        const report = await layer.reports.refresh(name);
        if (options.json) printJson(summary(report));
        else process.stdout.write(`refreshed "${report.name}" (${report.lastRowCount} rows, watermark ${report.watermark})\n`);
      });
    });
}
