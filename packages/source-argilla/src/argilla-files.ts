import { existsSync, statSync } from 'node:fs';
import { open, readFile, readdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { ErrorCodes, LivingSchemaError, describeError } from '@living-schema/core';
import { boundedJson, type NormalisedRecord, type NormalisedResponse } from './argilla-model.js';
import { parquetColumns, readParquetRows } from './argilla-parquet.js';
import { inferQuestionType, questionsFrom, type AnnotationQuestion } from './argilla-questions.js';
import { detectTextField } from './argilla-text-field.js';

/** The input formats read from disk. */
export type ArgillaFileFormat = 'to_disk' | 'hub_export' | 'legacy_v1';

export interface LoadedExport {
  format: ArgillaFileFormat;
  /** Dataset name (from `.argilla/dataset.json`, else the folder or file name). */
  name: string;
  /** Every question, with its type (from settings, else from the answers' shape). */
  questions: AnnotationQuestion[];
  records: NormalisedRecord[];
}

const SETTINGS = join('.argilla', 'settings.json');

function unreadable(path: string, message: string, cause?: unknown): LivingSchemaError {
  return new LivingSchemaError({ code: ErrorCodes.INPUT_UNREADABLE, message: `${path}: ${message}`, details: { input: path }, cause });
}

/** True for a folder saved with `Dataset.to_disk` or holding a Hugging Face-style export with Argilla settings. */
export function isArgillaFolder(path: string): boolean {
  try {
    if (!statSync(path).isDirectory()) return false;
  } catch {
    return false;
  }
  return existsSync(join(path, SETTINGS)) || existsSync(join(path, 'records.json')) && existsSync(join(path, '.argilla'));
}

async function head(path: string, bytes = 4096): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** True for a JSON/JSONL/Parquet file that looks like Argilla records (v2 nested, flattened export, or legacy v1). */
export async function isArgillaFile(path: string): Promise<boolean> {
  const extension = extname(path).toLowerCase();
  try {
    if (!statSync(path).isFile()) return false;
    if (extension === '.parquet') {
      const columns = await parquetColumns(path);
      return columns.some((c) => /\.(responses|suggestion)$/.test(c)) || (columns.includes('tokens') && columns.includes('annotation'));
    }
    if (extension !== '.json' && extension !== '.jsonl') return false;
    const start = await head(path);
    return /"(_server_id|responses|suggestions)"\s*:/.test(start) && /"fields"\s*:/.test(start)
      || /"[\w-]+\.responses"\s*:/.test(start)
      || (/"tokens"\s*:/.test(start) && /"(annotation|prediction)"\s*:/.test(start));
  } catch {
    return false;
  }
}

async function readRows(path: string): Promise<Array<Record<string, unknown>>> {
  const extension = extname(path).toLowerCase();
  if (extension === '.parquet') return (await readParquetRows(path)) as Array<Record<string, unknown>>;
  const text = await readFile(path, 'utf8');
  const trimmed = text.trimStart();
  if (trimmed.startsWith('[')) return JSON.parse(text) as Array<Record<string, unknown>>;
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value} (${String(value).slice(0, 40)})`;
}

const LEGACY_STATUS: Record<string, string> = { Validated: 'submitted', Discarded: 'discarded', Default: 'draft' };

function legacyEntities(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value;
  // Whatever `entities` holds is handed on: a value that is not a span list is rejected with a
  // reason downstream, never dropped here.
  return 'entities' in value ? (value as { entities?: unknown }).entities : [];
}

/** A record id as text: strings and numbers as they are, anything else as its JSON. */
function idText(value: unknown, fallback: number): string {
  if (value === null || value === undefined) return String(fallback);
  return typeof value === 'object' ? boundedJson(value) : String(value);
}

/** Legacy v1 TokenClassification records (`text`, `tokens`, `annotation.entities`, `status`). */
function normaliseLegacy(rows: Array<Record<string, unknown>>): NormalisedRecord[] {
  return rows.map((row, index) => {
    const status = typeof row.status === 'string' ? (LEGACY_STATUS[row.status] ?? row.status.toLowerCase()) : 'submitted';
    const annotation = row.annotation;
    const agent = annotation && typeof annotation === 'object' && !Array.isArray(annotation) ? ((annotation as { agent?: string }).agent ?? null) : (typeof row.annotation_agent === 'string' ? row.annotation_agent : null);
    const responses: NormalisedResponse[] = annotation ? [{ userId: agent, status, values: { entities: legacyEntities(annotation) }, updatedAt: typeof row.event_timestamp === 'string' ? row.event_timestamp : null }] : [];
    const prediction = row.prediction;
    const predictionAgent = prediction && typeof prediction === 'object' && !Array.isArray(prediction) ? ((prediction as { agent?: string }).agent ?? null) : (typeof row.prediction_agent === 'string' ? row.prediction_agent : null);
    return {
      id: idText(row.id, index + 1),
      fields: { text: typeof row.text === 'string' ? row.text : Array.isArray(row.tokens) ? (row.tokens as string[]).join(' ') : null },
      responses,
      suggestions: prediction ? [{ question: 'entities', value: legacyEntities(prediction), agent: predictionAgent, updatedAt: null }] : [],
      updatedAt: typeof row.event_timestamp === 'string' ? row.event_timestamp : null,
    };
  });
}

/** `records.json` of `to_disk`: `{ id, _server_id, fields, responses: { q: [{ value, user_id, status? }] }, suggestions: { q: { value, agent } } }`. */
function normaliseNested(rows: Array<Record<string, unknown>>): NormalisedRecord[] {
  return rows.map((row, index) => {
    const byUser = new Map<string, NormalisedResponse>();
    for (const [question, answers] of Object.entries((row.responses as Record<string, unknown[]> | null) ?? {})) {
      for (const answer of answers ?? []) {
        const a = answer as { value?: unknown; user_id?: string | null; status?: string };
        const userId = a.user_id ?? null;
        const key = `${userId}\u0000${a.status ?? 'submitted'}`;
        // to_disk does not write a response's status; such responses are taken as submitted.
        const response = byUser.get(key) ?? { userId, status: a.status ?? 'submitted', values: {}, updatedAt: null };
        response.values[question] = a.value;
        byUser.set(key, response);
      }
    }
    const suggestions = Object.entries((row.suggestions as Record<string, { value?: unknown; agent?: string | null; score?: unknown }> | null) ?? {}).map(([question, s]) => ({
      question,
      value: s?.value,
      agent: s?.agent ?? null,
      score: s?.score,
      updatedAt: null,
    }));
    return {
      id: idText(row._server_id ?? row.id, index + 1),
      fields: (row.fields as Record<string, unknown>) ?? {},
      responses: [...byUser.values()],
      suggestions,
      updatedAt: null,
    };
  });
}

/** The flattened Hugging Face-style export: field columns, `<q>.responses`, `<q>.responses.users`, `<q>.responses.status`, `<q>.suggestion`, `<q>.suggestion.agent`. */
function normaliseFlat(rows: Array<Record<string, unknown>>, questions: AnnotationQuestion[]): NormalisedRecord[] {
  return rows.map((row, index) => {
    const fields: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(row)) if (!key.includes('.') && !['id', 'status', '_server_id'].includes(key)) fields[key] = value;
    const byUser = new Map<string, NormalisedResponse>();
    const suggestions: NormalisedRecord['suggestions'] = [];
    for (const question of questions) {
      const values = (row[`${question.name}.responses`] as unknown[] | null) ?? [];
      const users = (row[`${question.name}.responses.users`] as Array<string | null> | null) ?? [];
      const statuses = (row[`${question.name}.responses.status`] as Array<string | null> | null) ?? [];
      values.forEach((value, i) => {
        const userId = users[i] ?? null;
        const status = statuses[i] ?? 'submitted';
        const key = `${userId}\u0000${status}`;
        const response = byUser.get(key) ?? { userId, status, values: {}, updatedAt: null };
        response.values[question.name] = value;
        byUser.set(key, response);
      });
      const suggestion = row[`${question.name}.suggestion`];
      if (suggestion !== undefined && suggestion !== null) {
        const agent = (row[`${question.name}.suggestion.agent`] as string | null) ?? null;
        suggestions.push({ question: question.name, value: suggestion, agent, score: row[`${question.name}.suggestion.score`], updatedAt: null });
      }
    }
    return { id: idText(row._server_id ?? row.id, index + 1), fields, responses: [...byUser.values()], suggestions, updatedAt: null };
  });
}

/** Question names of a flattened export: its `<question>.responses` and `<question>.suggestion` columns. */
function questionsFromFlatColumns(rows: Array<Record<string, unknown>>): AnnotationQuestion[] {
  const names = new Set<string>();
  for (const key of Object.keys(rows[0] ?? {})) {
    const match = /^(.+)\.(responses|suggestion)$/.exec(key);
    if (match) names.add(match[1]!);
  }
  return [...names].map((name) => ({ name, type: null }));
}

/**
 * Reads an Argilla export from disk: a `to_disk` folder (`records.json` + `.argilla/settings.json`),
 * a folder or file of the Hugging Face-style export (Parquet or JSON, flattened columns), or legacy
 * v1 TokenClassification records (JSON, JSONL or Parquet).
 */
export async function loadExport(path: string, options: { textField?: string } = {}): Promise<LoadedExport> {
  let settingsQuestions: AnnotationQuestion[] = [];
  let name = basename(path).replace(/\.(jsonl?|parquet)$/i, '');
  let files: string[] = [path];
  const isFolder = statSync(path).isDirectory();
  if (isFolder) {
    const settingsPath = join(path, SETTINGS);
    if (existsSync(settingsPath)) {
      try {
        settingsQuestions = questionsFrom((JSON.parse(await readFile(settingsPath, 'utf8')) as { questions?: unknown }).questions);
      } catch (error) {
        throw unreadable(settingsPath, `settings are not valid JSON (${describeError(error)})`, error);
      }
    }
    const datasetPath = join(path, '.argilla', 'dataset.json');
    if (existsSync(datasetPath)) {
      try {
        const model = JSON.parse(await readFile(datasetPath, 'utf8')) as { name?: string };
        if (model.name) name = model.name;
      } catch {
        // The dataset model is optional; the folder name stands in.
      }
    }
    if (existsSync(join(path, 'records.json'))) files = [join(path, 'records.json')];
    else {
      const found: string[] = [];
      const walk = async (folder: string) => {
        for (const entry of (await readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
          if (entry.name.startsWith('.')) continue;
          const full = join(folder, entry.name);
          if (entry.isDirectory()) await walk(full);
          else if (/\.(parquet|jsonl?)$/i.test(entry.name)) found.push(full);
        }
      };
      await walk(path);
      if (found.length === 0) throw unreadable(path, 'an Argilla folder needs records.json (to_disk) or Parquet/JSON files (Hugging Face export)');
      files = found;
    }
  }
  let rows: Array<Record<string, unknown>> = [];
  for (const file of files) {
    let read: unknown[];
    try {
      read = await readRows(file);
    } catch (error) {
      throw unreadable(file, `cannot read Argilla records (${describeError(error)})`, error);
    }
    if (!Array.isArray(read)) throw unreadable(file, `cannot read Argilla records (the file holds ${kindOf(read)}, not a list of records)`);
    const bad = read.findIndex((row) => row === null || typeof row !== 'object' || Array.isArray(row));
    if (bad >= 0) throw unreadable(file, `record ${bad + 1} is ${kindOf(read[bad])}, not a JSON object: every record (every line of a JSONL file) must be an object`);
    rows = rows.concat(read as Array<Record<string, unknown>>);
  }
  const first = rows[0] ?? {};
  if ('tokens' in first || ('annotation' in first && 'text' in first)) {
    return { format: 'legacy_v1', name, questions: [{ name: 'entities', field: 'text' }], records: normaliseLegacy(rows) };
  }
  if ('fields' in first) {
    const records = normaliseNested(rows);
    const questions = settingsQuestions.length ? settingsQuestions : inferNestedQuestions(rows);
    return { format: 'to_disk', name, questions: completeQuestions(questions, records, path, options.textField), records };
  }
  const questions = settingsQuestions.length ? settingsQuestions : questionsFromFlatColumns(rows);
  if (rows.length > 0 && questions.length === 0) throw unreadable(path, 'no question found (no settings and no "<question>.responses" or "<question>.suggestion" columns)');
  const records = normaliseFlat(rows, questions);
  return { format: 'hub_export', name, questions: completeQuestions(questions, records, path, options.textField), records };
}

function inferNestedQuestions(rows: Array<Record<string, unknown>>): AnnotationQuestion[] {
  const names = new Set<string>();
  for (const row of rows) {
    for (const key of Object.keys((row.responses as object) ?? {})) names.add(key);
    for (const key of Object.keys((row.suggestions as object) ?? {})) names.add(key);
  }
  return [...names].map((name) => ({ name, type: null }));
}

/** Every answer given to `question` in the records (responses and suggestions). */
function answersTo(records: NormalisedRecord[], question: string): unknown[] {
  return records.flatMap((record) => [
    ...record.responses.map((r) => r.values?.[question]),
    ...record.suggestions.filter((s) => s.question === question).map((s) => s.value),
  ]).filter((value) => value !== undefined && value !== null);
}

/**
 * Questions no settings described get a type from their answers' shape; span questions among
 * them get the field their offsets point into (`textField`, else detected, else refused).
 */
function completeQuestions(questions: AnnotationQuestion[], records: NormalisedRecord[], path: string, textField?: string): AnnotationQuestion[] {
  const typed = questions.map((q) => (q.type === null && q.field === undefined ? { ...q, type: inferQuestionType(answersTo(records, q.name)) } : q));
  const needField = typed.filter((q) => q.type === 'span' && q.field === undefined).map((q) => q.name);
  if (needField.length === 0) return typed;
  const field = textField ?? detectTextField(records, needField, path);
  return typed.map((q) => (needField.includes(q.name) ? { ...q, field } : q));
}
