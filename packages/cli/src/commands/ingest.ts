import type { Command } from 'commander';
import { basename, extname } from 'node:path';
import { exportBaseName, toSnakeCase, type BatchOutcome, type IngestResult, type InputFailure, type SourceV1 } from '@living-schema/core';
import { withEngine } from '../engine-factory.js';
import { expandInputs } from '../input-paths.js';
import { printJson, printTable, progressLine, type GlobalOptions } from '../output.js';
import { cliSources } from '../registry.js';
import { MigrationReportTap, writeMigrationReport } from '../migration-report.js';
import { ServerClient } from '../server-client.js';
import { ingestThroughServer, refuseThroughServer } from '../server-ingest.js';

export interface IngestFlags {
  source?: string;
  dataset?: string;
  report?: string;
}

/** The per-batch summary scripts rely on. */
export function batchSummary(outcome: BatchOutcome) {
  return {
    batchId: outcome.batchId,
    source: outcome.source,
    sourceUri: outcome.sourceUri,
    kind: outcome.kind,
    dataset: outcome.dataset,
    rowsIn: outcome.rowsIn,
    rowsLoaded: outcome.rowsLoaded,
    rowsQuarantined: outcome.rowsQuarantined,
    ...(outcome.rowsAlreadyPresent ? { rowsAlreadyPresent: outcome.rowsAlreadyPresent } : {}),
    status: outcome.status,
    ...(outcome.details ? { details: outcome.details } : {}),
    ...(outcome.error ? { error: outcome.error } : {}),
  };
}

/**
 * Says so when a file's dataset came from its name without a date or version suffix, so a user
 * sees why `registry_2025-06.csv` joined `registry` (and how to choose otherwise).
 */
export function datasetNote(outcome: BatchOutcome, datasetFlag: string | undefined): string {
  if (datasetFlag || outcome.kind !== 'records') return '';
  const stem = basename(outcome.sourceUri, extname(outcome.sourceUri));
  if (outcome.dataset !== exportBaseName(stem) || outcome.dataset === toSnakeCase(stem)) return '';
  return `; dataset named from the file without its date/version suffix, so successive exports share it (--dataset to choose)`;
}

/** The line each batch prints on stderr as it lands (not with --json). */
function batchLine(options: GlobalOptions, b: BatchOutcome, flags: IngestFlags): void {
  if (!options.json) process.stderr.write(`${b.status}: ${b.sourceUri} -> ${b.dataset} (${b.rowsLoaded} loaded, ${b.rowsQuarantined} quarantined${datasetNote(b, flags.dataset)})\n`);
}

/** Ingests here, with a progress line and the migration report when asked for. */
async function ingestHere(options: GlobalOptions, inputs: string[], flags: IngestFlags, sources: SourceV1[], failures: InputFailure[]): Promise<IngestResult> {
  const progress = progressLine();
  const tap = flags.report ? new MigrationReportTap() : undefined;
  return withEngine(options, tap ? { sources: tap.wrap(sources) } : {}, async (engine) => {
    const ingested = await engine.ingest(inputs, {
      source: flags.source,
      dataset: flags.dataset,
      onProgress: (p) => progress.update(`${p.uri}: ${p.done}${p.total ? `/${p.total}` : ''} ${p.unit}`),
      onBatch: (b) => {
        progress.done();
        batchLine(options, b, flags);
      },
    });
    if (tap && flags.report) {
      const report = await tap.report(engine, ingested.batches, [...failures, ...ingested.failures]);
      const markdown = await writeMigrationReport(flags.report, report);
      if (!options.json) process.stderr.write(`migration report: ${flags.report} and ${markdown} (${report.ok ? 'zero loss' : `${report.totals.problems} problem(s)`})\n`);
      if (!report.ok) {
        process.exitCode = 1;
        process.stderr.write(`error [LS_REPORT_MISMATCH]: the migration report found ${report.totals.problems} mismatch(es); see ${markdown}\n`);
      }
    }
    return ingested;
  }).finally(() => progress.done());
}

/** Uploads to the server holding the store; the migration report needs the store opened here. */
function ingestThroughTheServer(server: ServerClient, options: GlobalOptions, inputs: string[], flags: IngestFlags): Promise<IngestResult> {
  if (flags.report) throw refuseThroughServer(server, '`ingest --report`');
  return ingestThroughServer(server, inputs, { source: flags.source, dataset: flags.dataset, onBatch: (b) => batchLine(options, b, flags) });
}

export function registerIngest(program: Command, globals: () => GlobalOptions): void {
  program
    .command('ingest')
    .description('load files, folders, globs or URLs through the configured sources (re-running loads nothing new; through the server when one holds the database)')
    .argument('<inputs...>', 'files, folders, globs (quote them) or URLs')
    .option('--source <name>', 'source to use (default: inferred from each input)')
    .option('--dataset <name>', 'dataset to load records into (default: from the file name); for an Argilla URL, the Argilla dataset')
    .option('--report <path>', 'write a migration report (JSON, and Markdown beside it); exit 1 when any count or spot check mismatches')
    .action(async (args: string[], flags: IngestFlags) => {
      const options = globals();
      const sources = cliSources(options);
      const keepFolder = async (folder: string) => {
        for (const source of sources) {
          if ((flags.source === undefined || flags.source === source.name) && (await source.canRead(folder))) return true;
        }
        return false;
      };
      const { inputs, missing } = await expandInputs(args, keepFolder);
      const failures: InputFailure[] = missing.map((input) => ({ input, code: 'LS_INPUT_UNREADABLE', message: `${input}: no such file, folder or matching path` }));
      let result: IngestResult = { batches: [], failures: [] };
      if (inputs.length > 0) {
        const server = await ServerClient.find(options);
        result = server ? await ingestThroughTheServer(server, options, inputs, flags) : await ingestHere(options, inputs, flags, sources, failures);
      }
      failures.push(...result.failures);
      const batches = result.batches.map(batchSummary);
      if (options.json) printJson({ batches, failures });
      else {
        if (batches.length) printTable(['status', 'dataset', 'rows_in', 'loaded', 'quarantined', 'source_uri'], batches.map((b) => [b.status, b.dataset, b.rowsIn, b.rowsLoaded, b.rowsQuarantined, b.sourceUri]));
        for (const failure of failures) process.stderr.write(`error [${failure.code}]: ${failure.message}\n`);
      }
      if (failures.length > 0 || batches.some((b) => b.status === 'failed')) process.exitCode = 1;
    });
}
