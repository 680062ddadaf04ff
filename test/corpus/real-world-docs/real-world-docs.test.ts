/**
 * Real-world-shaped PDFs and Argilla exports, through the real `living-schema` binary (build
 * first). Each case is a class of file that the round of tests on other projects' files found
 * mishandled: a PDF with one damaged page was refused whole; a PDF protected by an owner password
 * alone, or with an empty owner password, was refused as needing a password; a Hugging Face
 * Parquet export failed on its int64 columns; an export without settings was read as if its text
 * field were `text`; answers to label, rating, ranking and free-text questions were quarantined
 * as "not a span value"; drafts and discards were counted as quarantined rows.
 *
 * Every file is written here, at test time; nothing is copied from anywhere.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PdfPage } from '@living-schema/source-ocr';
import { cliBuilt, DEFAULT_HANG_MS, inspect, runCli, unreconciledBatches, type CliRun } from '../corpus-harness.js';
import { ANA, BEN, flattenedRecords, writeFlatJson, writeHubParquet } from './argilla-exports.js';
import { realWorldPdf } from './pdf-objects.js';

const TEST_MS = DEFAULT_HANG_MS + 60_000;

function workspace(): { dir: string; db: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ls-real-world-'));
  return { dir, db: join(dir, 'store.duckdb') };
}

const pages = (count: number): PdfPage[] =>
  Array.from({ length: count }, (_, i) => ({ kind: 'text', lines: [`Inspection page ${i + 1}`, `Vessel number ${i + 1} was boarded.`] }));

interface BatchJson {
  kind: string;
  status: string;
  rowsIn: number;
  rowsLoaded: number;
  rowsQuarantined: number;
}

function batchOf(run: CliRun, kind: string): BatchJson {
  const batch = (run.json?.batches as BatchJson[] | undefined)?.find((b) => b.kind === kind);
  expect(batch, `no ${kind} batch in ${run.stdout}${run.stderr}`).toBeDefined();
  return batch!;
}

async function ingest(db: string, path: string): Promise<CliRun> {
  const run = await runCli(db, ['ingest', path]);
  expect(run.hung, 'the CLI hung').toBe(false);
  return run;
}

describe.skipIf(!cliBuilt())('real-world PDFs', () => {
  it('a 16-page PDF with one damaged page object: 15 pages stored, the bad page quarantined with file, page and reason', async () => {
    const { dir, db } = workspace();
    const path = join(dir, 'damaged-16.pdf');
    // Page 8 is the last of its /Pages node (pages 5-8): the only page pdf.js cannot reach.
    writeFileSync(path, realWorldPdf(pages(16), { damagedPage: 8 }));
    const run = await ingest(db, path);
    expect(run.code, run.stderr).toBe(0);
    expect(batchOf(run, 'documents')).toMatchObject({ status: 'loaded', rowsIn: 16, rowsLoaded: 15, rowsQuarantined: 1 });
    await inspect(db, async (query) => {
      const stored = await query(`SELECT page_number, text FROM raw_documents ORDER BY page_number`);
      expect(stored.map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16]);
      expect(stored.at(-1)![1]).toBe('Inspection page 16\nVessel number 16 was boarded.');
      const [quarantined] = await query(`SELECT source_uri, row_number, reason FROM quarantine`);
      expect(quarantined![0]).toMatch(/damaged-16\.pdf$/);
      expect(quarantined![1]).toBe(8);
      expect(quarantined![2]).toMatch(/^damaged-16\.pdf: page 8 of 16 is damaged, its text layer cannot be read: .+/);
    });
    expect(await unreconciledBatches(db)).toEqual([]);
  }, TEST_MS);

  it('a damaged page object mid-node takes the later pages of its /Pages node with it: each is quarantined, none vanishes', async () => {
    const { dir, db } = workspace();
    const path = join(dir, 'damaged-mid.pdf');
    // pdf.js must parse each kid of a node to count past it: page 7 broken hides page 8 too.
    writeFileSync(path, realWorldPdf(pages(16), { damagedPage: 7 }));
    const run = await ingest(db, path);
    expect(run.code, run.stderr).toBe(0);
    expect(batchOf(run, 'documents')).toMatchObject({ status: 'loaded', rowsIn: 16, rowsLoaded: 14, rowsQuarantined: 2 });
    const quarantined = await inspect(db, (query) => query(`SELECT row_number, reason FROM quarantine ORDER BY row_number`));
    expect(quarantined.map((r) => r[0])).toEqual([7, 8]);
    for (const [page, reason] of quarantined) expect(reason).toMatch(new RegExp(`^damaged-mid\\.pdf: page ${page} of 16 is damaged`));
    expect(await unreconciledBatches(db)).toEqual([]);
  }, TEST_MS);

  it('a PDF with an owner password only (printing and copying refused) opens and loads its text', async () => {
    const { dir, db } = workspace();
    const path = join(dir, 'owner-only.pdf');
    writeFileSync(path, realWorldPdf(pages(3), { passwords: { user: '', owner: 'owner-secret' } }));
    const run = await ingest(db, path);
    expect(run.code, run.stderr).toBe(0);
    expect(batchOf(run, 'documents')).toMatchObject({ status: 'loaded', rowsIn: 3, rowsLoaded: 3, rowsQuarantined: 0 });
    // The text is encrypted in the file: reading it proves the key was derived, not guessed around.
    const texts = await inspect(db, (query) => query(`SELECT text FROM raw_documents ORDER BY page_number`));
    expect(texts.map((r) => r[0])).toEqual([1, 2, 3].map((n) => `Inspection page ${n}\nVessel number ${n} was boarded.`));
  }, TEST_MS);

  it('a PDF whose owner password is empty opens without a password, as MuPDF and qpdf open it (it was refused as "needs a password")', async () => {
    const { dir, db } = workspace();
    const path = join(dir, 'empty-owner.pdf');
    writeFileSync(path, realWorldPdf(pages(2), { passwords: { user: 'user-secret', owner: '' } }));
    const run = await ingest(db, path);
    expect(run.code, run.stderr).toBe(0);
    expect(batchOf(run, 'documents')).toMatchObject({ status: 'loaded', rowsIn: 2, rowsLoaded: 2 });
    const texts = await inspect(db, (query) => query(`SELECT text FROM raw_documents ORDER BY page_number`));
    expect(texts[1]![0]).toBe('Inspection page 2\nVessel number 2 was boarded.');
  }, TEST_MS);

  it('only a real user password is refused as needing a password, naming the file; nothing is stored', async () => {
    const { dir, db } = workspace();
    const path = join(dir, 'user-locked.pdf');
    writeFileSync(path, realWorldPdf(pages(2), { passwords: { user: 'user-secret', owner: 'owner-secret' } }));
    const run = await ingest(db, path);
    expect(run.code).toBe(1);
    const failure = run.json.failures?.[0] ?? run.json.error;
    expect(failure.code).toBe('LS_INPUT_UNREADABLE');
    expect(failure.message).toMatch(/^user-locked\.pdf: refused, encrypted: it needs a password to open/);
    expect(run.json.batches ?? []).toEqual([]);
  }, TEST_MS);
});

const RESPONSE_COLUMNS = `record_id, question_name, question_type, value, value_text, annotator, status, origin`;

describe.skipIf(!cliBuilt())('real-world Argilla exports', () => {
  it('a Hugging Face Parquet export (int64 columns) loads every question type; drafts and discards are stored, not quarantined', async () => {
    const { dir, db } = workspace();
    const folder = await writeHubParquet(join(dir, 'psc-findings'), flattenedRecords(), true);
    const run = await ingest(db, folder);
    expect(run.code, run.stderr).toBe(0);
    // 3 + 2 submitted spans and 1 suggested span; the draft's and the discard's spans are answers, not annotations.
    expect(batchOf(run, 'annotations')).toMatchObject({ status: 'loaded', rowsIn: 5, rowsLoaded: 5, rowsQuarantined: 0 });
    // Record 1: 1 span + 2 severity + 1 topics + 2 quality + 1 urgency + 1 notes answers + 1 suggestion;
    // record 2: 4 answers + 1 suggestion; record 3: 2 span answers (draft, discard) + 1 draft severity.
    expect(batchOf(run, 'responses')).toMatchObject({ status: 'loaded', rowsIn: 17, rowsLoaded: 17, rowsQuarantined: 0 });
    await inspect(db, async (query) => {
      const first = await query(`SELECT ${RESPONSE_COLUMNS} FROM annotation_responses WHERE record_id = '0b7e8a9c-1111-4a2b-8c3d-000000000001' AND origin = 'response' AND question_name <> 'entities' ORDER BY question_name, annotator`);
      expect(first).toEqual([
        ['0b7e8a9c-1111-4a2b-8c3d-000000000001', 'notes', 'text', '"Fire pump failed twice."', 'Fire pump failed twice.', ANA, 'submitted', 'response'],
        ['0b7e8a9c-1111-4a2b-8c3d-000000000001', 'quality', 'rating', '4', '4', ANA, 'submitted', 'response'],
        ['0b7e8a9c-1111-4a2b-8c3d-000000000001', 'quality', 'rating', '5', '5', BEN, 'submitted', 'response'],
        ['0b7e8a9c-1111-4a2b-8c3d-000000000001', 'severity', 'label_selection', '"high"', 'high', ANA, 'submitted', 'response'],
        ['0b7e8a9c-1111-4a2b-8c3d-000000000001', 'severity', 'label_selection', '"high"', 'high', BEN, 'submitted', 'response'],
        ['0b7e8a9c-1111-4a2b-8c3d-000000000001', 'topics', 'multi_label_selection', '["fire","crew"]', null, ANA, 'submitted', 'response'],
        ['0b7e8a9c-1111-4a2b-8c3d-000000000001', 'urgency', 'ranking', '[{"value":"detain","rank":1},{"value":"inspect","rank":2}]', null, ANA, 'submitted', 'response'],
      ]);
      expect(await query(`SELECT question_name, value_text, annotator, score FROM annotation_responses WHERE origin = 'suggestion' ORDER BY question_name`)).toEqual([
        ['entities', null, 'ner-v2', 0.91],
        ['severity', 'low', 'classifier-v1', 0.66],
      ]);
      expect(await query(`SELECT question_name, annotator, status FROM annotation_responses WHERE record_id LIKE '%0003' ORDER BY question_name, annotator`)).toEqual([
        ['entities', ANA, 'draft'],
        ['entities', BEN, 'discarded'],
        ['severity', ANA, 'draft'],
      ]);
      expect(await query(`SELECT label, text, status, origin FROM annotations ORDER BY origin, text`)).toEqual([
        ['VESSEL', 'Aurora', 'submitted', 'response'],
        ['VESSEL', 'Borealis', 'submitted', 'response'],
        ['PORT', 'Busan', 'submitted', 'response'],
        ['PORT', 'Rotterdam', 'submitted', 'response'],
        ['PORT', 'Rotterdam', 'suggestion', 'suggestion'],
      ]);
      expect(await query(`SELECT count(*) FROM quarantine`)).toEqual([[0]]);
    });
    expect(await unreconciledBatches(db)).toEqual([]);
  }, TEST_MS);

  it('an export without settings finds its text field (here `report`, beside a `source` metadata column) and types questions by their answers', async () => {
    const { dir, db } = workspace();
    const folder = await writeHubParquet(join(dir, 'no-settings'), flattenedRecords(), false);
    const file = join(folder, 'data', 'train-00000-of-00001.parquet');
    const run = await ingest(db, file);
    expect(run.code, run.stderr).toBe(0);
    expect(batchOf(run, 'annotations')).toMatchObject({ status: 'loaded', rowsIn: 5, rowsLoaded: 5, rowsQuarantined: 0 });
    await inspect(db, async (query) => {
      // Each span's text is the slice of `report` it points at: the field was found, not assumed.
      expect(await query(`SELECT count(*) FROM annotations a JOIN raw_documents d USING (document_id) WHERE substring(d.text, a.span_start + 1, a.span_end - a.span_start) = a.text AND a.text IN ('Aurora', 'Borealis', 'Busan', 'Rotterdam')`)).toEqual([[5]]);
      // No settings: a label and free text look alike, so those keep no type; the others show theirs.
      expect(await query(`SELECT DISTINCT question_name, question_type FROM annotation_responses ORDER BY 1`)).toEqual([
        ['entities', 'span'],
        ['notes', null],
        ['quality', 'rating'],
        ['severity', null],
        ['topics', 'multi_label_selection'],
        ['urgency', 'ranking'],
      ]);
    });
    expect(await unreconciledBatches(db)).toEqual([]);
  }, TEST_MS);

  it('an export without settings whose spans fit two text fields equally is refused naming the file, the fields and the option', async () => {
    const { dir, db } = workspace();
    // A translation as long as the report: the spans fit both, and neither is the longer everywhere.
    const records = flattenedRecords().map((r) => ({ ...r, report_translated: String(r.report).split('').reverse().join('') }));
    const path = writeFlatJson(join(dir, 'two-texts.json'), records);
    const run = await ingest(db, path);
    expect(run.code).toBe(1);
    const failure = run.json.failures?.[0] ?? run.json.error;
    expect(failure.code).toBe('LS_INPUT_UNREADABLE');
    expect(failure.message).toMatch(/two-texts\.json: cannot tell which field the spans of "entities" point into: they fit several text fields \(report, report_translated\)/);
    expect(failure.message).toMatch(/`textField` option/);
    expect(run.json.batches ?? []).toEqual([]);
  }, TEST_MS);

  it('re-ingesting the same export adds nothing; a corrected answer supersedes the old one', async () => {
    const { dir, db } = workspace();
    const first = writeFlatJson(join(dir, 'psc.json'), flattenedRecords());
    expect((await ingest(db, first)).code).toBe(0);
    const again = await ingest(db, first);
    expect(again.code, again.stderr).toBe(0);
    expect((again.json.batches as BatchJson[]).map((b) => b.status)).toEqual(['skipped', 'skipped', 'skipped']);
    const corrected = flattenedRecords();
    corrected[1]!['severity.responses'] = ['high'];
    const second = writeFlatJson(join(dir, 'psc-corrected.json'), corrected);
    expect((await ingest(db, second)).code).toBe(0);
    await inspect(db, async (query) => {
      expect(await query(`SELECT value_text FROM annotation_responses WHERE record_id LIKE '%0002' AND question_name = 'severity' AND origin = 'response'`)).toEqual([['high']]);
      expect(await query(`SELECT value_text FROM annotation_responses_history WHERE record_id LIKE '%0002' AND question_name = 'severity' AND origin = 'response'`)).toEqual([['low']]);
      expect(await query(`SELECT count(*) FROM annotation_responses`)).toEqual([[17]]);
      // Only the changed answer moved: the other 16 are the rows the first export stored.
      expect(await query(`SELECT count(*) FROM annotation_responses_history`)).toEqual([[1]]);
      // Time travel to the first export's load sees the old answer.
      const [[moment]] = (await query(`SELECT ingested_at::VARCHAR FROM annotation_responses_history`)) as string[][];
      expect(await query(`SELECT value_text FROM annotation_responses_as_of('${moment}'::TIMESTAMPTZ) WHERE record_id LIKE '%0002' AND question_name = 'severity' AND origin = 'response'`)).toEqual([['low']]);
    });
    expect(await unreconciledBatches(db)).toEqual([]);
  }, TEST_MS);
});
