import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderTextImage, writeSimplePdf } from '@living-schema/source-ocr';
import { startTestArgillaServer, testUuid } from '../../source-argilla/src/testing/index.js';
import type { MigrationReport } from './migration-report.js';

// These tests run the built binary, as a user would (`npm test` builds first).
const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'bin.js');

/** Runs the CLI without blocking this process (the Argilla test server answers from here). */
function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...env }, timeout: 120_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const sql = async (db: string, query: string) => JSON.parse((await run(['--db', db, 'sql', query, '--json'])).stdout).rows as unknown[][];

describe('living-schema ingest: documents and annotations', () => {
  it('loads a folder of a text PDF, a scanned PDF and a PNG, names the truncated PDF and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ls-cli-docs-'));
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    const text = writeSimplePdf([{ kind: 'text', lines: ['Inspection report for the vessel Halcyon.', 'Flag: Malta. Port: Las Palmas.'] }]);
    writeFileSync(join(inbox, 'report.pdf'), text);
    const scan = renderTextImage(['Deficiency notice: Isolde', 'detained at Abidjan.']);
    writeFileSync(join(inbox, 'scan.pdf'), writeSimplePdf([{ kind: 'image', jpeg: scan.jpeg, pixelWidth: scan.width, pixelHeight: scan.height }]));
    writeFileSync(join(inbox, 'photo.png'), renderTextImage(['Crew list of Jasmine']).png);
    writeFileSync(join(inbox, 'truncated.pdf'), text.subarray(0, Math.floor(text.length / 2)));
    const db = join(dir, 'docs.duckdb');

    const result = await run(['--db', db, 'ingest', inbox, '--json', '--report', join(dir, 'report.json')]);
    expect(result.code).toBe(1);
    const summary = JSON.parse(result.stdout);
    expect(summary.batches.map((b: { status: string; sourceUri: string }) => [b.status, b.sourceUri.split('/').pop()])).toEqual([
      ['loaded', 'photo.png'],
      ['loaded', 'report.pdf'],
      ['loaded', 'scan.pdf'],
    ]);
    expect(summary.failures).toHaveLength(1);
    expect(summary.failures[0].input).toMatch(/truncated\.pdf$/);
    expect(summary.failures[0].message).toMatch(/^truncated\.pdf: refused, truncated/);

    const rows = await sql(db, `SELECT regexp_extract(source_uri, '[^/]+$'), page_number, extraction_method, ocr_confidence IS NOT NULL, text FROM raw_documents ORDER BY 1`);
    expect(rows.map((r) => r.slice(0, 4))).toEqual([
      ['photo.png', 1, 'ocr', true],
      ['report.pdf', 1, 'text-layer', false],
      ['scan.pdf', 1, 'ocr', true],
    ]);
    expect(rows[1]![4]).toBe('Inspection report for the vessel Halcyon.\nFlag: Malta. Port: Las Palmas.');
    expect(String(rows[0]![4]).replace(/\s+/g, ' ')).toBe('Crew list of Jasmine');
    expect(String(rows[2]![4]).replace(/\s+/g, ' ')).toBe('Deficiency notice: Isolde detained at Abidjan.');

    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as MigrationReport;
    expect(report.ok).toBe(true);
    expect(report.totals.pagesRead).toBe(3);
    expect(report.failures[0]!.input).toMatch(/truncated\.pdf$/);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toContain('truncated.pdf');
  });

  // Nine CLI runs, each a process start and a store open. The timeout is a hang guard, no budget:
  // the shared machine took 49 s for it under load, against vitest's default of 60 s.
  it('migrates the same Argilla dataset from a to_disk folder and from the server into identical rows, with a zero-loss report', async () => {
    const annotator = testUuid('user:ana');
    const records = Array.from({ length: 40 }, (_, i) => {
      const vessel = `Meridian ${i}`;
      const text = `Report ${i}: ${vessel} was inspected at Busan.`;
      const start = text.indexOf(vessel);
      const port = text.indexOf('Busan');
      return {
        text,
        responses: [
          { userId: annotator, status: 'submitted' as const, spans: [{ label: 'VESSEL_NAME', start, end: start + vessel.length }, { label: 'PORT', start: port, end: port + 5 }] },
          ...(i % 10 === 0 ? [{ userId: testUuid('user:ben'), status: 'discarded' as const, spans: [] }] : []),
        ],
        suggestion: { agent: 'ner-model', spans: [{ label: 'PORT', start: port, end: port + 5 }] },
      };
    });
    const server = await startTestArgillaServer({ apiKey: 'owner.apikey', datasets: [{ name: 'psc-reports', workspace: 'maritime', records }] });
    try {
      const dir = mkdtempSync(join(tmpdir(), 'ls-cli-argilla-'));
      const exportDir = join(dir, 'psc-reports');
      await server.datasets[0]!.writeToDisk(exportDir);

      const diskDb = join(dir, 'disk.duckdb');
      const fromDisk = await run(['--db', diskDb, 'ingest', exportDir, '--report', join(dir, 'disk-report.json')]);
      expect(fromDisk.stderr).toContain('zero loss');
      expect(fromDisk.code).toBe(0);

      const liveDb = join(dir, 'live.duckdb');
      const args = ['--db', liveDb, 'ingest', '--source', 'argilla', server.url, '--dataset', 'psc-reports', '--report', join(dir, 'live-report.json')];
      const unauthorised = await run(args, { ARGILLA_API_KEY: 'wrong' });
      expect(unauthorised.code).toBe(1);
      expect(unauthorised.stderr).toMatch(/LS_SOURCE_UNAVAILABLE.*refused the API key \(401/);
      const live = await run(args, { ARGILLA_API_KEY: 'owner.apikey' });
      expect(live.code).toBe(0);

      const columns = 'annotation_id, document_id, span_start, span_end, label, text, annotator, status, origin';
      const diskRows = await sql(diskDb, `SELECT ${columns} FROM annotations ORDER BY annotation_id`);
      const liveRows = await sql(liveDb, `SELECT ${columns} FROM annotations ORDER BY annotation_id`);
      expect(diskRows).toHaveLength(120);
      expect(liveRows).toEqual(diskRows);

      const report = JSON.parse(readFileSync(join(dir, 'live-report.json'), 'utf8')) as MigrationReport;
      expect(report.ok).toBe(true);
      // The 4 discarded responses are answers, not rejected spans: they are in annotation_responses.
      expect(report.totals).toMatchObject({ recordsRead: 40, spansRead: 120, spansLoaded: 120, spansRejected: 0, problems: 0 });
      const spans = report.batches.find((b) => b.kind === 'annotations')!;
      expect(spans.labels).toEqual([
        { label: 'PORT', inSource: 80, inDuckdb: 80 },
        { label: 'VESSEL_NAME', inSource: 40, inDuckdb: 40 },
      ]);
      expect(spans.rejectedByReason).toEqual([]);
      expect(await sql(liveDb, `SELECT status, count(*) FROM annotation_responses WHERE origin = 'response' GROUP BY status ORDER BY status`)).toEqual([['discarded', 4], ['submitted', 40]]);
      expect(spans.spotChecks.length).toBeGreaterThan(5);
      expect(spans.spotChecks.every((c) => c.matches && c.textAtOffsets === c.storedText)).toBe(true);
      expect(readFileSync(join(dir, 'live-report.md'), 'utf8')).toContain('zero loss');

      // Re-running adds nothing: no batch, no row.
      const again = await run([...args, '--json'], { ARGILLA_API_KEY: 'owner.apikey' });
      expect(again.code).toBe(0);
      expect(JSON.parse(again.stdout).batches).toEqual([]);
      expect(await sql(liveDb, 'SELECT count(*) FROM annotations')).toEqual([[120]]);
    } finally {
      await server.close();
    }
  }, 300_000);
});
