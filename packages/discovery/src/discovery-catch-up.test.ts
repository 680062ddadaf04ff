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
