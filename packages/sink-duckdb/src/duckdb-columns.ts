/** Column layout of the Parquet files staged for documents and annotations. */
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
