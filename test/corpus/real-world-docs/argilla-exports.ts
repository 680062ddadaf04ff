/**
 * Argilla v2 exports as `Dataset.to_hub` and `records.to_list(flatten=True)` write them: one row
 * per record with its fields and metadata as columns, and per question `<q>.responses` (a list,
 * one answer per user), `<q>.responses.users`, `<q>.responses.status`, `<q>.suggestion`,
 * `<q>.suggestion.agent` and `<q>.suggestion.score`. The Parquet form is written by DuckDB, so
 * its integers are int64 as in the Hugging Face files (ratings, ranks, span offsets).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

export const ANA = '7d3c1a52-0b1e-4f4e-9a43-0c5a1d2e3f01';
export const BEN = '7d3c1a52-0b1e-4f4e-9a43-0c5a1d2e3f02';

/** The settings of a dataset with a question of every type: what `.argilla/settings.json` holds. */
export const SETTINGS = {
  guidelines: 'Label port state control findings.',
  fields: [{ name: 'report', title: 'Report', required: true, settings: { type: 'text', use_markdown: false } }],
  questions: [
    { name: 'entities', title: 'Entities', required: false, settings: { type: 'span', field: 'report', options: [{ value: 'VESSEL' }, { value: 'PORT' }] } },
    { name: 'severity', title: 'Severity', required: true, settings: { type: 'label_selection', options: [{ value: 'low' }, { value: 'high' }] } },
    { name: 'topics', title: 'Topics', required: false, settings: { type: 'multi_label_selection', options: [{ value: 'fire' }, { value: 'hull' }, { value: 'crew' }] } },
    { name: 'quality', title: 'Quality', required: false, settings: { type: 'rating', options: [1, 2, 3, 4, 5].map((value) => ({ value })) } },
    { name: 'urgency', title: 'Urgency', required: false, settings: { type: 'ranking', options: [{ value: 'detain' }, { value: 'inspect' }] } },
    { name: 'notes', title: 'Notes', required: false, settings: { type: 'text', use_markdown: false } },
  ],
  metadata: [{ name: 'source', settings: { type: 'terms' } }],
};

const REPORTS = [
  'The vessel Aurora was detained at Rotterdam after a fire drill failed.',
  'Borealis passed inspection at Busan with minor hull corrosion noted.',
  'Cassiopeia left Piraeus before the crew certificates were checked.',
];

/** Three flattened records answering every question type; record 3 has a draft and a discard. */
export function flattenedRecords(textColumn = 'report'): Array<Record<string, unknown>> {
  const span = (text: string, word: string, label: string) => ({ label, start: text.indexOf(word), end: text.indexOf(word) + word.length });
  const [first, second, third] = REPORTS as [string, string, string];
  return [
    {
      id: 'psc-1', _server_id: '0b7e8a9c-1111-4a2b-8c3d-000000000001', [textColumn]: first, source: 'paris-mou',
      'entities.responses': [[span(first, 'Aurora', 'VESSEL'), span(first, 'Rotterdam', 'PORT')]], 'entities.responses.users': [ANA], 'entities.responses.status': ['submitted'],
      'entities.suggestion': [span(first, 'Rotterdam', 'PORT')], 'entities.suggestion.agent': 'ner-v2', 'entities.suggestion.score': 0.91,
      'severity.responses': ['high', 'high'], 'severity.responses.users': [ANA, BEN], 'severity.responses.status': ['submitted', 'submitted'],
      'topics.responses': [['fire', 'crew']], 'topics.responses.users': [ANA], 'topics.responses.status': ['submitted'],
      'quality.responses': [4, 5], 'quality.responses.users': [ANA, BEN], 'quality.responses.status': ['submitted', 'submitted'],
      'urgency.responses': [[{ value: 'detain', rank: 1 }, { value: 'inspect', rank: 2 }]], 'urgency.responses.users': [ANA], 'urgency.responses.status': ['submitted'],
      'notes.responses': ['Fire pump failed twice.'], 'notes.responses.users': [ANA], 'notes.responses.status': ['submitted'],
    },
    {
      id: 'psc-2', _server_id: '0b7e8a9c-1111-4a2b-8c3d-000000000002', [textColumn]: second, source: 'tokyo-mou',
      'entities.responses': [[span(second, 'Borealis', 'VESSEL'), span(second, 'Busan', 'PORT')]], 'entities.responses.users': [BEN], 'entities.responses.status': ['submitted'],
      'severity.responses': ['low'], 'severity.responses.users': [BEN], 'severity.responses.status': ['submitted'],
      'severity.suggestion': 'low', 'severity.suggestion.agent': 'classifier-v1', 'severity.suggestion.score': 0.66,
      'topics.responses': [['hull']], 'topics.responses.users': [BEN], 'topics.responses.status': ['submitted'],
      'quality.responses': [3], 'quality.responses.users': [BEN], 'quality.responses.status': ['submitted'],
    },
    {
      id: 'psc-3', _server_id: '0b7e8a9c-1111-4a2b-8c3d-000000000003', [textColumn]: third, source: 'paris-mou',
      // Ana's answer is a draft, Ben discarded the record: both are kept with their status.
      'entities.responses': [[span(third, 'Cassiopeia', 'VESSEL')], [span(third, 'Piraeus', 'PORT')]], 'entities.responses.users': [ANA, BEN], 'entities.responses.status': ['draft', 'discarded'],
      'severity.responses': ['high'], 'severity.responses.users': [ANA], 'severity.responses.status': ['draft'],
    },
  ];
}

/** Every column any record has, each record given all of them (null where it has none), as `to_list` does. */
function normalised(records: Array<Record<string, unknown>>): Array<Record<string, unknown>> {
  const columns = [...new Set(records.flatMap((r) => Object.keys(r)))];
  return records.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? null])));
}

/** Writes the records as a Hugging Face-style export folder (`data/train-00000-of-00001.parquet`), with or without settings. */
export async function writeHubParquet(folder: string, records: Array<Record<string, unknown>>, withSettings: boolean): Promise<string> {
  mkdirSync(join(folder, 'data'), { recursive: true });
  if (withSettings) {
    mkdirSync(join(folder, '.argilla'), { recursive: true });
    writeFileSync(join(folder, '.argilla', 'settings.json'), JSON.stringify(SETTINGS));
  }
  const json = join(folder, 'records.ndjson.tmp');
  writeFileSync(json, normalised(records).map((r) => JSON.stringify(r)).join('\n'));
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const target = join(folder, 'data', 'train-00000-of-00001.parquet');
    await connection.run(`COPY (SELECT * FROM read_json('${json}', format = 'newline_delimited', sample_size = -1)) TO '${target}' (FORMAT parquet)`);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  rmSync(json);
  return folder;
}

/** Writes the records as a flattened JSON export (no settings): what `records.to_json` gives. */
export function writeFlatJson(path: string, records: Array<Record<string, unknown>>): string {
  writeFileSync(path, JSON.stringify(normalised(records)));
  return path;
}
