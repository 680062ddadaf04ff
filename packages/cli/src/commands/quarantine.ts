import type { Command } from 'commander';
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ErrorCodes, LivingSchemaError, type LivingSchema } from '@living-schema/core';
import { withEngine } from '../engine-factory.js';
import { printJson, printTable, type GlobalOptions } from '../output.js';
import { batchSummary } from './ingest.js';

export interface QuarantinedRow {
  batchId: string;
  source: string;
  sourceUri: string;
  dataset: string;
  rowNumber: number | null;
  reason: string;
  raw: string;
  quarantinedAt: string;
  replayedAt: string | null;
}

interface ListFlags {
  dataset?: string;
  batch?: string;
  all?: boolean;
  limit?: number;
}

/** Rows in the quarantine, oldest first; pending only (not yet replayed) unless `all`. */
export async function quarantinedRows(engine: LivingSchema, flags: ListFlags = {}): Promise<QuarantinedRow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (!flags.all) where.push('replayed_at IS NULL');
  if (flags.dataset) {
    params.push(flags.dataset);
    where.push(`dataset = $${params.length}`);
  }
  if (flags.batch) {
    params.push(flags.batch);
    where.push(`batch_id = $${params.length}`);
  }
  const limit = flags.limit ? `LIMIT ${Math.max(1, Math.floor(flags.limit))}` : '';
  const rows = await engine.sink.reader.all<Record<string, unknown>>(
    `SELECT batch_id, source, source_uri, dataset, row_number, reason, raw, quarantined_at, replayed_at FROM quarantine
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY quarantined_at, batch_id, row_number ${limit}`,
    params,
  );
  return rows.map((r) => ({
    batchId: r.batch_id as string,
    source: r.source as string,
    sourceUri: r.source_uri as string,
    dataset: r.dataset as string,
    rowNumber: (r.row_number as number | null) ?? null,
    reason: r.reason as string,
    raw: (r.raw as string | null) ?? '',
    quarantinedAt: String(r.quarantined_at),
    replayedAt: r.replayed_at === null || r.replayed_at === undefined ? null : String(r.replayed_at),
  }));
}

async function firstLine(path: string): Promise<string | null> {
  const handle = await open(path, 'r').catch(() => null);
  if (!handle) return null;
  try {
    const buffer = Buffer.alloc(1024 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '');
    const end = text.search(/\r?\n/);
    return end < 0 ? text : text.slice(0, end);
  } finally {
    await handle.close();
  }
}

async function pendingOf(engine: LivingSchema, batchId: string): Promise<QuarantinedRow[]> {
  const entry = await engine.sink.batch(batchId);
  if (!entry) {
    throw new LivingSchemaError({ code: ErrorCodes.NOT_FOUND, message: `No batch ${batchId} in the ledger; list quarantined rows with \`living-schema quarantine\`.`, details: { batchId } });
  }
  const rows = await quarantinedRows(engine, { batch: batchId });
  if (rows.length === 0) {
    throw new LivingSchemaError({ code: ErrorCodes.NOT_FOUND, message: `Batch ${batchId} has no quarantined rows waiting for a replay.`, details: { batchId } });
  }
  return rows;
}

export function registerQuarantine(program: Command, globals: () => GlobalOptions): void {
  const quarantine = program
    .command('quarantine')
    .description('list rows that could not be loaded (file, row number, reason); export them to fix, and replay the fix')
    .option('--dataset <name>', 'only rows of this dataset')
    .option('--batch <id>', 'only rows of this batch')
    .option('--all', 'include rows already replayed')
    .option('--limit <n>', 'show at most n rows', (v) => Number.parseInt(v, 10))
    .action(async (flags: ListFlags) => {
      const options = globals();
      await withEngine(options, { readOnly: true }, async (engine) => {
        const rows = await quarantinedRows(engine, flags);
        if (options.json) printJson(rows);
        else if (rows.length === 0) process.stdout.write('The quarantine is empty: every row read was loaded.\n');
        else
          printTable(
            ['batch_id', 'dataset', 'source_uri', 'row', 'reason', 'raw', 'replayed_at'],
            rows.map((r) => [r.batchId, r.dataset, r.sourceUri, r.rowNumber, r.reason, r.raw, r.replayedAt]),
          );
      });
    });

  quarantine
    .command('export')
    .description("write a batch's quarantined rows as a file to fix: the original header line, then each rejected row as it was read")
    .argument('<batch-id>', 'the batch whose rows to export')
    .action(async (batchId: string) => {
      const options = globals();
      await withEngine(options, { readOnly: true }, async (engine) => {
        const rows = await pendingOf(engine, batchId);
        const file = rows[0]!.sourceUri;
        if (file.includes('#')) {
          throw new LivingSchemaError({
            code: ErrorCodes.INPUT_UNREADABLE,
            message: `Batch ${batchId} came from ${file}, not a delimited text file: fix those rows in the original and replay with --from <fixed file>.`,
            details: { batchId, sourceUri: file },
          });
        }
        const header = await firstLine(file);
        if (header === null) {
          throw new LivingSchemaError({
            code: ErrorCodes.INPUT_UNREADABLE,
            message: `${file} (the source of batch ${batchId}) is gone, so its header is unknown: write the header line yourself, then the rows from \`living-schema quarantine --batch ${batchId} --json\`.`,
            details: { batchId, sourceUri: file },
          });
        }
        process.stdout.write(`${[header, ...rows.map((r) => r.raw)].join('\n')}\n`);
      });
    });

  quarantine
    .command('replay')
    .description("load a fixed file in place of a batch's quarantined rows (into the same dataset), then mark those rows replayed")
    .argument('<batch-id>', 'the batch whose quarantined rows the file fixes')
    .requiredOption('--from <file>', 'the fixed rows (e.g. from `quarantine export`, edited), with a header line')
    .option('--source <name>', "source to read the file with (default: the batch's own source)")
    .action(async (batchId: string, flags: { from: string; source?: string }) => {
      const options = globals();
      const result = await withEngine(options, {}, async (engine) => {
        const pending = await pendingOf(engine, batchId);
        const entry = (await engine.sink.batch(batchId))!;
        const ingest = await engine.ingest(resolve(flags.from), { dataset: entry.dataset, source: flags.source ?? entry.source });
        const landed = ingest.failures.length === 0 && ingest.batches.length > 0 && ingest.batches.every((b) => b.status === 'loaded' || b.status === 'skipped');
        let replayed = 0;
        if (landed) {
          replayed = await engine.sink.writer.run(`UPDATE quarantine SET replayed_at = now() WHERE batch_id = $1 AND replayed_at IS NULL`, [batchId]);
        }
        return { batchId, dataset: entry.dataset, pending: pending.length, replayed, batches: ingest.batches.map(batchSummary), failures: ingest.failures };
      });
      if (options.json) printJson(result);
      else {
        for (const b of result.batches) process.stdout.write(`${b.status}: ${b.sourceUri} -> ${b.dataset} (${b.rowsIn} in, ${b.rowsLoaded} loaded, ${b.rowsQuarantined} quarantined)\n`);
        for (const failure of result.failures) process.stderr.write(`error [${failure.code}]: ${failure.message}\n`);
        if (result.replayed > 0) process.stdout.write(`${result.replayed} quarantined row(s) of ${batchId} marked replayed.\n`);
        else process.stderr.write(`Nothing marked replayed: the fixed file did not load.\n`);
      }
      if (result.replayed === 0) process.exitCode = 1;
    });
}
