import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLivingSchema } from '@living-schema/core';
import { describeSourceContract } from '@living-schema/core/testing';
import { duckdb } from '@living-schema/sink-duckdb';
import { jsonl } from './jsonl-source.js';

// The example from docs/plugin-authoring.md, kept runnable: the guide's code is this file.
const directory = mkdtempSync(join(tmpdir(), 'ls-jsonl-'));
const ports = join(directory, 'ports.jsonl');
writeFileSync(ports, '{"port":"Rotterdam"}\n{"port":"Busan"}\nnot json\n');

await describeSourceContract('jsonl (docs example)', { create: () => jsonl(), readable: [ports], unreadable: [join(directory, 'missing.jsonl')] });

describe('the jsonl example in an engine', () => {
  it('is the code the guide shows', () => {
    const guide = readFileSync(new URL('../../../docs/plugin-authoring.md', import.meta.url), 'utf8');
    const firstBlock = /```ts\n([\s\S]*?)```/.exec(guide)?.[1];
    expect(firstBlock).toBe(readFileSync(new URL('./jsonl-source.ts', import.meta.url), 'utf8'));
  });

  const ls = createLivingSchema({ sink: duckdb({ path: join(directory, 'db.duckdb') }), stagingDirectory: join(directory, 'staging'), sources: [jsonl()], notifiers: [] });
  afterAll(() => ls.close());

  it('loads good lines and quarantines the bad one', async () => {
    const result = await ls.ingest([ports]);
    expect(result.batches[0]).toMatchObject({ dataset: 'ports', rowsIn: 3, rowsLoaded: 2, rowsQuarantined: 1, status: 'loaded' });
    expect((await ls.query('SELECT port FROM ports ORDER BY _row')).rows).toEqual([['Rotterdam'], ['Busan']]);
    expect((await ls.query('SELECT row_number, reason FROM quarantine')).rows).toEqual([[3, 'not valid JSON']]);
  });
});
