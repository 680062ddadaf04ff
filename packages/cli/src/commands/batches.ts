import type { Command } from 'commander';
import { withEngine } from '../engine-factory.js';
import { printJson, printTable, type GlobalOptions } from '../output.js';

export function registerBatches(program: Command, globals: () => GlobalOptions): void {
  program
    .command('batches')
    .description('list ingested batches from the ledger, newest first')
    .option('--status <status>', 'only batches with this status: staged, loaded or failed')
    .option('--limit <n>', 'show at most n batches', (v) => Number.parseInt(v, 10))
    .action(async (flags: { status?: 'staged' | 'loaded' | 'failed'; limit?: number }) => {
      const options = globals();
      await withEngine(options, { readOnly: true }, async (ls) => {
        const batches = await ls.sink.batches({ status: flags.status, limit: flags.limit });
        if (options.json) printJson(batches);
        else
          printTable(
            ['batch_id', 'kind', 'dataset', 'source_uri', 'status', 'rows_in', 'loaded', 'quarantined', 'finished_at', 'error'],
            batches.map((b) => [b.batchId, b.kind, b.dataset, b.sourceUri, b.status, b.rowsIn, b.rowsLoaded, b.rowsQuarantined, b.finishedAt, b.error]),
          );
      });
    });
}
