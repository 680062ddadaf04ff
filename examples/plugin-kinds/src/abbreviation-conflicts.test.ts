// examples/plugin-kinds/src/abbreviation-conflicts.test.ts
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createLivingSchema, sha256, type SourceV1 } from '@living-schema/core';
import { describeConflictStrategyContract } from '@living-schema/core/testing';
import { discovery, getDiscovery } from '@living-schema/discovery';
import { duckdb } from '@living-schema/sink-duckdb';
import { abbreviationConflicts } from './abbreviation-conflicts.js';

await describeConflictStrategyContract('abbreviation-conflicts', {
  create: () => abbreviationConflicts({ abbreviations: { qty: 'quantity', wt: 'weight' } }),
  duplicates: [['cargo_qty', 'cargo_quantity'], ['gross_wt', 'GrossWeight']],
  distinct: [['cargo_qty', 'cargo_weight'], ['port', 'port_name']],
});

/** Two record batches of one dataset: the second brings an abbreviated column. */
const manifests: SourceV1 = {
  specificationVersion: 'v1', name: 'manifests', kinds: ['records'], canRead: () => true,
  async *read() {
    for (const rows of [[{ cargo_quantity: 12 }], [{ cargo_qty: 7 }]]) {
      yield { kind: 'records', source: 'manifests', sourceUri: 'mem://manifests', dataset: 'manifests', contentHash: sha256(JSON.stringify(rows)), payload: { format: 'rows', rows } };
    }
  },
};

const directory = mkdtempSync(join(tmpdir(), 'ls-abbreviations-'));
const ls = createLivingSchema({
  sink: duckdb({ path: join(directory, 'db.duckdb') }), stagingDirectory: join(directory, 'staging'),
  sources: [manifests], notifiers: [],
  conflicts: abbreviationConflicts({ abbreviations: { qty: 'quantity' } }),
  plugins: [discovery()], // conflict strategies run inside the discovery module
});
afterAll(() => ls.close());

it('flags the abbreviated column for review instead of approving it', async () => {
  await ls.ingest('mem://manifests');
  const conflicts = await getDiscovery(ls).conflicts();
  expect(conflicts.map(({ candidateName, existingName, reason }) => ({ candidateName, existingName, reason }))).toEqual([
    { candidateName: 'cargo_qty', existingName: 'cargo_quantity', reason: 'the same once abbreviations are spelled out: "cargo quantity"' },
  ]);
});
