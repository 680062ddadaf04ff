// examples/plugin-jsonl/src/jsonl-source.test.ts
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLivingSchema } from '@living-schema/core';
import { duckdb } from '@living-schema/sink-duckdb';
import { jsonl } from './jsonl-source.js';

// The guide's source in a real engine (its contract: jsonl-source.contract.test.ts).
const directory = mkdtempSync(join(tmpdir(), 'ls-jsonl-'));
const ports = join(directory, 'ports.jsonl');
writeFileSync(ports, '{"port":"Rotterdam"}\n{"port":"Busan"}\nnot json\n');

describe('the jsonl source in an engine', () => {
  const ls = createLivingSchema({ sink: duckdb({ path: join(directory, 'db.duckdb') }), stagingDirectory: join(directory, 'staging'), sources: [jsonl()], notifiers: [] });
  afterAll(() => ls.close());

  it('loads good lines and quarantines the bad one', async () => {
    const result = await ls.ingest([ports]);
    expect(result.batches[0]).toMatchObject({ dataset: 'ports', rowsIn: 3, rowsLoaded: 2, rowsQuarantined: 1, status: 'loaded' });
    expect((await ls.query('SELECT port FROM ports ORDER BY _row')).rows).toEqual([['Rotterdam'], ['Busan']]);
    expect((await ls.query('SELECT row_number, reason FROM quarantine')).rows).toEqual([[3, 'not valid JSON']]);
  });
});
