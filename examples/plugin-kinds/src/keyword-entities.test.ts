// examples/plugin-kinds/src/keyword-entities.test.ts
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createLivingSchema, sha256, type Batch, type SourceV1 } from '@living-schema/core';
import { describeDiscoveryStrategyContract } from '@living-schema/core/testing';
import { discovery } from '@living-schema/discovery';
import { duckdb } from '@living-schema/sink-duckdb';
import { keywordEntities } from './keyword-entities.js';

/** Two batches of one page each, from an in-memory source. */
function pages(): SourceV1 {
  const page = (id: string, text: string): Batch => ({
    kind: 'documents', source: 'pages', sourceUri: `mem://${id}`, dataset: 'reports', contentHash: sha256(text),
    payload: { format: 'rows', rows: [{ documentId: id, sourceUri: `mem://${id}`, pageNumber: 1, text, extractionMethod: 'source', ocrConfidence: null }] },
  });
  return {
    specificationVersion: 'v1', name: 'pages', kinds: ['documents'], canRead: () => true,
    async *read() {
      yield page('r1', 'The tanker Ocean Wren was sanctioned in May.');
      yield page('r2', 'A sanctioned vessel entered port; the pilot boarded.');
    },
  };
}

const store = (plugins = [discovery()]) => {
  const directory = mkdtempSync(join(tmpdir(), 'ls-keywords-'));
  return createLivingSchema({
    sink: duckdb({ path: join(directory, 'db.duckdb') }), stagingDirectory: join(directory, 'staging'),
    sources: [pages()], discovery: [keywordEntities({ keywords: { SANCTION: 'sanctioned', PILOT: 'pilot' } })],
    plugins, notifiers: [],
  });
};

await describeDiscoveryStrategyContract('keyword-entities', {
  create: () => keywordEntities({ keywords: { SANCTION: 'sanctioned', PILOT: 'pilot' } }),
  async setup() {
    const ls = store([]); // loaded without discovery: the contract runs the strategy itself
    const { batches } = await ls.ingest('mem://reports');
    return { sink: ls.sink, batchScope: { batchId: batches[1]!.batchId, kind: 'documents' }, expected: ['SANCTION', 'PILOT'], dispose: () => ls.close() };
  },
});

const ls = store();
afterAll(() => ls.close());

it('puts its entity types in the catalog when discovery runs on arrival', async () => {
  await ls.ingest('mem://reports');
  const entityTypes = (await ls.schema.current()).catalog.entityTypes;
  expect(entityTypes.map(({ name, occurrenceCount }) => ({ name, occurrenceCount }))).toEqual([
    { name: 'SANCTION', occurrenceCount: 2 },
    { name: 'PILOT', occurrenceCount: 1 },
  ]);
});
