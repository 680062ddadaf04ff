import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { LivingSchema } from '@living-schema/core';

interface EngineMemoryRow {
  tag: string;
  memory_usage_bytes: number | bigint | string;
  temporary_storage_bytes: number | bigint | string;
}

/** Every metric the server exposes at `/metrics`, in one registry per server. */
export class ServerMetrics {
  readonly registry = new Registry();
  readonly ingestRows = new Counter({ name: 'living_schema_ingest_rows_total', help: 'Rows ingested, by outcome (loaded or quarantined).', labelNames: ['outcome'], registers: [this.registry] });
  readonly ingestBatches = new Counter({ name: 'living_schema_ingest_batches_total', help: 'Batches processed, by status (loaded, skipped, failed).', labelNames: ['status'], registers: [this.registry] });
  readonly discoveryRuns = new Counter({ name: 'living_schema_discovery_runs_total', help: 'Discovery runs, by kind (incremental or full).', labelNames: ['kind'], registers: [this.registry] });
  readonly entityTypesDiscovered = new Counter({ name: 'living_schema_entity_types_discovered_total', help: 'New entity types discovered.', registers: [this.registry] });
  readonly fieldsDiscovered = new Counter({ name: 'living_schema_fields_discovered_total', help: 'New fields discovered.', registers: [this.registry] });
  readonly schemaVersion = new Gauge({ name: 'living_schema_schema_version', help: 'Current schema version.', registers: [this.registry] });
  readonly schemaVersionsCreated = new Counter({ name: 'living_schema_schema_versions_total', help: 'Schema versions written since start.', registers: [this.registry] });
  readonly openConflicts = new Gauge({ name: 'living_schema_open_conflicts', help: 'Conflicts waiting for review.', registers: [this.registry] });
  readonly conflictsDetected = new Counter({ name: 'living_schema_conflicts_detected_total', help: 'Conflicts detected.', registers: [this.registry] });
  readonly queryDuration = new Histogram({
    name: 'living_schema_query_duration_seconds',
    help: 'Query execution time, by mode and status.',
    labelNames: ['mode', 'status', 'schema_version'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly reportChecks = new Counter({ name: 'living_schema_report_checks_total', help: 'Saved-report checks, by outcome (unchanged, data_changed, schema_changed, error).', labelNames: ['outcome'], registers: [this.registry] });
  readonly scheduleRuns = new Counter({ name: 'living_schema_schedule_runs_total', help: 'Scheduled job runs, by schedule and status.', labelNames: ['schedule', 'status'], registers: [this.registry] });
  readonly scheduleLastRun = new Gauge({ name: 'living_schema_schedule_last_run_timestamp_seconds', help: 'When each schedule last ran (Unix time).', labelNames: ['schedule'], registers: [this.registry] });
  readonly scheduleNextRun = new Gauge({ name: 'living_schema_schedule_next_run_timestamp_seconds', help: 'When each schedule runs next (Unix time).', labelNames: ['schedule'], registers: [this.registry] });
  readonly httpDuration = new Histogram({
    name: 'living_schema_http_request_duration_seconds',
    help: 'HTTP request time, by route and status class.',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
    registers: [this.registry],
  });

  readonly engineMemory = new Gauge({ name: 'living_schema_engine_memory_bytes', help: "Memory DuckDB's buffer manager holds, by component (duckdb_memory()).", labelNames: ['tag'], registers: [this.registry] });
  readonly engineTemporary = new Gauge({ name: 'living_schema_engine_temporary_storage_bytes', help: 'Bytes DuckDB has spilled to its temporary folder, by component (duckdb_memory()).', labelNames: ['tag'], registers: [this.registry] });

  private currentVersion = 0;

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'living_schema_process_' });
  }

  /** Keeps counters in step with the engine's events. */
  observe(engine: LivingSchema): void {
    engine.on('batch.loaded', (b) => {
      this.ingestBatches.inc({ status: 'loaded' });
      this.ingestRows.inc({ outcome: 'loaded' }, b.rowsLoaded);
      this.ingestRows.inc({ outcome: 'quarantined' }, b.rowsQuarantined);
    });
    engine.on('batch.skipped', () => this.ingestBatches.inc({ status: 'skipped' }));
    engine.on('batch.failed', () => this.ingestBatches.inc({ status: 'failed' }));
    engine.on('entity.discovered', () => this.entityTypesDiscovered.inc());
    engine.on('field.discovered', () => this.fieldsDiscovered.inc());
    engine.on('conflict.detected', () => this.conflictsDetected.inc());
    engine.on('schema.versioned', (v) => {
      this.currentVersion = v.version;
      this.schemaVersion.set(v.version);
      this.schemaVersionsCreated.inc();
    });
    engine.on('query.executed', (q) =>
      this.queryDuration.observe({ mode: q.mode, status: q.status, schema_version: String(this.currentVersion) }, q.durationMs / 1000),
    );
    void engine.schema.current().then((s) => {
      this.currentVersion = s.version;
      this.schemaVersion.set(s.version);
    }, () => undefined);
  }

  /** Refreshes gauges read from the store, just before a scrape. */
  async refresh(engine: LivingSchema): Promise<void> {
    const current = await engine.schema.current();
    this.currentVersion = current.version;
    this.schemaVersion.set(current.version);
    const open = await engine.sink.reader.all<{ n: number }>(`SELECT count(*) AS n FROM entity_conflicts WHERE status = 'pending'`);
    this.openConflicts.set(Number(open[0]?.n ?? 0));
    await this.refreshEngineMemory(engine);
  }

  /**
   * What the engine's buffer manager accounts for, beside the process's RSS: when RSS climbs
   * and these stay level, the growth is memory DuckDB does not track (allocator, caches).
   */
  private async refreshEngineMemory(engine: LivingSchema): Promise<void> {
    let rows: EngineMemoryRow[];
    try {
      rows = await engine.sink.reader.all<EngineMemoryRow>('SELECT tag, memory_usage_bytes, temporary_storage_bytes FROM duckdb_memory()');
    } catch {
      return; // A store that is not DuckDB has no such table function: the gauges stay unset.
    }
    for (const row of rows) {
      this.engineMemory.set({ tag: row.tag }, Number(row.memory_usage_bytes));
      this.engineTemporary.set({ tag: row.tag }, Number(row.temporary_storage_bytes));
    }
  }
}
