import type { BatchKind } from '@living-schema/core';

/** Column layout of the Parquet files staged for documents, annotations and responses. */
export const DOCUMENT_COLUMNS: Record<string, string> = {
  document_id: 'VARCHAR',
  source_uri: 'VARCHAR',
  page_number: 'INTEGER',
  text: 'VARCHAR',
  extraction_method: 'VARCHAR',
  ocr_confidence: 'DOUBLE',
  language: 'VARCHAR',
};
export const ANNOTATION_COLUMNS: Record<string, string> = {
  annotation_id: 'VARCHAR',
  document_id: 'VARCHAR',
  span_start: 'INTEGER',
  span_end: 'INTEGER',
  label: 'VARCHAR',
  text: 'VARCHAR',
  annotator: 'VARCHAR',
  status: 'VARCHAR',
  origin: 'VARCHAR',
  annotated_at: 'TIMESTAMPTZ',
};
export const RESPONSE_COLUMNS: Record<string, string> = {
  response_id: 'VARCHAR',
  dataset: 'VARCHAR',
  record_id: 'VARCHAR',
  question_name: 'VARCHAR',
  question_type: 'VARCHAR',
  value: 'VARCHAR',
  value_text: 'VARCHAR',
  annotator: 'VARCHAR',
  status: 'VARCHAR',
  origin: 'VARCHAR',
  score: 'DOUBLE',
  annotated_at: 'TIMESTAMPTZ',
};

/** The fixed layout of each kind's staged file; records have none (their columns evolve). */
export const STAGED_COLUMNS: Partial<Record<BatchKind, Record<string, string>>> = {
  documents: DOCUMENT_COLUMNS,
  annotations: ANNOTATION_COLUMNS,
  responses: RESPONSE_COLUMNS,
};
