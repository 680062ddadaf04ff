// examples/plugin-kinds/src/timed-sink.test.ts
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { createLivingSchema, sha256, type SourceV1 } from '@living-schema/core';
import { describeSinkContract } from '@living-schema/core/testing';
import { duckdb } from '@living-schema/sink-duckdb';
import { timedSink, type LoadTiming } from './timed-sink.js';

const fresh = () => duckdb({ path: join(mkdtempSync(join(tmpdir(), 'ls-timed-sink-')), 'db.duckdb') });

await describeSinkContract('timed-sink over duckdb', { create: () => timedSink(fresh(), () => undefined) });

const ports: SourceV1 = {
  specificationVersion: 'v1', name: 'ports', kinds: ['records'], canRead: () => true,
  async *read() {
    const rows = [{ port: 'Rotterdam' }, { port: 'Busan' }];
    yield { kind: 'records', source: 'ports', sourceUri: 'mem://ports', dataset: 'ports', contentHash: sha256(JSON.stringify(rows)), payload: { format: 'rows', rows } };
  },
};

it('reports one timing per load (ingesting the same input again never reaches load)', async () => {
  const timings: LoadTiming[] = [];
  const directory = mkdtempSync(join(tmpdir(), 'ls-timed-sink-'));
  const ls = createLivingSchema({ sink: timedSink(fresh(), (timing) => timings.push(timing)), stagingDirectory: join(directory, 'staging'), sources: [ports], notifiers: [] });
  await ls.ingest('mem://ports');
  await ls.ingest('mem://ports');
  expect((await ls.query('SELECT count(*) FROM ports')).rows).toEqual([[2]]);
  await ls.close();
  expect(timings.map(({ dataset, status }) => ({ dataset, status }))).toEqual([{ dataset: 'ports', status: 'loaded' }]);
  expect(timings[0]!.milliseconds).toBeGreaterThan(0);
});
