import {
  ErrorCodes,
  LivingSchemaError,
  deriveBatchId,
  parsePluginOptions,
  sha256,
  type Batch,
  type SourceInput,
  type SourceReadContext,
  type SourceV1,
} from '@living-schema/core';
import { ArgillaClient, normaliseServerRecord, type ArgillaDataset } from './argilla-client.js';
import { isArgillaFile, isArgillaFolder, loadExport } from './argilla-files.js';
import { boundedJson, convertRecords, type NormalisedRecord } from './argilla-model.js';
import { questionsFrom, type AnnotationQuestion } from './argilla-questions.js';
import { argillaOptionsSchema, type ArgillaSourceOptions, type ResolvedArgillaSourceOptions } from './argilla-options.js';

/** Where an incremental sync stopped: the newest `updated_at` loaded and the record ids that carry it. */
export interface ArgillaSyncCursor {
  updatedAt: string;
  ids: string[];
}

function uriOf(input: SourceInput): string {
  return typeof input === 'string' ? input : input.uri;
}

function isHttp(uri: string): boolean {
  return /^https?:\/\//i.test(uri);
}

/** The batches one page of records becomes: the annotated text, the spans, then every answer. */
function batchesFor(
  records: NormalisedRecord[],
  questions: AnnotationQuestion[],
  meta: { sourceUri: string; dataset: string; rowOffset: number; context: SourceReadContext },
): [Batch, Batch, Batch] {
  const converted = convertRecords(records, questions, { dataset: meta.dataset, rowOffset: meta.rowOffset });
  const contentHash = sha256(boundedJson({ questions, records }));
  const common = { source: 'argilla', sourceUri: meta.sourceUri, contentHash, recordsRead: records.length };
  const documents: Batch = {
    ...common,
    kind: 'documents',
    dataset: 'raw_documents',
    payload: { format: 'rows', rows: converted.documents as unknown as Record<string, unknown>[] },
  };
  const annotations: Batch = {
    ...common,
    kind: 'annotations',
    dataset: meta.context.dataset ?? 'annotations',
    payload: { format: 'rows', rows: converted.annotations as unknown as Record<string, unknown>[] },
    rejected: converted.rejected,
    // Each record comes whole (every response and suggestion): what the store held for its
    // documents before and the record no longer has (a corrected span, a withdrawn answer) is
    // superseded.
    replacesDocuments: converted.documents.map((d) => d.documentId),
  };
  const responses: Batch = {
    ...common,
    kind: 'responses',
    dataset: 'annotation_responses',
    payload: { format: 'rows', rows: converted.responses as unknown as Record<string, unknown>[] },
    // The same for answers, record by record.
    replacesDocuments: records.map((r) => r.id),
  };
  return [documents, annotations, responses];
}

/**
 * Argilla annotations into the store: every answer to every question (labels, multi-labels,
 * ratings, rankings, free text, spans; responses of any status and model suggestions) into
 * `annotation_responses`; the spans of submitted responses (`origin: response`) and of
 * suggestions (`origin: suggestion`) into `annotations`; the annotated text into `raw_documents`.
 * Draft and discarded responses are kept in `annotation_responses` with their status, never as
 * annotations and never as quarantined rows.
 *
 * Inputs: an Argilla v2 server URL (REST API, key from `ARGILLA_API_KEY`, dataset by name;
 * incremental by `updated_at`, cursor kept in the store), a folder written by `Dataset.to_disk`,
 * a Hugging Face-style Parquet/JSON export, or legacy v1 TokenClassification records.
 *
 * @param options.apiKey default env `ARGILLA_API_KEY`
 * @param options.dataset dataset name on the server, default the ingest `dataset` or env `ARGILLA_DATASET`
 * @param options.pageSize records per request and batch, default 1000 (Argilla's maximum)
 * @example
 * const ls = createLivingSchema({ sink: duckdb(), sources: [argilla()] });
 * await ls.ingest('http://localhost:6900', { source: 'argilla', dataset: 'ner-reports' });
 * await ls.ingest('./exports/ner-reports'); // a to_disk folder
 * @see https://docs.argilla.io/latest/reference/argilla-server/rest_api/
 */
export function argilla(options: ArgillaSourceOptions = {}): SourceV1 {
  const parsed: ResolvedArgillaSourceOptions = parsePluginOptions('argilla', argillaOptionsSchema, options);
  const env = parsed.env ?? process.env;

  async function* readServer(url: string, context: SourceReadContext): AsyncIterable<Batch> {
    const apiKey = parsed.apiKey ?? env.ARGILLA_API_KEY;
    if (!apiKey) {
      throw new LivingSchemaError({
        code: ErrorCodes.CONFIG_INVALID,
        message: `Reading Argilla at ${url} needs an API key: set ARGILLA_API_KEY (Argilla: My settings > API key).`,
        details: { url },
      });
    }
    const datasetName = parsed.dataset ?? context.dataset ?? env.ARGILLA_DATASET;
    if (!datasetName) {
      throw new LivingSchemaError({
        code: ErrorCodes.CONFIG_INVALID,
        message: `Name the Argilla dataset to read from ${url} with --dataset NAME (or ARGILLA_DATASET).`,
        details: { url },
      });
    }
    const client = new ArgillaClient({ apiUrl: url, apiKey, fetch: parsed.fetch ?? fetch, retries: parsed.retries, timeoutMs: parsed.timeoutMs, signal: context.signal });
    await client.me();
    const all = await client.datasets();
    let candidates = all.filter((d) => d.name === datasetName);
    if (parsed.workspace) {
      const workspace = (await client.workspaces()).find((w) => w.name === parsed.workspace);
      candidates = candidates.filter((d) => d.workspace_id === workspace?.id);
    }
    if (candidates.length === 0) {
      throw new LivingSchemaError({
        code: ErrorCodes.NOT_FOUND,
        message: `Argilla at ${url} has no dataset "${datasetName}"${parsed.workspace ? ` in workspace "${parsed.workspace}"` : ''} visible to this key (visible: ${all.map((d) => d.name).join(', ') || 'none'}).`,
        details: { url, dataset: datasetName },
      });
    }
    if (candidates.length > 1) {
      throw new LivingSchemaError({
        code: ErrorCodes.CONFIG_INVALID,
        message: `Argilla at ${url} has ${candidates.length} datasets named "${datasetName}"; name the workspace with the argilla source's \`workspace\` option.`,
        details: { url, dataset: datasetName },
      });
    }
    const dataset: ArgillaDataset = candidates[0]!;
    const questionList = await client.questions(dataset.id);
    const questions = questionsFrom(questionList);
    const questionNames = new Map(questionList.map((q) => [q.id, q.name]));
    const stateKey = `cursor:${url.replace(/\/+$/, '')}:${dataset.id}`;
    const state = parsed.incremental ? context.state : undefined;
    const saved = state ? await state.get(stateKey) : null;
    let cursor: ArgillaSyncCursor | null = saved ? (JSON.parse(saved) as ArgillaSyncCursor) : null;
    const since = cursor?.updatedAt ?? null;
    const sourceUri = `${url.replace(/\/+$/, '')}/datasets/${dataset.id}`;
    let offset = 0;
    let done = 0;
    for (;;) {
      const page = await client.searchRecords(dataset.id, { offset, limit: parsed.pageSize, since });
      if (page.items.length === 0) break;
      offset += page.items.length;
      // Records at the cursor's own timestamp that were loaded last time are not read again.
      const fresh = page.items.filter((r) => !(cursor && r.updated_at === cursor.updatedAt && cursor.ids.includes(r.id)));
      if (fresh.length > 0) {
        const records = fresh.map((r) => normaliseServerRecord(r, questionNames));
        const batches = batchesFor(records, questions, { sourceUri, dataset: datasetName, rowOffset: done, context });
        yield* batches;
        done += fresh.length;
        const newest = fresh.reduce((max, r) => (r.updated_at > max ? r.updated_at : max), cursor?.updatedAt ?? '');
        const ids = fresh.filter((r) => r.updated_at === newest).map((r) => r.id);
        const next: ArgillaSyncCursor = { updatedAt: newest, ids: cursor?.updatedAt === newest ? [...new Set([...cursor.ids, ...ids])] : ids };
        // The cursor moves only once this page's last batch (its answers) is in the store.
        if (state && (await state.set(stateKey, JSON.stringify(next), { afterBatch: deriveBatchId(batches[2]) }))) cursor = next;
      }
      context.onProgress?.({ uri: sourceUri, done: offset, total: page.total, unit: 'rows' });
      if (page.items.length < parsed.pageSize) break;
    }
  }

  async function* readExport(path: string, context: SourceReadContext): AsyncIterable<Batch> {
    const loaded = await loadExport(path, { textField: parsed.textField });
    for (let offset = 0; offset < Math.max(1, loaded.records.length); offset += parsed.pageSize) {
      const records = loaded.records.slice(offset, offset + parsed.pageSize);
      yield* batchesFor(records, loaded.questions, { sourceUri: path, dataset: loaded.name, rowOffset: offset, context });
      context.onProgress?.({ uri: path, done: offset + records.length, total: loaded.records.length, unit: 'rows' });
    }
  }

  return {
    specificationVersion: 'v1',
    name: 'argilla',
    kinds: ['documents', 'annotations', 'responses'],
    async canRead(input) {
      const uri = uriOf(input);
      if (isHttp(uri)) return true;
      return isArgillaFolder(uri) || (await isArgillaFile(uri));
    },
    read(input, context) {
      const uri = uriOf(input);
      if (isHttp(uri)) return readServer(uri, context);
      return readExport(uri, context);
    },
  };
}

/** Same as {@link argilla}. */
export const createArgillaSource = argilla;
