import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { createLivingSchema, type LivingSchema } from '@living-schema/core';
import { duckdb } from '@living-schema/sink-duckdb';
import { csv } from './csv-source.js';

// Ingests sent at once, as the reference server's uploads are: the engine reads the next ingest's
// first input while another loads (read-ahead), in source worker threads when it has them. With
// workbooks (one read yielding a batch per sheet) and several inputs per ingest, every ingest must
// still finish, with every row, whatever the number of worker threads. The worker threads run
// the built package (dist): build source-csv and core first.

const engines: LivingSchema[] = [];
afterEach(async () => {
  await Promise.all(engines.splice(0).map((e) => e.close()));
});

/** `n` ingests' inputs: a workbook of three sheets (one read, three batches) and two CSVs each. */
async function inputs(dir: string, n: number): Promise<string[][]> {
  const sent: string[][] = [];
  for (let k = 0; k < n; k += 1) {
    const workbook = new ExcelJS.Workbook();
    for (let sheet = 0; sheet < 3; sheet += 1) {
      const rows = workbook.addWorksheet(`Sheet ${sheet}`);
      rows.addRow(['id', 'seed', 'label']);
      for (let i = 0; i < 5 + sheet; i += 1) rows.addRow([(k * 10 + sheet) * 100 + i, k * 10 + sheet, `row ${i}`]);
    }
    const book = join(dir, `book_${k}.xlsx`);
    await workbook.xlsx.writeFile(book);
    const files = [8, 9].map((seed) => {
      const file = join(dir, `file_${k}_${seed}.csv`);
      writeFileSync(file, csvRows(k * 10 + seed, 7));
      return file;
    });
    sent.push([book, ...files]);
  }
  return sent;
}

const csvRows = (seed: number, count: number) => `id,seed,label\n${Array.from({ length: count }, (_, i) => `${seed * 100 + i},${seed},row ${i}`).join('\n')}\n`;

describe.each([1, 2])('ingests queued at once with %i source worker thread(s)', (workers) => {
  it('all finish, every row loaded, their after-load hooks run in fewer passes than batches', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ls-queued-'));
    const passes: number[] = [];
    const ls = createLivingSchema({
      sink: duckdb({ path: join(dir, 'db.duckdb') }),
      stagingDirectory: join(dir, 'staging'),
      sources: [csv()],
      sourceWorkers: workers,
      notifiers: [],
      plugins: [{ name: 'passes', register: (context) => context.afterBatchesLoaded((batches) => void passes.push(batches.length)) }],
    });
    engines.push(ls);
    await ls.start();
    const sent = await inputs(dir, 6);
    const results = await Promise.all(sent.map((list) => ls.ingest(list, { dataset: 'parts' })));

    expect(results.flatMap((r) => r.failures)).toEqual([]);
    expect(results.map((r) => r.batches.map((b) => `${b.dataset} ${b.status} ${b.rowsLoaded}`))).toEqual(
      sent.map(() => ['parts_sheet_0 loaded 5', 'parts_sheet_1 loaded 6', 'parts_sheet_2 loaded 7', 'parts loaded 7', 'parts loaded 7']),
    );
    const counted = await ls.query(`SELECT (SELECT count(DISTINCT id) FROM parts) + (SELECT count(DISTINCT id) FROM parts_sheet_0) + (SELECT count(DISTINCT id) FROM parts_sheet_1) + (SELECT count(DISTINCT id) FROM parts_sheet_2) AS n`);
    expect(Number(counted.rows[0]![0])).toBe(6 * (5 + 6 + 7 + 7 + 7));
    expect(passes.reduce((a, b) => a + b, 0)).toBe(30);
    expect(passes.length).toBeLessThan(30);
  }, 120_000);
});
