import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLivingSchema } from '@living-schema/core';
import { describeStagingContract } from '@living-schema/core/testing';
import { duckdb } from '@living-schema/sink-duckdb';
import { startS3Server } from './__fixtures__/s3-server.js';
import { parseS3Uri, s3Staging } from './s3-staging.js';

const server = await startS3Server();
afterAll(() => server.stop());

const connection = { endpoint: server.endpoint, accessKeyId: server.accessKeyId, secretAccessKey: server.secretAccessKey, region: 'us-east-1' };

await describeStagingContract('s3 (s3rver on 127.0.0.1)', {
  // Each check gets its own prefix: a fresh, empty store.
  create: () => s3Staging({ ...connection, uri: `s3://${server.bucket}/contract-${randomUUID()}` }),
});

describe('s3 staging', () => {
  it('parses s3:// locations', () => {
    expect(parseS3Uri('s3://lake')).toEqual({ bucket: 'lake', prefix: '' });
    expect(parseS3Uri('s3://lake/living/schema')).toEqual({ bucket: 'lake', prefix: 'living/schema/' });
    expect(() => parseS3Uri('lake/x')).toThrow(/expected s3:\/\/bucket/);
  });

  it('lists past one page of results (paginated listing)', async () => {
    const staging = s3Staging({ ...connection, uri: `s3://${server.bucket}/many-${randomUUID()}` });
    const directory = mkdtempSync(join(tmpdir(), 'ls-s3-many-'));
    const file = join(directory, 'x.parquet');
    writeFileSync(file, 'x');
    const ids = Array.from({ length: 1005 }, (_, i) => `b_${String(i).padStart(5, '0')}`);
    for (let i = 0; i < ids.length; i += 100) await Promise.all(ids.slice(i, i + 100).map((id) => staging.put(file, { batch_id: id, schema_version: '1', source: 't', dataset: 't' })));
    const listed: string[] = [];
    for await (const entry of staging.list()) listed.push(entry.batchId);
    expect(listed.sort()).toEqual(ids);
    await staging.close?.();
  });

  it('an engine ingests through S3 staging: the batch is staged, loaded and the object removed', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'ls-s3-engine-'));
    const staging = s3Staging({ ...connection, uri: `s3://${server.bucket}/engine-${randomUUID()}` });
    const stagedKeys: string[] = [];
    const source = {
      specificationVersion: 'v1' as const,
      name: 'inline',
      kinds: ['records' as const],
      canRead: () => true,
      async *read() {
        yield { kind: 'records' as const, source: 'inline', sourceUri: 'inline:vessels', dataset: 'vessels', contentHash: 'c'.repeat(64), payload: { format: 'rows' as const, rows: [{ imo_number: 9100000, vessel_name: 'Aurora' }] } };
      },
    };
    const engine = createLivingSchema({ sink: duckdb({ path: join(directory, 'store.duckdb') }), sources: [source], staging, stagingDirectory: join(directory, 'tmp'), notifiers: [] });
    engine.on('batch.staged', (e) => stagedKeys.push(e.stagingKey));
    const result = await engine.ingest('inline:vessels');
    expect(result.batches[0]).toMatchObject({ status: 'loaded', rowsLoaded: 1 });
    expect(stagedKeys).toHaveLength(1);
    const left: string[] = [];
    for await (const entry of staging.list()) left.push(entry.key);
    expect(left).toEqual([]);
    expect((await engine.query('SELECT vessel_name FROM vessels')).rows).toEqual([['Aurora']]);
    await engine.close();
  });

  it('a bucket that does not exist fails with LS_STAGING_FAILED naming the location', async () => {
    const staging = s3Staging({ ...connection, uri: 's3://no-such-bucket/x' });
    const directory = mkdtempSync(join(tmpdir(), 'ls-s3-missing-'));
    const file = join(directory, 'x.parquet');
    writeFileSync(file, 'x');
    await expect(staging.put(file, { batch_id: 'b_1', schema_version: '1', source: 't', dataset: 't' })).rejects.toMatchObject({
      code: 'LS_STAGING_FAILED',
      message: expect.stringContaining('s3://no-such-bucket/x/batches/'),
    });
    await staging.close?.();
  });
});
