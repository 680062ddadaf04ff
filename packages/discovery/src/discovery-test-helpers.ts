import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLivingSchema, sha256, type Batch, type LivingSchema, type LivingSchemaConfig, type LivingSchemaEventName, type SourceV1 } from '@living-schema/core';
import { duckdb } from '@living-schema/sink-duckdb';
import { discovery } from './discovery-plugin.js';
import type { DiscoveryOptions } from './discovery-options.js';

// Test helpers (not exported from the package): an inline source and an engine on a fresh DuckDB file.

export function inlineSource(): SourceV1 & { next: Batch[] } {
  const source = {
    specificationVersion: 'v1' as const,
    name: 'inline',
    kinds: ['records', 'documents', 'annotations'] as const,
    next: [] as Batch[],
    canRead: () => true,
    async *read() {
      const batches = source.next;
      source.next = [];
      yield* batches;
    },
  };
  return source as unknown as SourceV1 & { next: Batch[] };
}

export function annotationBatch(spans: Array<[label: string, text: string]>, tag = ''): Batch {
  const rows = spans.map(([label, text], i) => ({
    annotationId: `${tag}a${i}-${label}`,
    documentId: `${tag}doc-${Math.floor(i / 4)}`,
    spanStart: i,
    spanEnd: i + text.length,
    label,
    text,
    annotator: 'sme-1',
    status: 'submitted',
    annotatedAt: '2026-11-01T09:00:00Z',
  }));
  return { kind: 'annotations', source: 'inline', sourceUri: `inline://annotations/${tag}`, dataset: 'annotations', contentHash: sha256(JSON.stringify(rows)), payload: { format: 'rows', rows } };
}

export function recordBatch(dataset: string, rows: Record<string, unknown>[], columns?: Array<{ name: string; originalName: string }>): Batch {
  return { kind: 'records', source: 'inline', sourceUri: `inline://${dataset}`, dataset, contentHash: sha256(JSON.stringify(rows)), payload: { format: 'rows', rows }, ...(columns ? { columns } : {}) };
}

export interface TestEngine {
  ls: LivingSchema;
  source: SourceV1 & { next: Batch[] };
  events: Array<{ event: LivingSchemaEventName; payload: unknown }>;
  ingest(...batches: Batch[]): ReturnType<LivingSchema['ingest']>;
  scalar(sql: string): Promise<unknown>;
  dir: string;
}

export function testEngine(options: { discovery?: DiscoveryOptions; config?: Partial<LivingSchemaConfig>; dir?: string } = {}): TestEngine {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'ls-discovery-'));
  const source = inlineSource();
  const ls = createLivingSchema({
    sink: duckdb({ path: join(dir, 'db.duckdb') }),
    stagingDirectory: join(dir, 'staging'),
    sources: [source],
    notifiers: [],
    plugins: [discovery(options.discovery)],
    ...options.config,
  });
  const events: TestEngine['events'] = [];
  for (const event of ['entity.discovered', 'field.discovered', 'conflict.detected', 'conflict.resolved', 'schema.versioned', 'error'] as const) {
    ls.on(event, (payload) => events.push({ event, payload }));
  }
  return {
    ls,
    source,
    events,
    dir,
    ingest(...batches) {
      source.next = batches;
      return ls.ingest('inline://x');
    },
    async scalar(sql) {
      return (await ls.query(sql)).rows[0]?.[0];
    },
  };
}
