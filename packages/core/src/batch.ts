/**
 * What a batch holds: records of a dataset, document pages, annotations (labelled spans), or
 * responses (every answer to an annotation question, whatever its type and status).
 */
export type BatchKind = 'records' | 'documents' | 'annotations' | 'responses';

/** One page of a document (or a whole document when it has no pages), bound for `raw_documents`. */
export interface DocumentPage {
  documentId: string;
  sourceUri: string;
  /** 1-based page number; 1 for documents without pages. */
  pageNumber: number;
  text: string;
  /** How the text was obtained: `text-layer`, `ocr`, or `source` (text given by the source, e.g. an annotation tool). */
  extractionMethod: string;
  /** Mean OCR confidence 0..100, or null when the text was not OCR'd. */
  ocrConfidence: number | null;
  language?: string | null;
}

/** One labelled span, bound for `annotations`. */
export interface AnnotationSpan {
  annotationId: string;
  documentId: string;
  /** Character offset where the span starts (0-based, inclusive). */
  spanStart: number;
  /** Character offset where the span ends (exclusive). */
  spanEnd: number;
  /** The label: the entity type. */
  label: string;
  text: string;
  annotator: string | null;
  /** Response status as the annotation tool reported it (e.g. `submitted`, `draft`, `discarded`). */
  status: string;
  /** `response` for a human annotation, `suggestion` for a model prediction. */
  origin?: 'response' | 'suggestion';
  annotatedAt: Date | string | null;
}

/**
 * One answer to one annotation question, bound for `annotation_responses`: a label, several
 * labels, a rating, a ranking, free text or spans, from an annotator (`origin: response`) or a
 * model (`origin: suggestion`), with its status. Drafts and discarded answers are kept with their
 * status: they are not bad rows.
 */
export interface AnnotationResponse {
  /** Stable id of this answer (same record, question, origin, annotator and status: same id). */
  responseId: string;
  /** The annotation dataset the record belongs to (e.g. the Argilla dataset's name). */
  dataset: string;
  recordId: string;
  /** The question answered; null for a response that answers none (a record discarded without answers). */
  questionName: string | null;
  /** The question's type as the tool's settings name it (`label_selection`, `rating`...); null when unknown. */
  questionType: string | null;
  /** The answer as JSON text; null when the response answers no question. */
  value: string | null;
  /** The answer as plain text when it is one string or number (a label, a rating, free text); else null. */
  valueText: string | null;
  /** The user id for a response, the agent for a suggestion. */
  annotator: string | null;
  /** `submitted`, `draft` or `discarded` for a response; `suggestion` for a suggestion. */
  status: string;
  origin: 'response' | 'suggestion';
  /** A suggestion's score, when the tool gives one. */
  score: number | null;
  annotatedAt: Date | string | null;
}

/** An input row the source could not turn into a record, with the reason. Lands in the quarantine table. */
export interface RejectedRow {
  /** 1-based row (or record) number within the input; null when unknown. */
  row: number | null;
  /** The raw text of the row, truncated by the sink if very large. */
  raw: string;
  reason: string;
}

/** A column header as it appeared in the input and the normalised name it loads under. */
export interface ColumnOrigin {
  name: string;
  originalName: string;
}

export type BatchPayload =
  /** Rows in memory. Records: plain objects keyed by column name. */
  | { format: 'rows'; rows: ReadonlyArray<Record<string, unknown>> }
  /**
   * A Parquet file the source already wrote (e.g. DuckDB's CSV reader converting a large file
   * without passing rows through JavaScript). `rowCount` is the number of rows in it.
   */
  | { format: 'parquet'; path: string; rowCount: number };

/** A source's findings about one batch: short names to plain values. */
export type BatchDetails = Readonly<Record<string, string | number | boolean>>;

/** What a source yields: one unit of ingestion that loads entirely or not at all. */
export interface Batch {
  kind: BatchKind;
  /** Name of the source plugin that read it. */
  source: string;
  /** Where the data came from: a file path, URL or table. */
  sourceUri: string;
  /** Dataset the batch belongs to. Records: the table it loads into. */
  dataset: string;
  /** A hash of the input content; with source, dataset and kind it determines the batch id. */
  contentHash: string;
  payload: BatchPayload;
  /** Rows the source read but could not use. rows in = payload rows + rejected. */
  rejected?: RejectedRow[];
  /** Original header names of record columns. */
  columns?: ColumnOrigin[];
  /**
   * What the source found out while reading, for the person who loaded it (e.g. the csv source's
   * `encoding: 'shift_jis'`, `compression: 'gzip'`, `skippedLines: 2`): reported as is in the
   * batch's outcome (`IngestResult.batches[].details`, the CLI's `--json`).
   */
  details?: BatchDetails;
  /**
   * Source records this batch was made from, when a record is not a row (an annotation record
   * yields several spans, or none). Used by migration reports; rows in is still payload + rejected.
   */
  recordsRead?: number;
  /**
   * Annotations: documents whose annotations this batch holds in full (each source record was
   * read whole, e.g. an Argilla record with all its responses). Annotations stored earlier for
   * these documents that the batch does not hold are superseded: moved, in the same transaction,
   * to `annotations_history` with when and by which batch. Live queries then see the source's
   * current answers (a corrected span replaces the old one), and time travel sees each past state.
   * Responses: the same, by record id, between `annotation_responses` and its history table.
   */
  replacesDocuments?: ReadonlyArray<string>;
}

/** A batch after staging: where its Parquet file is and what it declares. */
export interface StagedBatch {
  batchId: string;
  kind: BatchKind;
  source: string;
  sourceUri: string;
  dataset: string;
  contentHash: string;
  schemaVersion: number;
  /** Rows in the Parquet file. */
  rowCount: number;
  rejected: RejectedRow[];
  columns: ColumnOrigin[];
  /** Staging location (opaque to everyone but the staging plugin). */
  stagingKey: string;
  /** See `Batch.replacesDocuments`. */
  replacesDocuments?: ReadonlyArray<string>;
}
