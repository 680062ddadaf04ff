import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLivingSchema } from '@living-schema/core';
import { duckdb } from '@living-schema/sink-duckdb';
import { boundedJson } from './argilla-model.js';
import { argilla } from './argilla-source.js';

// Regressions found by the repository's hostile input corpus (test/corpus).

const dir = mkdtempSync(join(tmpdir(), 'ls-argilla-hostile-'));
const ls = createLivingSchema({ sink: duckdb({ path: join(dir, 'db.duckdb') }), stagingDirectory: join(dir, 'staging'), sources: [argilla()], notifiers: [] });
afterAll(() => ls.close());

const write = (name: string, lines: string[]) => {
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n'));
  return path;
};
const record = (id: string, entities: string) => `{"id":"${id}","text":"Aurora","tokens":["Aurora"],"status":"Validated","annotation":{"entities":${entities}}}`;

describe('hostile Argilla exports', () => {
  it('a line that is null, a number or a list is refused naming the file and the record (it failed with "Cannot read properties of null")', async () => {
    const result = await ls.ingest(write('lines.jsonl', [record('r1', '[{"label":"VESSEL","start":0,"end":6}]'), 'null', '42']));
    expect(result.batches).toEqual([]);
    expect(result.failures[0]).toMatchObject({ code: 'LS_INPUT_UNREADABLE', message: expect.stringMatching(/lines\.jsonl: record 2 is null, not a JSON object/) });
  });

  it('a span list nested 100,000 deep is rejected with a reason (it overflowed the stack, naming no file)', async () => {
    const result = await ls.ingest(write('deep.jsonl', [record('r2', `[${'['.repeat(100_000)}${']'.repeat(100_000)}, {"label":"VESSEL","start":0,"end":6}]`)]));
    expect(result.failures).toEqual([]);
    const annotations = result.batches.find((b) => b.kind === 'annotations')!;
    expect(annotations).toMatchObject({ rowsIn: 2, rowsLoaded: 1, rowsQuarantined: 1 });
    const [[raw, reason]] = (await ls.query(`SELECT raw, reason FROM quarantine WHERE source_uri LIKE '%deep.jsonl'`)).rows as [[string, string]];
    expect(reason).toBe('record r2: question "entities": not a span value');
    expect(raw).toContain('[nested deeper than 64 levels]');
    expect(raw.length).toBeLessThan(1_000);
  });

  it('entities that are not a list are quarantined, not silently dropped; an object id is kept as its JSON', async () => {
    const result = await ls.ingest(write('types.jsonl', [`{"id":{"$gt":1},"text":"Aurora","tokens":["Aurora"],"status":"Validated","annotation":{"entities":"VESSEL 0 6"}}`]));
    const annotations = result.batches.find((b) => b.kind === 'annotations')!;
    expect(annotations).toMatchObject({ rowsIn: 1, rowsLoaded: 0, rowsQuarantined: 1 });
    expect((await ls.query(`SELECT reason, raw FROM quarantine WHERE source_uri LIKE '%types.jsonl'`)).rows).toEqual([['record {"$gt":1}: question "entities": not a span value', '"VESSEL 0 6"']]);
  });

  it('boundedJson is JSON.stringify for ordinary values (hashes of ordinary records do not change)', () => {
    const value = { a: [1, { b: 'x', c: undefined }, null], d: 'é' };
    expect(boundedJson(value)).toBe(JSON.stringify(value));
    let deep: unknown = 1;
    for (let i = 0; i < 100; i += 1) deep = [deep];
    expect(boundedJson(deep)).toBe(JSON.stringify(deep));
    expect(boundedJson(deep, 3)).toBe(JSON.stringify(deep)); // JSON.stringify copes: not cut
  });
});
