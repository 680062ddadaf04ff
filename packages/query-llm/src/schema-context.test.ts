import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLivingSchema, sha256, type Batch, type LivingSchema, type SourceV1 } from '@living-schema/core';
import { duckdb } from '@living-schema/sink-duckdb';
import { collectSchemaFacts, renderSchemaContext } from './schema-context.js';

function records(dataset: string, rows: Record<string, unknown>[]): Batch {
  return { kind: 'records', source: 'inline', sourceUri: `inline://${dataset}`, dataset, contentHash: sha256(JSON.stringify(rows)), payload: { format: 'rows', rows } };
}

const engines: LivingSchema[] = [];
afterEach(async () => {
  await Promise.all(engines.splice(0).map((e) => e.close()));
});

async function store(batches: Batch[]): Promise<LivingSchema> {
  const dir = mkdtempSync(join(tmpdir(), 'ls-context-'));
  const source: SourceV1 = { specificationVersion: 'v1', name: 'inline', kinds: ['records'], canRead: () => true, read: async function* () { yield* batches; } };
  const engine = createLivingSchema({ sink: duckdb({ path: join(dir, 'db.duckdb') }), stagingDirectory: join(dir, 'staging'), sources: [source], notifiers: [] });
  engines.push(engine);
  await engine.ingest('inline://all');
  return engine;
}

/** Field definitions as discovery writes them: the normalised name and the header as exported. */
async function catalogFields(engine: LivingSchema, dataset: string, fields: Array<[name: string, originalName: string, type: string]>) {
  for (const [name, originalName, type] of fields) {
    await engine.sink.writer.run(
      `INSERT INTO field_definitions (id, dataset, name, normalized_name, original_name, data_type, status, created_at, updated_at)
       VALUES (nextval('catalog_id_seq'), $1, $2, $2, $3, $4, 'active', now(), now())`,
      [dataset, name, originalName, type],
    );
  }
}

async function relationship(engine: LivingSchema, from: [string, string], to: [string, string], status: string) {
  await engine.sink.writer.run(
    `INSERT INTO relationships VALUES (nextval('relationship_id_seq'), $1, $2, $3, $4, 'many-to-one', 0.987, true, $5, ['inclusion 0.99'], now(), now(), NULL, NULL)`,
    [...from, ...to, status],
  );
}

// 20 books: approx_count_distinct over their 20 isbns says 21 (HyperLogLog overshoots small sets).
const books = Array.from({ length: 20 }, (_, i) => ({ isbn: `isbn-${i}`, title: `Title ${i}`, pages: 100 + i * 10 }));
const loans = Array.from({ length: 80 }, (_, i) => ({
  isbn: `isbn-${i % 20}`,
  branch_code: ['CEN', 'NOR'][i % 2],
  late_fee: i % 5 === 0 ? null : (i % 7) * 0.5,
  duration_min: 30 + i,
  discount: `${(i % 4) * 5}%`,
  has_kiosk: i % 3 === 0,
}));

async function libraryStore(): Promise<LivingSchema> {
  const engine = await store([records('books', books), records('loans', loans)]);
  await catalogFields(engine, 'loans', [
    ['isbn', 'ISBN', 'VARCHAR'],
    ['branch_code', 'Branch Code', 'VARCHAR'],
    ['late_fee', 'Late Fee ($)', 'DOUBLE'],
    ['duration_min', 'Duration (min)', 'BIGINT'],
    ['discount', 'Discount', 'VARCHAR'],
    ['has_kiosk', 'Has Kiosk', 'BOOLEAN'],
  ]);
  await relationship(engine, ['loans', 'isbn'], ['books', 'isbn'], 'suggested');
  await relationship(engine, ['loans', 'branch_code'], ['books', 'title'], 'rejected');
  await engine.sink.catalog.commitVersion({ kind: 'manual' });
  return engine;
}

const tableLine = (text: string, table: string) => JSON.parse(text.split('\n').find((l) => l.startsWith(`{"table":"${table}"`))!);
const column = (line: { columns: Array<{ name: string }> }, name: string) => line.columns.find((c) => c.name === name) as Record<string, unknown>;

describe('the schema context: semantic layer', () => {
  it('says what one row is, and which unit and other names each column has', async () => {
    const engine = await libraryStore();
    const { text } = renderSchemaContext(await collectSchemaFacts(engine.sink));
    const loansLine = tableLine(text, 'loans');
    expect(loansLine.rowNoun).toBe('loan');
    expect(tableLine(text, 'books').rowNoun).toBe('book');
    expect(column(loansLine, 'late_fee')).toMatchObject({ unit: 'usd', synonyms: ['late fee'] });
    expect(column(loansLine, 'duration_min')).toMatchObject({ unit: 'min', synonyms: ['duration min', 'duration'] });
    expect(column(loansLine, 'discount').unit).toBe('pct');
    expect(column(loansLine, 'has_kiosk').synonyms).toEqual(['has kiosk', 'kiosk']);
    expect(column(loansLine, 'isbn').unit).toBeUndefined();
  });

  it('gives the share of empty values, and none where nothing is empty', async () => {
    const engine = await libraryStore();
    const loansLine = tableLine(renderSchemaContext(await collectSchemaFacts(engine.sink)).text, 'loans');
    expect(column(loansLine, 'late_fee').nullShare).toBe(0.2);
    expect(column(loansLine, 'isbn').nullShare).toBeUndefined();
  });

  it('gives typical numbers (quartiles), never more distinct values than rows', async () => {
    const engine = await libraryStore();
    const facts = await collectSchemaFacts(engine.sink);
    const booksTable = facts.tables.find((t) => t.name === 'books')!;
    const pages = booksTable.columns.find((c) => c.name === 'pages')!;
    expect(pages.examples?.map(Number)).toEqual([...pages.examples!.map(Number)].sort((a, b) => a - b));
    expect(Number(pages.examples![0])).toBeGreaterThan(100);
    expect(Number(pages.examples![pages.examples!.length - 1])).toBeLessThan(290);
    expect(booksTable.columns.find((c) => c.name === 'isbn')!.distinct).toBe(20);
    for (const table of facts.tables) for (const c of table.columns) if (c.distinct !== undefined) expect(c.distinct).toBeLessThanOrEqual(table.rows);
  });

  it('counts distinct values exactly on a small table (HyperLogLog says 74 for these 70)', async () => {
    const engine = await store([records('fines', Array.from({ length: 140 }, (_, i) => ({ ref: `ref-${i % 70}`, amount: i })))]);
    const fines = (await collectSchemaFacts(engine.sink)).tables.find((t) => t.name === 'fines')!;
    expect(fines.columns.find((c) => c.name === 'ref')).toMatchObject({ distinct: 70, examples: expect.any(Array) });
  });

  it('carries one line per relationship that is not rejected, with table names', async () => {
    const engine = await libraryStore();
    const { text } = renderSchemaContext(await collectSchemaFacts(engine.sink));
    const lines = text.split('\n').filter((l) => l.startsWith('{"relationship"')).map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { relationship: 'loans.isbn -> books.isbn', from: { table: 'loans', column: 'isbn' }, to: { table: 'books', column: 'isbn' }, cardinality: 'many-to-one', coverage: 0.99, status: 'suggested' },
    ]);
  });

  it('a context as of a version before the relationship has none', async () => {
    const engine = await libraryStore();
    const before = (await engine.sink.catalog.current()).version - 1;
    expect((await collectSchemaFacts(engine.sink, before)).relationships).toEqual([]);
  });

  it('never lists the store internal tables (query log, saved reports, catalog, ledger)', async () => {
    const engine = await libraryStore();
    const { text } = renderSchemaContext(await collectSchemaFacts(engine.sink));
    for (const internal of ['query_executions', 'saved_queries', 'report_checks', 'ingest_batches', 'field_definitions', 'schema_snapshots', 'relationships"']) {
      expect(text).not.toContain(internal);
    }
  });
});
