import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLivingSchema, sha256, type Batch, type LivingSchema, type SourceV1 } from '@living-schema/core';
import { duckdb } from './duckdb-sink.js';

function inlineSource(batches: Batch[]): SourceV1 {
  return {
    specificationVersion: 'v1',
    name: 'inline',
    kinds: ['records'],
    canRead: () => true,
    async *read() {
      yield* batches;
    },
  };
}

function vessels(first: number, count: number): Batch {
  const rows = Array.from({ length: count }, (_, i) => ({ imo: first + i, name: `Vessel ${first + i}` }));
  return { kind: 'records', source: 'inline', sourceUri: `inline://vessels-${first}`, dataset: 'vessels', contentHash: sha256(JSON.stringify(rows)), payload: { format: 'rows', rows } };
}

/** A latch a load's beforeCommit hook waits on, so the test decides when the batch commits. */
function latch() {
  let open!: () => void;
  let reached!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  const waiting = new Promise<void>((resolve) => (reached = resolve));
  return { opened, waiting, open, reached };
}

const engines: LivingSchema[] = [];
afterEach(async () => {
  await Promise.all(engines.splice(0).map((e) => e.close()));
});

describe('reads beside a write on the one store instance', () => {
  it('a query started before a batch commits returns the pre-commit answer; one started after sees the batch', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ls-snapshot-'));
    let gate: ReturnType<typeof latch> | undefined;
    const sink = duckdb({
      path: join(folder, 'store.duckdb'),
      hooks: {
        beforeCommit: async () => {
          if (!gate) return;
          gate.reached();
          await gate.opened;
        },
      },
    });
    const first = vessels(1, 100);
    const second = vessels(1_000, 50);
    const ls = createLivingSchema({ sink, stagingDirectory: join(folder, 'staging'), sources: [inlineSource([first])], notifiers: [] });
    engines.push(ls);
    await ls.ingest('inline://first');
    const count = async () => (await sink.query('SELECT count(*) FROM vessels', { sandboxed: true })).rows[0]?.[0];
    expect(await count()).toBe(100);

    // The second batch holds its transaction open (every row written, COMMIT not yet run).
    gate = latch();
    const loading = sink.load(
      { batchId: 'second', kind: 'records', source: 'inline', sourceUri: second.sourceUri, dataset: 'vessels', contentHash: second.contentHash, schemaVersion: 1, rowCount: 50, rejected: [], columns: [], stagingKey: 'second' },
      await stage(sink, second, folder),
    );
    await gate.waiting;
    // These queries run to the end while the writer is inside its transaction: nothing waits
    // for the write, and each sees the store as committed before it.
    expect(await count()).toBe(100);
    expect((await sink.reader.all<{ n: number }>('SELECT count(*) AS n FROM vessels'))[0]?.n).toBe(100);
    const started = sink.query('SELECT count(*) FROM vessels', { sandboxed: true });
    expect((await started).rows[0]?.[0]).toBe(100);

    gate.open();
    expect((await loading).status).toBe('loaded');
    expect(await count()).toBe(150);
  });
});

/** Encodes a batch as the engine would and returns the staged file's path. */
async function stage(sink: ReturnType<typeof duckdb>, batch: Batch, folder: string): Promise<string> {
  const path = join(folder, 'staged', `${sha256(batch.sourceUri)}.parquet`);
  await sink.encodeParquet(batch, path, { schema_version: '1', batch_id: 'second', source: 'inline', dataset: 'vessels' });
  return path;
}
