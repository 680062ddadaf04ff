// examples/plugin-kinds/src/dataset-folder-staging.test.ts
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { createLivingSchema, sha256, type SourceV1 } from '@living-schema/core';
import { describeStagingContract } from '@living-schema/core/testing';
import { duckdb } from '@living-schema/sink-duckdb';
import { datasetFolderStaging } from './dataset-folder-staging.js';

await describeStagingContract('dataset-folder-staging', {
  create: () => datasetFolderStaging({ directory: mkdtempSync(join(tmpdir(), 'ls-dataset-staging-')) }),
});

const ports: SourceV1 = {
  specificationVersion: 'v1', name: 'ports', kinds: ['records'], canRead: () => true,
  async *read() {
    const rows = [{ port: 'Rotterdam' }, { port: 'Busan' }];
    yield { kind: 'records', source: 'ports', sourceUri: 'mem://ports', dataset: 'ports', contentHash: sha256(JSON.stringify(rows)), payload: { format: 'rows', rows } };
  },
};

it('stages each batch under its dataset, and keeps it there when asked', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'ls-dataset-staging-'));
  const ls = createLivingSchema({
    sink: duckdb({ path: join(directory, 'db.duckdb') }), stagingDirectory: join(directory, 'tmp'),
    staging: datasetFolderStaging({ directory: join(directory, 'staged') }), keepStagedFiles: true,
    sources: [ports], notifiers: [],
  });
  const [batch] = (await ls.ingest('mem://ports')).batches;
  expect((await ls.query('SELECT port FROM ports ORDER BY _row')).rows).toEqual([['Rotterdam'], ['Busan']]);
  await ls.close();
  expect(existsSync(join(directory, 'staged', 'ports', `${batch!.batchId}.parquet`))).toBe(true);
});
