import { MONITORING_STATEMENTS } from './duckdb-monitoring.js';
import { catalogContentHash, emptyCatalog } from '@living-schema/core';

export interface Migration {
  version: number;
  name: string;
  statements: string[];
}

const emptyCatalogJson = JSON.stringify(emptyCatalog()).replace(/'/g, "''");

/**
 * Versioned migrations, applied in order, each in its own transaction. Never edit a released
 * migration: add a new one.
 */
export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'core, catalog and ledger tables',
    statements: [
      // Core tables (seed P1.1).
      `CREATE TABLE raw_documents (
        document_id VARCHAR NOT NULL,
        source_uri VARCHAR NOT NULL,
        page_number INTEGER NOT NULL,
        text VARCHAR,
        extraction_method VARCHAR NOT NULL,
        ocr_confidence DOUBLE,
        language VARCHAR,
        batch_id VARCHAR NOT NULL,
        schema_version INTEGER NOT NULL,
        ingested_at TIMESTAMPTZ NOT NULL
      )`,
      `CREATE TABLE annotations (
        annotation_id VARCHAR NOT NULL,
        document_id VARCHAR NOT NULL,
        span_start INTEGER,
        span_end INTEGER,
        label VARCHAR NOT NULL,
        text VARCHAR,
        annotator VARCHAR,
        status VARCHAR NOT NULL,
        origin VARCHAR NOT NULL DEFAULT 'response',
        annotated_at TIMESTAMPTZ,
        batch_id VARCHAR NOT NULL,
        schema_version INTEGER NOT NULL,
        ingested_at TIMESTAMPTZ NOT NULL
      )`,
      // Record datasets each get a typed table; this registry says which.
      `CREATE TABLE datasets (
        name VARCHAR PRIMARY KEY,
        table_name VARCHAR NOT NULL UNIQUE,
        source VARCHAR,
        created_at TIMESTAMPTZ NOT NULL
      )`,
      // Catalog tables (seed P1.2).
      `CREATE SEQUENCE catalog_id_seq START 1`,
      `CREATE TABLE entity_types (
        id BIGINT PRIMARY KEY,
        name VARCHAR NOT NULL,
        normalized_name VARCHAR NOT NULL,
        original_name VARCHAR NOT NULL,
        description VARCHAR,
        description_source VARCHAR,
        status VARCHAR NOT NULL DEFAULT 'active',
        alias_of BIGINT,
        occurrence_count BIGINT NOT NULL DEFAULT 0,
        first_seen TIMESTAMPTZ,
        last_seen TIMESTAMPTZ,
        examples VARCHAR[] NOT NULL DEFAULT [],
        created_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL
      )`,
      `CREATE TABLE field_definitions (
        id BIGINT PRIMARY KEY,
        dataset VARCHAR NOT NULL,
        name VARCHAR NOT NULL,
        normalized_name VARCHAR NOT NULL,
        original_name VARCHAR NOT NULL,
        data_type VARCHAR NOT NULL,
        description VARCHAR,
        description_source VARCHAR,
        status VARCHAR NOT NULL DEFAULT 'active',
        alias_of BIGINT,
        occurrence_count BIGINT NOT NULL DEFAULT 0,
        first_seen TIMESTAMPTZ,
        last_seen TIMESTAMPTZ,
        examples VARCHAR[] NOT NULL DEFAULT [],
        created_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL
      )`,
      `CREATE TABLE schema_snapshots (
        version INTEGER PRIMARY KEY,
        content_hash VARCHAR NOT NULL,
        created_at TIMESTAMPTZ NOT NULL,
        cause_kind VARCHAR NOT NULL,
        cause_reference VARCHAR,
        cause_note VARCHAR,
        diff JSON NOT NULL,
        catalog JSON NOT NULL
      )`,
      `CREATE TABLE entity_conflicts (
        id BIGINT PRIMARY KEY,
        subject VARCHAR NOT NULL,
        dataset VARCHAR,
        candidate_name VARCHAR NOT NULL,
        existing_name VARCHAR NOT NULL,
        candidate_id BIGINT,
        existing_id BIGINT,
        similarity DOUBLE NOT NULL,
        reason VARCHAR NOT NULL,
        status VARCHAR NOT NULL DEFAULT 'pending',
        resolution VARCHAR,
        resolved_name VARCHAR,
        detected_at TIMESTAMPTZ NOT NULL,
        resolved_at TIMESTAMPTZ,
        resolved_by VARCHAR
      )`,
      `CREATE TABLE query_executions (
        execution_id VARCHAR PRIMARY KEY,
        question VARCHAR,
        sql VARCHAR NOT NULL,
        mode VARCHAR NOT NULL,
        as_of TIMESTAMPTZ,
        report_id VARCHAR,
        schema_version INTEGER,
        provider VARCHAR,
        started_at TIMESTAMPTZ NOT NULL,
        duration_ms DOUBLE,
        row_count BIGINT,
        result_hash VARCHAR,
        status VARCHAR NOT NULL,
        error VARCHAR
      )`,
      `CREATE TABLE saved_queries (
        id VARCHAR PRIMARY KEY,
        name VARCHAR NOT NULL UNIQUE,
        question VARCHAR,
        sql VARCHAR NOT NULL,
        mode VARCHAR NOT NULL DEFAULT 'live',
        schema_version INTEGER,
        watermark TIMESTAMPTZ,
        fields_used VARCHAR[] NOT NULL DEFAULT [],
        last_result_hash VARCHAR,
        last_result JSON,
        last_status VARCHAR,
        last_checked_at TIMESTAMPTZ,
        created_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL
      )`,
      // The ingest ledger and the quarantine.
      `CREATE TABLE ingest_batches (
        batch_id VARCHAR PRIMARY KEY,
        kind VARCHAR NOT NULL,
        source VARCHAR NOT NULL,
        source_uri VARCHAR NOT NULL,
        dataset VARCHAR NOT NULL,
        content_hash VARCHAR NOT NULL,
        schema_version INTEGER NOT NULL,
        rows_in BIGINT NOT NULL DEFAULT 0,
        rows_loaded BIGINT NOT NULL DEFAULT 0,
        rows_quarantined BIGINT NOT NULL DEFAULT 0,
        status VARCHAR NOT NULL,
        started_at TIMESTAMPTZ NOT NULL,
        finished_at TIMESTAMPTZ,
        error VARCHAR
      )`,
      `CREATE TABLE quarantine (
        batch_id VARCHAR NOT NULL,
        source VARCHAR NOT NULL,
        source_uri VARCHAR NOT NULL,
        dataset VARCHAR NOT NULL,
        row_number BIGINT,
        raw VARCHAR,
        reason VARCHAR NOT NULL,
        quarantined_at TIMESTAMPTZ NOT NULL,
        replayed_at TIMESTAMPTZ
      )`,
      // One place to search every record dataset; rebuilt as datasets appear.
      `CREATE VIEW structured_data AS
        SELECT NULL::VARCHAR AS dataset, NULL::VARCHAR AS batch_id, NULL::VARCHAR AS source_uri,
               NULL::BIGINT AS row_number, NULL::TIMESTAMPTZ AS ingested_at, NULL::INTEGER AS schema_version,
               NULL::JSON AS record
        WHERE false`,
      `INSERT INTO schema_snapshots VALUES (1, '${catalogContentHash(emptyCatalog())}', now(), 'initial', NULL, 'empty schema', '[]', '${emptyCatalogJson}')`,
    ],
  },
  {
    version: 2,
    name: 'rows already present in the ledger; source sync state',
    statements: [
      // Documents and annotations are not inserted twice: a page or span the store already holds is
      // counted here, so rows_in = rows_loaded + rows_quarantined + rows_already_present.
      `ALTER TABLE ingest_batches ADD COLUMN rows_already_present BIGINT DEFAULT 0`,
      // Small per-source state, e.g. the updated_at cursor of an incremental Argilla sync.
      `CREATE TABLE source_sync_state (
        source VARCHAR NOT NULL,
        key VARCHAR NOT NULL,
        value VARCHAR NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (source, key)
      )`,
    ],
  },
  {
    version: 3,
    name: 'discovery: description audit, conflict ids, alias views',
    statements: [
      // The prompt and answer behind each LLM-written description, kept for audit. A side table
      // rather than new columns: DuckDB cannot replay an ADD COLUMN on a table with a list
      // default (entity_types.examples) from the WAL after a crash.
      `CREATE TABLE catalog_descriptions (
        subject VARCHAR NOT NULL,
        catalog_id BIGINT NOT NULL,
        description VARCHAR NOT NULL,
        source VARCHAR NOT NULL,
        prompt VARCHAR,
        response VARCHAR,
        model VARCHAR,
        error VARCHAR,
        created_at TIMESTAMPTZ NOT NULL
      )`,
      `CREATE SEQUENCE entity_conflict_id_seq START 1`,
      // Every annotation label and the canonical entity type it counts under (itself unless merged
      // into another or renamed). Queries and the schema context resolve names through this view.
      `CREATE VIEW entity_aliases AS
        SELECT e.original_name AS label, e.id AS entity_type_id, e.name, e.status,
               coalesce(c.id, e.id) AS canonical_id, coalesce(c.name, e.name) AS canonical_name
        FROM entity_types e LEFT JOIN entity_types c ON c.id = e.alias_of`,
      `CREATE VIEW field_aliases AS
        SELECT f.dataset, f.name AS column_name, f.original_name, f.id AS field_id, f.status,
               coalesce(c.id, f.id) AS canonical_id, coalesce(c.name, f.name) AS canonical_name
        FROM field_definitions f LEFT JOIN field_definitions c ON c.id = f.alias_of`,
      // Annotations with the label they count under: GROUP BY canonical_label treats merged names as one.
      `CREATE VIEW annotations_resolved AS
        SELECT a.*, coalesce(x.canonical_name, a.label) AS canonical_label, x.canonical_id AS entity_type_id
        FROM annotations a
        LEFT JOIN (SELECT label, canonical_name, canonical_id FROM entity_aliases
                   QUALIFY row_number() OVER (PARTITION BY label ORDER BY entity_type_id) = 1) x ON x.label = a.label`,
    ],
  },
  {
    version: 4,
    name: 'query layer: report keys, diffs and change status; refusal rules and executed SQL in the query log',
    statements: [
      // Columns that identify a report's row (for a keyed diff), the last diff, and the answer's size.
      `ALTER TABLE saved_queries ADD COLUMN key_columns VARCHAR[] DEFAULT []`,
      `ALTER TABLE saved_queries ADD COLUMN last_diff JSON`,
      `ALTER TABLE saved_queries ADD COLUMN last_row_count BIGINT`,
      `ALTER TABLE saved_queries ADD COLUMN saved_result_hash VARCHAR`,
      `ALTER TABLE saved_queries ADD COLUMN provider VARCHAR`,
      // The SQL as run (after the time-travel rewrite), the guard rule that refused a query, and a cut result.
      `ALTER TABLE query_executions ADD COLUMN executed_sql VARCHAR`,
      `ALTER TABLE query_executions ADD COLUMN refusal_rule VARCHAR`,
      `ALTER TABLE query_executions ADD COLUMN truncated BOOLEAN`,
    ],
  },
  {
    version: 5,
    name: 'monitoring views and discovery progress',
    statements: [
      ...MONITORING_STATEMENTS,
      // Batches discovery has processed: after a crash between a load and its discovery, the
      // discovery plugin catches up on start with the batches missing here.
      `CREATE TABLE discovery_batches (batch_id VARCHAR PRIMARY KEY, mode VARCHAR NOT NULL, discovered_at TIMESTAMPTZ NOT NULL)`,
      `INSERT INTO discovery_batches SELECT batch_id, 'migration', now() FROM ingest_batches WHERE status = 'loaded'`,
    ],
  },
  {
    version: 6,
    name: 'superseded annotations: history table and as-of table macros',
    statements: [
      // Annotations a later batch replaced (a corrected or withdrawn answer for the same document),
      // with when and by which batch. `annotations` holds the current answers only.
      `CREATE TABLE annotations_history (
        annotation_id VARCHAR NOT NULL,
        document_id VARCHAR NOT NULL,
        span_start INTEGER,
        span_end INTEGER,
        label VARCHAR NOT NULL,
        text VARCHAR,
        annotator VARCHAR,
        status VARCHAR NOT NULL,
        origin VARCHAR NOT NULL DEFAULT 'response',
        annotated_at TIMESTAMPTZ,
        batch_id VARCHAR NOT NULL,
        schema_version INTEGER NOT NULL,
        ingested_at TIMESTAMPTZ NOT NULL,
        superseded_at TIMESTAMPTZ NOT NULL,
        superseded_by VARCHAR NOT NULL
      )`,
      `ALTER TABLE ingest_batches ADD COLUMN rows_superseded BIGINT DEFAULT 0`,
      // The annotations as they stood at a moment: ingested by then and not yet superseded.
      // Time travel (and report snapshots) read a table through its \`<table>_as_of\` macro when one exists.
      `CREATE MACRO annotations_as_of(moment) AS TABLE
        SELECT * FROM annotations WHERE ingested_at <= moment
        UNION ALL BY NAME
        SELECT * EXCLUDE (superseded_at, superseded_by) FROM annotations_history WHERE ingested_at <= moment AND superseded_at > moment`,
      `CREATE MACRO annotations_resolved_as_of(moment) AS TABLE
        SELECT a.*, coalesce(x.canonical_name, a.label) AS canonical_label, x.canonical_id AS entity_type_id
        FROM annotations_as_of(moment) a
        LEFT JOIN (SELECT label, canonical_name, canonical_id FROM entity_aliases
                   QUALIFY row_number() OVER (PARTITION BY label ORDER BY entity_type_id) = 1) x ON x.label = a.label`,
    ],
  },
  {
    version: 7,
    name: 'report check history',
    statements: [
      // One row per save, rebaseline and change check of a saved report: when, the outcome and the
      // answer's size, so a report's page can show its history (saved_queries keeps only the last).
      `CREATE TABLE report_checks (
        report_id VARCHAR NOT NULL,
        checked_at TIMESTAMPTZ NOT NULL,
        outcome VARCHAR NOT NULL,
        row_count BIGINT,
        schema_version INTEGER,
        execution_id VARCHAR,
        rows_added BIGINT NOT NULL DEFAULT 0,
        rows_removed BIGINT NOT NULL DEFAULT 0,
        rows_changed BIGINT NOT NULL DEFAULT 0,
        error VARCHAR
      )`,
    ],
  },
  {
    version: 8,
    name: 'relationships between datasets; who wrote a description',
    statements: [
      // Join keys discovery found between datasets, and how a reviewer judged them. A rejected
      // row stays: it is what keeps the pair from being suggested again. One row per ordered
      // pair of columns (kept unique by discovery, in the writer's transaction).
      `CREATE SEQUENCE relationship_id_seq START 1`,
      `CREATE TABLE relationships (
        id BIGINT PRIMARY KEY,
        from_dataset VARCHAR NOT NULL,
        from_field VARCHAR NOT NULL,
        to_dataset VARCHAR NOT NULL,
        to_field VARCHAR NOT NULL,
        cardinality VARCHAR NOT NULL,
        coverage DOUBLE NOT NULL,
        to_unique BOOLEAN NOT NULL,
        status VARCHAR NOT NULL,
        evidence VARCHAR[],
        first_seen TIMESTAMPTZ,
        updated_at TIMESTAMPTZ NOT NULL,
        reviewed_at TIMESTAMPTZ,
        reviewed_by VARCHAR
      )`,
      // Who wrote a description by hand (source 'person'); no list default, so safe to replay.
      `ALTER TABLE catalog_descriptions ADD COLUMN written_by VARCHAR`,
    ],
  },
  {
    version: 9,
    name: 'verified question-SQL pairs and answer feedback',
    statements: [
      // One verified SQL per question (question_key: lower-cased, spaces collapsed, no trailing
      // punctuation): the pairs are retrieved as examples for similar questions and run by `eval`.
      `CREATE TABLE verified_pairs (
        id VARCHAR PRIMARY KEY,
        question_key VARCHAR NOT NULL UNIQUE,
        question VARCHAR NOT NULL,
        sql VARCHAR NOT NULL,
        kind VARCHAR,
        source VARCHAR NOT NULL,
        execution_id VARCHAR,
        created_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL
      )`,
      // Every right/wrong mark on a logged answer, kept even when it changes no pair.
      `CREATE TABLE answer_feedback (
        id VARCHAR PRIMARY KEY,
        execution_id VARCHAR NOT NULL,
        verdict VARCHAR NOT NULL,
        corrected_sql VARCHAR,
        correction_execution_id VARCHAR,
        verified_pair_id VARCHAR,
        retired_pair_id VARCHAR,
        kind VARCHAR,
        note VARCHAR,
        created_at TIMESTAMPTZ NOT NULL
      )`,
    ],
  },
  {
    version: 10,
    name: 'who asked each logged query',
    statements: [
      // The token name a query came through (the server's identity); null for runs outside it.
      `ALTER TABLE query_executions ADD COLUMN asked_by VARCHAR`,
    ],
  },
  {
    version: 11,
    name: 'annotation responses: every answer to every question, and their history',
    statements: [
      // Answers of every question type (labels, ratings, rankings, free text, spans), with their
      // status: a draft or a discarded answer is kept as such, not quarantined. `annotations`
      // stays the table of spans; this one is the whole answer sheet beside it.
      `CREATE TABLE annotation_responses (
        response_id VARCHAR NOT NULL,
        dataset VARCHAR NOT NULL,
        record_id VARCHAR NOT NULL,
        -- NULL for a response that answers no question (a record discarded without answers).
        question_name VARCHAR,
        question_type VARCHAR,
        value VARCHAR,
        value_text VARCHAR,
        annotator VARCHAR,
        status VARCHAR NOT NULL,
        origin VARCHAR NOT NULL,
        score DOUBLE,
        annotated_at TIMESTAMPTZ,
        batch_id VARCHAR NOT NULL,
        schema_version INTEGER NOT NULL,
        ingested_at TIMESTAMPTZ NOT NULL
      )`,
      // Answers a later batch replaced (the record came again without them), as for annotations.
      `CREATE TABLE annotation_responses_history AS
        SELECT *, NULL::TIMESTAMPTZ AS superseded_at, NULL::VARCHAR AS superseded_by FROM annotation_responses WHERE false`,
      `CREATE MACRO annotation_responses_as_of(moment) AS TABLE
        SELECT * FROM annotation_responses WHERE ingested_at <= moment
        UNION ALL BY NAME
        SELECT * EXCLUDE (superseded_at, superseded_by) FROM annotation_responses_history
        WHERE ingested_at <= moment AND superseded_at > moment`,
    ],
  },
  {
    version: 12,
    name: 'words people taught for fields',
    statements: [
      // A word a person says for a field ("payout" for approved_amount_usd): questions are read
      // with it as one of the field's names. By field name, not id: a field keeps its words when
      // discovery retypes it. One word means one field of a dataset (the primary key).
      `CREATE TABLE field_synonyms (
        dataset VARCHAR NOT NULL,
        field VARCHAR NOT NULL,
        word VARCHAR NOT NULL,
        taught_by VARCHAR,
        taught_at TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (dataset, word)
      )`,
    ],
  },
];

export const LATEST_MIGRATION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Tables and views the store creates, in the order a reader would look for them. */
export const CORE_TABLES = [
  'raw_documents',
  'annotations',
  'structured_data',
  'datasets',
  'entity_types',
  'field_definitions',
  'schema_snapshots',
  'entity_conflicts',
  'query_executions',
  'saved_queries',
  'ingest_batches',
  'quarantine',
  'catalog_descriptions',
  'entity_aliases',
  'field_aliases',
  'annotations_resolved',
  'source_sync_state',
  'annotations_history',
  'report_checks',
  'relationships',
  'verified_pairs',
  'answer_feedback',
  'annotation_responses',
  'annotation_responses_history',
  'field_synonyms',
] as const;

export const MIGRATIONS_TABLE = 'living_schema_migrations';
