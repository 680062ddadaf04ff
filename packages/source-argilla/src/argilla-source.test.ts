import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLivingSchema, type LivingSchema } from '@living-schema/core';
import { duckdb } from '@living-schema/sink-duckdb';
import { ArgillaClient } from './argilla-client.js';
import { argilla } from './argilla-source.js';
import { startTestArgillaServer, testUuid, type TestArgillaServer, type TestRecordInput } from './testing/argilla-test-server.js';

const ANNOTATORS = [testUuid('user:ana'), testUuid('user:ben')];

/** Inspection-report sentences with entity spans, a second annotator on every third record, a model suggestion on every record. */
function reports(count: number, start = 0): TestRecordInput[] {
  const vessels = ['Aurora', 'Borealis', 'Cassiopeia', 'Delphine', 'Esperanza'];
  const ports = ['Rotterdam', 'Busan', 'Piraeus', 'Walvis Bay'];
  return Array.from({ length: count }, (_, n) => {
    const i = n + start;
    const vessel = `${vessels[i % vessels.length]} ${i}`;
    const port = ports[i % ports.length]!;
    const text = `The vessel ${vessel} was inspected at ${port}.`;
    const vesselSpan = { label: 'VESSEL_NAME', start: 11, end: 11 + vessel.length };
    const portStart = text.indexOf(port);
    const portSpan = { label: 'PORT', start: portStart, end: portStart + port.length };
    const responses: NonNullable<TestRecordInput['responses']> = [{ userId: ANNOTATORS[0]!, status: 'submitted', spans: [vesselSpan, portSpan] }];
    if (i % 3 === 0) responses.push({ userId: ANNOTATORS[1]!, status: 'submitted', spans: [vesselSpan] });
    return { text, responses, suggestion: { agent: 'ner-model-v1', spans: [portSpan], score: 0.9 } };
  });
}

const engines: LivingSchema[] = [];
const servers: TestArgillaServer[] = [];
afterEach(async () => {
  await Promise.all(engines.splice(0).map((e) => e.close()));
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'ls-argilla-'));
}

function engine(dir: string, options: Parameters<typeof argilla>[0] = {}): LivingSchema {
  const ls = createLivingSchema({ sink: duckdb({ path: join(dir, 'db.duckdb') }), stagingDirectory: join(dir, 'staging'), sources: [argilla(options)], notifiers: [] });
  engines.push(ls);
  return ls;
}

async function server(records: TestRecordInput[], name = 'inspection-ner'): Promise<TestArgillaServer> {
  const s = await startTestArgillaServer({ datasets: [{ name, workspace: 'maritime', records }] });
  servers.push(s);
  return s;
}

const CONTENT_COLUMNS = 'annotation_id, document_id, span_start, span_end, label, text, annotator, status, origin';
async function annotationRows(ls: LivingSchema): Promise<unknown[][]> {
  return (await ls.query(`SELECT ${CONTENT_COLUMNS} FROM annotations ORDER BY annotation_id`, { maxRows: 100_000 })).rows;
}
async function scalar(ls: LivingSchema, sql: string): Promise<unknown> {
  return (await ls.query(sql)).rows[0]?.[0];
}

describe('argilla source', () => {
  it('a to_disk folder and the same dataset on a server produce identical annotation rows', async () => {
    const records = reports(30);
    // A draft response on the server: stored as a draft answer, never an annotation, never quarantined.
    records[4]!.responses!.push({ userId: testUuid('user:cy'), status: 'draft', spans: [{ label: 'PORT', start: 0, end: 3 }] });
    const s = await server(records);
    const exportDir = folder();
    await s.datasets[0]!.writeToDisk(exportDir);

    const fromDisk = engine(folder());
    const diskResult = await fromDisk.ingest(exportDir);
    expect(diskResult.failures).toEqual([]);
    const fromServer = engine(folder(), { apiKey: s.apiKey, pageSize: 7 });
    const serverResult = await fromServer.ingest(s.url, { dataset: 'inspection-ner' });
    expect(serverResult.failures).toEqual([]);

    const diskRows = await annotationRows(fromDisk);
    const serverRows = await annotationRows(fromServer);
    // 30 records x 2 spans + 10 second-annotator spans + 30 suggestions.
    expect(diskRows).toHaveLength(100);
    expect(serverRows).toEqual(diskRows);
    expect(await scalar(fromServer, `SELECT count(*) FROM annotations WHERE origin = 'suggestion' AND annotator = 'ner-model-v1' AND status = 'suggestion'`)).toBe(30);
    expect(await scalar(fromServer, `SELECT count(*) FROM annotations WHERE annotated_at IS NOT NULL`)).toBe(100);
    expect(await scalar(fromServer, `SELECT count(*) FROM quarantine`)).toBe(0);
    expect((await fromServer.query(`SELECT question_name, question_type, value, status FROM annotation_responses WHERE annotator = $1`, { params: [testUuid('user:cy')] })).rows).toEqual([
      ['entities', 'span', '[{"label":"PORT","start":0,"end":3}]', 'draft'],
    ]);
    // Every answer (30 + 10 responses, 30 suggestions, the draft) is a row.
    expect(await scalar(fromServer, `SELECT count(*) FROM annotation_responses`)).toBe(71);
    // The annotated text is in raw_documents once per record, and every span's text is at its offsets.
    expect(await scalar(fromServer, `SELECT count(*) FROM raw_documents WHERE extraction_method = 'source'`)).toBe(30);
    expect(await scalar(fromServer, `SELECT count(*) FROM annotations a JOIN raw_documents d USING (document_id) WHERE substring(d.text, a.span_start + 1, a.span_end - a.span_start) <> a.text`)).toBe(0);
    // Records are read in pages of at most pageSize, with responses and suggestions included.
    const searches = s.requests.filter((r) => r.includes('/records/search'));
    expect(searches).toHaveLength(5);
    expect(searches[0]).toContain('include=responses,suggestions&offset=0&limit=7');
    expect(searches[4]).toContain('offset=28&limit=7');
  });

  it('syncs incrementally by updated_at: a re-run adds nothing, new and edited records are fetched alone', async () => {
    const s = await server(reports(12));
    const dir = folder();
    const ls = engine(dir, { apiKey: s.apiKey, pageSize: 5 });
    await ls.ingest(s.url, { dataset: 'inspection-ner' });
    expect(await scalar(ls, 'SELECT count(*) FROM annotations')).toBe(40);
    const batches = await scalar(ls, 'SELECT count(*) FROM ingest_batches');

    const rerun = await ls.ingest(s.url, { dataset: 'inspection-ner' });
    expect(rerun.batches).toEqual([]);
    expect(await scalar(ls, 'SELECT count(*) FROM ingest_batches')).toBe(batches);
    expect(await scalar(ls, 'SELECT count(*) FROM annotations')).toBe(40);

    s.datasets[0]!.append(reports(2, 12));
    s.datasets[0]!.edit(0, [{ label: 'VESSEL_NAME', start: 11, end: 17 }]);
    const before = s.requests.length;
    const delta = await ls.ingest(s.url, { dataset: 'inspection-ner' });
    const search = s.requests.slice(before).find((r) => r.includes('/records/search'))!;
    expect(search).toContain('offset=0');
    // Two new records (4 + 3 spans) and the edited record (two responses and a suggestion).
    expect(delta.batches.filter((b) => b.kind === 'annotations').reduce((n, b) => n + b.rowsIn, 0)).toBe(4 + 3 + 3);
    // Its suggestion is unchanged (already present); each response's corrected span replaces the
    // spans that response had (two VESSEL_NAME 11-19 and a PORT), which move to the history.
    expect(await scalar(ls, 'SELECT count(*) FROM annotations')).toBe(40 + 7 + 2 - 3);
    const superseded = (kind: string) => delta.batches.filter((b) => b.kind === kind).reduce((n, b) => n + (b.rowsSuperseded ?? 0), 0);
    expect(superseded('annotations')).toBe(3);
    // The two corrected answers are superseded in the responses too.
    expect(superseded('responses')).toBe(2);
    const first = (await ls.query(`SELECT document_id FROM annotations WHERE span_end = 17`)).rows[0]![0];
    expect((await ls.query(`SELECT label, span_start, span_end, origin FROM annotations WHERE document_id = $1 ORDER BY origin, annotator`, { params: [first] })).rows).toEqual([
      ['VESSEL_NAME', 11, 17, 'response'],
      ['VESSEL_NAME', 11, 17, 'response'],
      ['PORT', 37, 46, 'suggestion'],
    ]);
    expect((await ls.query(`SELECT label, span_end FROM annotations_history WHERE document_id = $1 ORDER BY label, annotator`, { params: [first] })).rows).toEqual([
      ['PORT', 46],
      ['VESSEL_NAME', 19],
      ['VESSEL_NAME', 19],
    ]);
    // Counts reconcile in the ledger: every span of the edited record is accounted for.
    expect(await scalar(ls, `SELECT sum(rows_superseded) FROM ingest_batches WHERE kind = 'annotations'`)).toBe(3);
  });

  it('resumes an interrupted sync where the last loaded page ended, without duplicates', async () => {
    const s = await server(reports(25));
    const dir = folder();
    const ls = engine(dir, { apiKey: s.apiKey, pageSize: 5, retries: 1 });
    // me, datasets, questions, then two pages; the third page request fails.
    s.failAfter(5);
    const broken = await ls.ingest(s.url, { dataset: 'inspection-ner' });
    expect(broken.failures).toHaveLength(1);
    expect(broken.failures[0]!.code).toBe('LS_SOURCE_UNAVAILABLE');
    expect(broken.failures[0]!.message).toMatch(/503/);
    const partial = (await scalar(ls, 'SELECT count(DISTINCT document_id) FROM annotations')) as number;
    expect(partial).toBe(10);

    s.failAfter(null);
    const before = s.requests.length;
    await ls.ingest(s.url, { dataset: 'inspection-ner' });
    const resumed = s.requests.slice(before).filter((r) => r.includes('/records/search'));
    expect(resumed).toHaveLength(4);
    expect(await scalar(ls, 'SELECT count(DISTINCT document_id) FROM annotations')).toBe(25);
    expect(await scalar(ls, 'SELECT count(*) FROM annotations')).toBe(25 * 2 + 9 + 25);
    expect(await scalar(ls, 'SELECT count(*) - count(DISTINCT annotation_id) FROM annotations')).toBe(0);
  });

  it('explains a rejected key, an unknown dataset and a refused page size', async () => {
    const s = await server(reports(2));
    const dir = folder();
    const wrongKey = await engine(dir, { apiKey: 'wrong' }).ingest(s.url, { dataset: 'inspection-ner' });
    expect(wrongKey.failures[0]).toMatchObject({ code: 'LS_SOURCE_UNAVAILABLE' });
    expect(wrongKey.failures[0]!.message).toMatch(/refused the API key \(401: Could not validate credentials\)/);
    const missing = await engine(folder(), { apiKey: s.apiKey }).ingest(s.url, { dataset: 'nope' });
    expect(missing.failures[0]).toMatchObject({ code: 'LS_NOT_FOUND' });
    expect(missing.failures[0]!.message).toMatch(/no dataset "nope".*visible: inspection-ner/);
    const noKey = await engine(folder(), { env: {} }).ingest(s.url, { dataset: 'inspection-ner' });
    expect(noKey.failures[0]!.message).toMatch(/ARGILLA_API_KEY/);

    const client = new ArgillaClient({ apiUrl: s.url, apiKey: s.apiKey, fetch, retries: 1, timeoutMs: 5000 });
    await expect(client.searchRecords(s.datasets[0]!.id, { offset: 0, limit: 5000 })).rejects.toThrowError(/422: query\.limit: Input should be less than or equal to 1000/);
    await expect(client.questions(testUuid('dataset:other'))).rejects.toMatchObject({ code: 'LS_NOT_FOUND', message: expect.stringMatching(/Dataset with id `.*` not found/) });
  });

  it('reads legacy v1 TokenClassification records: Validated counted, Discarded kept as a discarded response, predictions as suggestions', async () => {
    const dir = folder();
    const path = join(dir, 'legacy-ner.jsonl');
    const text = 'Kestrel arrived in Singapore';
    const lines = [
      { id: 1, text, tokens: text.split(' '), status: 'Validated', annotation: { entities: [{ label: 'VESSEL_NAME', start: 0, end: 7 }, { label: 'PORT', start: 19, end: 28 }], agent: 'ana' }, prediction: { entities: [['PORT', 19, 28, 0.8]], agent: 'spacy' }, event_timestamp: '2023-02-01T10:00:00' },
      { id: 2, text: 'Lumen left Busan', tokens: ['Lumen', 'left', 'Busan'], status: 'Discarded', annotation: { entities: [{ label: 'PORT', start: 11, end: 16 }], agent: 'ben' } },
      { id: 3, text: 'Short', tokens: ['Short'], status: 'Validated', annotation: { entities: [{ label: 'PORT', start: 2, end: 40 }], agent: 'ana' } },
    ];
    writeFileSync(path, lines.map((l) => JSON.stringify(l)).join('\n'));
    const ls = engine(dir);
    const result = await ls.ingest(path);
    expect(result.failures).toEqual([]);
    expect((await ls.query(`SELECT document_id, label, text, annotator, status, origin FROM annotations ORDER BY origin, span_start`)).rows).toEqual([
      ['1', 'VESSEL_NAME', 'Kestrel', 'ana', 'submitted', 'response'],
      ['1', 'PORT', 'Singapore', 'ana', 'submitted', 'response'],
      ['1', 'PORT', 'Singapore', 'spacy', 'suggestion', 'suggestion'],
    ]);
    const reasons = (await ls.query('SELECT reason FROM quarantine ORDER BY reason')).rows.map((r) => r[0]);
    expect(reasons).toEqual(['record 3: span 2-40 (PORT) is outside the text of field "text" (5 characters)']);
    // The discarded answer is not a bad row: it is stored with its status.
    expect((await ls.query(`SELECT record_id, question_type, annotator, status FROM annotation_responses WHERE origin = 'response' ORDER BY record_id`)).rows).toEqual([
      ['1', 'span', 'ana', 'submitted'],
      ['2', 'span', 'ben', 'discarded'],
      ['3', 'span', 'ana', 'submitted'],
    ]);
  });

  it('reads a Hugging Face-style flattened export with response statuses, and counts offsets in code points', async () => {
    const dir = folder();
    const text = 'Ship 🚢 Aurora docked at Piraeus';
    const rows = [
      {
        id: 'r1',
        _server_id: testUuid('hub:r1'),
        status: 'completed',
        text,
        'entities.responses': [[{ label: 'VESSEL_NAME', start: 7, end: 13 }], [{ label: 'PORT', start: 24, end: 31 }]],
        'entities.responses.users': [ANNOTATORS[0], ANNOTATORS[1]],
        'entities.responses.status': ['submitted', 'discarded'],
        'entities.suggestion': [{ label: 'PORT', start: 24, end: 31 }],
        'entities.suggestion.agent': 'gliner',
        'entities.suggestion.score': 0.7,
      },
    ];
    const path = join(dir, 'hub-export.json');
    writeFileSync(path, JSON.stringify(rows));
    const ls = engine(dir);
    await ls.ingest(path);
    expect((await ls.query(`SELECT label, text, origin FROM annotations ORDER BY origin`)).rows).toEqual([
      ['VESSEL_NAME', 'Aurora', 'response'],
      ['PORT', 'Piraeus', 'suggestion'],
    ]);
    expect(await scalar(ls, `SELECT count(*) FROM annotations a JOIN raw_documents d USING (document_id) WHERE substring(d.text, a.span_start + 1, a.span_end - a.span_start) = a.text`)).toBe(2);
    expect(await scalar(ls, `SELECT count(*) FROM quarantine`)).toBe(0);
    expect((await ls.query(`SELECT annotator, status, origin, score FROM annotation_responses ORDER BY origin, status`)).rows).toEqual([
      [ANNOTATORS[1], 'discarded', 'response', null],
      [ANNOTATORS[0], 'submitted', 'response', null],
      ['gliner', 'suggestion', 'suggestion', 0.7],
    ]);
  });

  it('stores answers to label, multi-label, rating, ranking and text questions from a server, typed by its settings, and the same rows from to_disk', async () => {
    const records = reports(3).map((record, i) => ({
      ...record,
      responses: record.responses!.map((response) => ({
        ...response,
        answers: { severity: i === 1 ? 'low' : 'high', topics: ['hull'], quality: 3 + i, urgency: [{ value: 'detain', rank: 1 }], notes: `note ${i}` },
      })),
    }));
    const s = await startTestArgillaServer({
      datasets: [{
        name: 'psc-findings',
        workspace: 'maritime',
        records,
        questions: [
          { name: 'severity', type: 'label_selection', options: ['low', 'high'] },
          { name: 'topics', type: 'multi_label_selection', options: ['hull', 'fire'] },
          { name: 'quality', type: 'rating', options: [1, 2, 3, 4, 5] },
          { name: 'urgency', type: 'ranking', options: ['detain', 'inspect'] },
          { name: 'notes', type: 'text' },
        ],
      }],
    });
    servers.push(s);
    const fromServer = engine(folder(), { apiKey: s.apiKey });
    expect((await fromServer.ingest(s.url, { dataset: 'psc-findings' })).failures).toEqual([]);
    const columns = 'response_id, record_id, question_name, question_type, value, value_text, annotator, status, origin';
    const serverRows = (await fromServer.query(`SELECT ${columns} FROM annotation_responses ORDER BY response_id`, { maxRows: 1000 })).rows;
    // Record 0 has two annotators: 2 x 6 answers; records 1 and 2 one each: 6; plus 3 suggestions.
    expect(serverRows).toHaveLength(12 + 6 + 6 + 3);
    expect((await fromServer.query(`SELECT question_name, question_type, value, value_text FROM annotation_responses WHERE record_id = $1 AND annotator = $2 AND question_name <> 'entities' ORDER BY question_name`, { params: [s.datasets[0]!.records[1]!.id, ANNOTATORS[0]] })).rows).toEqual([
      ['notes', 'text', '"note 1"', 'note 1'],
      ['quality', 'rating', '4', '4'],
      ['severity', 'label_selection', '"low"', 'low'],
      ['topics', 'multi_label_selection', '["hull"]', null],
      ['urgency', 'ranking', '[{"value":"detain","rank":1}]', null],
    ]);
    expect(await scalar(fromServer, `SELECT count(*) FROM quarantine`)).toBe(0);

    const exportDir = folder();
    await s.datasets[0]!.writeToDisk(exportDir);
    const fromDisk = engine(folder());
    expect((await fromDisk.ingest(exportDir)).failures).toEqual([]);
    expect((await fromDisk.query(`SELECT ${columns} FROM annotation_responses ORDER BY response_id`, { maxRows: 1000 })).rows).toEqual(serverRows);
  });

  it('claims Argilla folders, exports and URLs, and nothing else', async () => {
    const s = await server(reports(1));
    const exportDir = folder();
    await s.datasets[0]!.writeToDisk(exportDir);
    const other = folder();
    writeFileSync(join(other, 'plain.json'), JSON.stringify([{ a: 1 }]));
    const source = argilla();
    expect(await source.canRead(exportDir)).toBe(true);
    expect(await source.canRead(join(exportDir, 'records.json'))).toBe(true);
    expect(await source.canRead('http://127.0.0.1:6900')).toBe(true);
    expect(await source.canRead(other)).toBe(false);
    expect(await source.canRead(join(other, 'plain.json'))).toBe(false);
    expect(() => argilla({ pageSize: 5000 })).toThrowError(/option `pageSize`/);
  });
});
