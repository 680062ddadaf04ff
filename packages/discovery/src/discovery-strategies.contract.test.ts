import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLivingSchema } from '@living-schema/core';
import { describeDiscoveryStrategyContract } from '@living-schema/core/testing';
import { duckdb } from '@living-schema/sink-duckdb';
import { annotationLabels, recordColumns } from './discovery-strategies.js';
import { annotationBatch, inlineSource, recordBatch } from './discovery-test-helpers.js';

/** A store with two annotation batches and two record batches, loaded without the discovery plugin. */
async function loadedStore() {
  const dir = mkdtempSync(join(tmpdir(), 'ls-discovery-contract-'));
  const source = inlineSource();
  const ls = createLivingSchema({ sink: duckdb({ path: join(dir, 'db.duckdb') }), stagingDirectory: join(dir, 'staging'), sources: [source], notifiers: [] });
  source.next = [
    annotationBatch([['VESSEL_NAME', 'Aurora'], ['IMO', '9100000']], 'one'),
    annotationBatch([['VESSEL_NAME', 'Borealis'], ['FLAG', 'Malta']], 'two'),
    recordBatch('vessels', [{ vessel_name: 'Aurora', gross_tonnage: 1200 }]),
    recordBatch('vessels', [{ vessel_name: 'Borealis', year_built: 2001 }]),
  ];
  const { batches } = await ls.ingest('inline://contract');
  return { ls, batches };
}

await describeDiscoveryStrategyContract('annotationLabels', {
  create: () => annotationLabels(),
  async setup() {
    const { ls, batches } = await loadedStore();
    return { sink: ls.sink, batchScope: { batchId: batches[1]!.batchId, kind: 'annotations' }, expected: ['VESSEL_NAME', 'IMO', 'FLAG'], dispose: () => ls.close() };
  },
});

await describeDiscoveryStrategyContract('recordColumns', {
  create: () => recordColumns(),
  async setup() {
    const { ls, batches } = await loadedStore();
    return { sink: ls.sink, batchScope: { batchId: batches[3]!.batchId, kind: 'records', dataset: 'vessels' }, expected: ['vessel_name', 'gross_tonnage', 'year_built'], dispose: () => ls.close() };
  },
});
