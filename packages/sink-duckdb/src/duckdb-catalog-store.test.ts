import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLivingSchema, currentSchemaVersion, type CatalogStoreV1, type LivingSchema } from '@living-schema/core';
import { duckdb } from './duckdb-sink.js';

const engines: LivingSchema[] = [];
function engine(): LivingSchema {
  const dir = mkdtempSync(join(tmpdir(), 'ls-catalog-store-'));
  const ls = createLivingSchema({ sink: duckdb({ path: join(dir, 'db.duckdb') }), stagingDirectory: join(dir, 'staging'), sources: [], notifiers: [] });
  engines.push(ls);
  return ls;
}

afterEach(async () => {
  await Promise.all(engines.splice(0).map((e) => e.close()));
});

async function insertRelationship(ls: LivingSchema, status: string, coverage = 0.98): Promise<void> {
  await ls.sink.writer.run(
    `INSERT INTO relationships VALUES (nextval('relationship_id_seq'), 'loans', 'isbn', 'books', 'isbn', 'many-to-one', $1, true, $2,
       ['inclusion 0.98', 'name: isbn ~ books.isbn'], TIMESTAMPTZ '2026-11-30 10:00:00+00', now(), NULL, NULL)`,
    [coverage, status],
  );
}

describe('the catalog store: relationships', () => {
  it('reads relationships into the catalog and versions them, so an older version does not see them', async () => {
    const ls = engine();
    await ls.start();
    expect((await ls.sink.catalog.read()).relationships).toEqual([]);
    await insertRelationship(ls, 'suggested');
    const [relationship] = (await ls.sink.catalog.read()).relationships;
    expect(relationship).toEqual({
      id: 1,
      from: { dataset: 'loans', field: 'isbn' },
      to: { dataset: 'books', field: 'isbn' },
      cardinality: 'many-to-one',
      coverage: 0.98,
      toUnique: true,
      status: 'suggested',
      evidence: ['inclusion 0.98', 'name: isbn ~ books.isbn'],
      firstSeen: expect.stringMatching(/^2026-11-30/),
    });
    const v2 = await ls.sink.catalog.commitVersion({ kind: 'discovery' });
    expect(v2?.diff).toEqual([{ subject: 'relationship', change: 'added', name: 'loans.isbn -> books.isbn', to: 'suggested', impact: 'additive' }]);
    expect(v2?.catalog.relationships).toHaveLength(1);
    expect((await ls.sink.catalog.snapshot(1))?.catalog.relationships).toEqual([]);
  });

  it('writes no version when only coverage moved, and one when a reviewer rejects', async () => {
    const ls = engine();
    await ls.start();
    await insertRelationship(ls, 'suggested');
    await ls.sink.catalog.commitVersion({ kind: 'discovery' });
    await ls.sink.writer.run(`UPDATE relationships SET coverage = 0.91`);
    expect(await ls.sink.catalog.commitVersion({ kind: 'batch' })).toBeNull();
    await ls.sink.writer.run(`UPDATE relationships SET status = 'rejected'`);
    const v3 = await ls.sink.catalog.commitVersion({ kind: 'resolution' });
    expect(v3?.diff).toEqual([
      { subject: 'relationship', change: 'status_changed', name: 'loans.isbn -> books.isbn', from: 'suggested', to: 'rejected', impact: 'additive' },
    ]);
  });

  it('a store without relationships writes no new version: the hash the migration stored still holds', async () => {
    const ls = engine();
    await ls.start();
    const before = await ls.sink.catalog.current();
    expect(await ls.sink.catalog.commitVersion({ kind: 'manual' })).toBeNull();
    expect((await ls.sink.catalog.current()).version).toBe(before.version);
  });
});

describe('the catalog store: the current version alone', () => {
  it('answers the version current() has, before and after a commit, and currentSchemaVersion uses it', async () => {
    const ls = engine();
    await ls.start();
    const first = (await ls.sink.catalog.current()).version;
    expect(await ls.sink.catalog.currentVersion!()).toBe(first);
    await insertRelationship(ls, 'suggested');
    const next = await ls.sink.catalog.commitVersion({ kind: 'discovery' });
    expect(next?.version).toBe(first + 1);
    expect(await ls.sink.catalog.currentVersion!()).toBe(first + 1);
    expect(await currentSchemaVersion(ls.sink.catalog)).toBe(first + 1);
  });

  it('currentSchemaVersion falls back to current() for a catalog without currentVersion', async () => {
    const ls = engine();
    await ls.start();
    const catalog = ls.sink.catalog;
    const without: CatalogStoreV1 = { ...catalog, currentVersion: undefined, current: () => catalog.current() };
    expect(await currentSchemaVersion(without)).toBe((await catalog.current()).version);
  });
});
