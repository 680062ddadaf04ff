import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLivingSchema } from '@living-schema/core';
import { duckdb } from '@living-schema/sink-duckdb';
import { discovery } from './discovery-plugin.js';
import { annotationLabels, recordColumns } from './discovery-strategies.js';
import { annotationBatch, inlineSource } from './discovery-test-helpers.js';

describe('discovery after a crash', () => {
  it('catches up on start with batches loaded while discovery did not run', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'ls-catch-up-'));
    const path = join(directory, 'db.duckdb');
    // A process loads a batch and dies before discovery: simulated by an engine without the plugin.
    const source = inlineSource();
    source.next = [annotationBatch([['FLAG', 'Liberia'], ['PORT', 'Busan']])];
    const crashed = createLivingSchema({ sink: duckdb({ path }), stagingDirectory: join(directory, 'staging'), sources: [source], notifiers: [] });
    expect((await crashed.ingest('x')).batches[0]?.status).toBe('loaded');
    expect((await crashed.query('SELECT count(*) FROM entity_types')).rows).toEqual([[0]]);
    await crashed.close();

    const restarted = createLivingSchema({
      sink: duckdb({ path }),
      stagingDirectory: join(directory, 'staging'),
      discovery: [annotationLabels(), recordColumns()],
      plugins: [discovery()],
      notifiers: [],
    });
    await restarted.start();
    expect((await restarted.query('SELECT name, occurrence_count FROM entity_types ORDER BY name')).rows).toEqual([['FLAG', 1], ['PORT', 1]]);
    const current = await restarted.schema.current();
    expect(current.version).toBe(2);
    expect(current.cause.kind).toBe('reconciliation');
    expect((await restarted.query(`SELECT count(*) FROM ingest_batches b WHERE NOT EXISTS (SELECT 1 FROM discovery_batches d WHERE d.batch_id = b.batch_id)`)).rows).toEqual([[0]]);
    await restarted.close();

    // A clean restart changes nothing.
    const again = createLivingSchema({ sink: duckdb({ path }), stagingDirectory: join(directory, 'staging'), discovery: [annotationLabels()], plugins: [discovery()], notifiers: [] });
    await again.start();
    expect((await again.schema.current()).version).toBe(2);
    await again.close();
  });
});

describe('a batch whose rows were all quarantined', () => {
  // Regression (hostile input corpus): a CSV whose only record was quarantined created its
  // dataset without a schema version; the next process to open the store versioned it as
  // "catalog changes left unversioned by an interrupted run".
  it('versions the new dataset with its own batch; the next start adds no version', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'ls-all-quarantined-'));
    const path = join(directory, 'db.duckdb');
    const open = (source = inlineSource()) =>
      createLivingSchema({ sink: duckdb({ path }), stagingDirectory: join(directory, 'staging'), sources: [source], discovery: [annotationLabels(), recordColumns()], plugins: [discovery()], notifiers: [] });
    const source = inlineSource();
    source.next = [
      {
        kind: 'records',
        source: 'inline',
        sourceUri: 'inline://broken.csv',
        dataset: 'broken',
        contentHash: 'all-rejected',
        payload: { format: 'rows', rows: [] },
        columns: [{ name: 'id', originalName: 'id' }],
        rejected: [{ row: 1, raw: '1,"never closed', reason: 'Unquoted: unterminated quote' }],
      },
    ];
    const first = open(source);
    const { batches } = await first.ingest('x');
    expect(batches[0]).toMatchObject({ status: 'loaded', rowsLoaded: 0, rowsQuarantined: 1 });
    const current = await first.schema.current();
    expect(current.cause).toMatchObject({ kind: 'batch', reference: batches[0]!.batchId });
    await first.close();

    const next = open();
    await next.start();
    expect((await next.schema.current()).version).toBe(current.version);
    await next.close();
  });
});
