import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLivingSchema, type LivingSchema } from '@living-schema/core';
import { duckdb } from './duckdb-sink.js';

// The fingerprint lets a batch that changed nothing structural skip reading and hashing the
// catalog. These tests hold it to the content hash: every change the hash sees must still make a
// version after an earlier commit found the catalog versioned, and nothing else may.

let ls: LivingSchema;

beforeEach(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ls-fingerprint-'));
  ls = createLivingSchema({ sink: duckdb({ path: join(dir, 'db.duckdb') }), stagingDirectory: join(dir, 'staging'), sources: [], notifiers: [] });
  await ls.start();
  const run = (sql: string) => ls.sink.writer.run(sql);
  await run(`INSERT INTO datasets VALUES ('loans', 'loans', 'csv', now())`);
  await run(`INSERT INTO entity_types (id, name, normalized_name, original_name, status, created_at, updated_at) VALUES (1, 'PERSON', 'person', 'PERSON', 'active', now(), now())`);
  await run(`INSERT INTO field_definitions (id, dataset, name, normalized_name, original_name, data_type, status, created_at, updated_at) VALUES (2, 'loans', 'isbn', 'isbn', 'isbn', 'VARCHAR', 'active', now(), now())`);
  await run(`INSERT INTO relationships VALUES (3, 'loans', 'isbn', 'books', 'isbn', 'many-to-one', 0.95, true, 'suggested', ['inclusion 0.95'], now(), now(), NULL, NULL)`);
  expect(await ls.sink.catalog.commitVersion({ kind: 'manual' })).not.toBeNull();
  // Found versioned: the mark is set.
  expect(await ls.sink.catalog.commitVersion({ kind: 'batch' })).toBeNull();
});

afterEach(async () => {
  await ls.close();
});

describe('the versioned-catalog fingerprint', () => {
  it.each([
    ['a field retyped', `UPDATE field_definitions SET data_type = 'BIGINT'`],
    ['a field renamed', `UPDATE field_definitions SET name = 'isbn13'`],
    ['a field described', `UPDATE field_definitions SET description = 'The book loaned'`],
    ['a field made an alias', `UPDATE field_definitions SET alias_of = 99`],
    ['a field moved to review', `UPDATE field_definitions SET status = 'pending_review'`],
    ['an entity type described', `UPDATE entity_types SET description = 'A person named in a record'`],
    ['an entity type renamed', `UPDATE entity_types SET name = 'PEOPLE'`],
    ['an entity type deprecated', `UPDATE entity_types SET status = 'deprecated'`],
    ['a dataset added', `INSERT INTO datasets VALUES ('books', 'books', 'csv', now())`],
    ['a relationship confirmed', `UPDATE relationships SET status = 'confirmed'`],
    ['a relationship no longer unique', `UPDATE relationships SET to_unique = false, cardinality = 'many-to-many'`],
  ])('%s still makes a version', async (_change, sql) => {
    await ls.sink.writer.run(sql);
    const next = await ls.sink.catalog.commitVersion({ kind: 'batch' });
    expect(next?.version).toBe(3);
    expect(await ls.sink.catalog.commitVersion({ kind: 'batch' })).toBeNull();
  });

  it.each([
    ['counts and last-seen times', `UPDATE field_definitions SET occurrence_count = occurrence_count + 20, last_seen = now()`],
    ['examples', `UPDATE entity_types SET examples = ['Ada Lovelace']`],
    ['coverage and evidence', `UPDATE relationships SET coverage = 0.91, evidence = ['inclusion 0.91']`],
  ])('%s moving makes none', async (_change, sql) => {
    await ls.sink.writer.run(sql);
    expect(await ls.sink.catalog.commitVersion({ kind: 'batch' })).toBeNull();
  });

  it('an unchanged catalog costs one statement to version, however many batches in a row', async () => {
    const statements: string[] = [];
    const writer = ls.sink.writer;
    const transaction = writer.transaction.bind(writer);
    writer.transaction = (work) =>
      transaction((tx) => work({ run: (sql, params) => (statements.push(sql), tx.run(sql, params)), all: (sql, params) => (statements.push(sql), tx.all(sql, params)) }));
    for (let batch = 0; batch < 3; batch += 1) {
      await ls.sink.writer.run(`UPDATE field_definitions SET occurrence_count = occurrence_count + 1`);
      expect(await ls.sink.catalog.commitVersion({ kind: 'batch' })).toBeNull();
    }
    expect(statements).toHaveLength(3);
    expect(statements.every((sql) => sql.includes('md5('))).toBe(true);
  });

  it('a version written by anyone else is noticed: the catalog is compared again', async () => {
    const head = await ls.sink.catalog.current();
    await ls.sink.writer.run(
      `INSERT INTO schema_snapshots VALUES (${head.version + 1}, 'written elsewhere', now(), 'manual', NULL, NULL, '[]'::JSON, '{"datasets":[],"entityTypes":[],"fields":[]}'::JSON)`,
    );
    const next = await ls.sink.catalog.commitVersion({ kind: 'batch' });
    expect(next?.version).toBe(head.version + 2);
    expect(next?.contentHash).toBe(head.contentHash);
  });
});
