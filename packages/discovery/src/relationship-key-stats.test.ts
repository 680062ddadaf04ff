import { afterEach, describe, expect, it } from 'vitest';
import type { SinkSqlRunner } from '@living-schema/core';
import { discoverRelationships } from './relationship-discovery.js';
import { KeyStatistics } from './relationship-key-stats.js';
import { recordBatch, testEngine, type TestEngine } from './discovery-test-helpers.js';

const engines: TestEngine[] = [];
afterEach(async () => {
  await Promise.all(engines.splice(0).map((e) => e.ls.close()));
});

// Loans point at books by isbn; each loan also carries the branch's `pages_read`, a number that
// shares a name with books.pages_read but is no key on either side.
const books = Array.from({ length: 50 }, (_, i) => ({ isbn: `978-${1000 + i}`, title: `Book ${i}`, pages_read: i % 7 }));
const loans = (n: number, offset: number) => Array.from({ length: n }, (_, i) => ({ loan: offset + i, isbn: books[(offset + i) % books.length]!.isbn, pages_read: (offset + i) % 5 }));

/** A runner that records every statement it passes on. */
function recording(runner: SinkSqlRunner): SinkSqlRunner & { statements: string[] } {
  const statements: string[] = [];
  return {
    statements,
    run: (sql, params) => (statements.push(sql), runner.run(sql, params)),
    all: (sql, params) => (statements.push(sql), runner.all(sql, params)),
  } as SinkSqlRunner & { statements: string[] };
}

async function loanBatch(e: TestEngine, offset: number): Promise<string> {
  const result = await e.ingest(recordBatch('loans', loans(20, offset)));
  return result.batches[0]!.batchId;
}

/** Relationship discovery of one loans batch on the writer, with `stats`; the statements it ran. */
async function discoverBatch(e: TestEngine, batchId: string, stats: KeyStatistics): Promise<string[]> {
  const spy = recording(e.ls.sink.writer);
  await discoverRelationships(spy, { mode: 'incremental', batchId, dataset: 'loans' }, stats);
  stats.commit();
  return spy.statements;
}

const readsWhole = (statements: string[], table: string) => statements.some((s) => new RegExp(`FROM "${table}"\\s+WHERE "\\w+" IS NOT NULL GROUP BY`).test(s));

describe('key statistics kept between batches', () => {
  it('a batch of a fact table reads its own rows, not the whole lookup it did not touch', async () => {
    const e = testEngine();
    engines.push(e);
    await e.ingest(recordBatch('books', books));
    const first = await loanBatch(e, 0);
    const stats = new KeyStatistics();
    expect(readsWhole(await discoverBatch(e, first, stats), 'books')).toBe(true);
    const second = await loanBatch(e, 20);
    const statements = await discoverBatch(e, second, stats);
    expect(readsWhole(statements, 'books')).toBe(false);
    // books.pages_read repeats its 7 values: no key, so loans.pages_read -> books.pages_read is not measured at all.
    expect(statements.some((s) => s.includes('"pages_read" AS v') && s.includes('"books"'))).toBe(false);
    const [relationship] = await e.ls.sink.writer.all<{ coverage: number; evidence: string[] }>(`SELECT coverage, evidence FROM relationships WHERE from_field = 'isbn'`);
    expect(relationship).toMatchObject({ coverage: 1 });
    expect(relationship!.evidence).toContain('key: books.isbn is unique');
  });

  it('does not read a table the batch did not touch when the batch cannot lift its coverage to 90%', async () => {
    const e = testEngine();
    engines.push(e);
    // shelves.isbn -> returns.isbn: returns gets 20 new isbns a batch, none of them on a shelf;
    // 50 shelf isbns would need 45 found, and a batch can add at most its own 20.
    const shelves = Array.from({ length: 50 }, (_, i) => ({ isbn: `978-${5000 + i}`, shelf: `S${i % 4}` }));
    const returns = (n: number) => Array.from({ length: 20 }, (_, i) => ({ isbn: `979-${n * 20 + i}`, late: i % 2 }));
    await e.ingest(recordBatch('shelves', shelves));
    const stats = new KeyStatistics();
    const discoverReturns = async (n: number) => {
      const spy = recording(e.ls.sink.writer);
      const batchId = (await e.ingest(recordBatch('returns', returns(n)))).batches[0]!.batchId;
      await discoverRelationships(spy, { mode: 'incremental', batchId, dataset: 'returns' }, stats);
      stats.commit();
      return spy.statements;
    };
    expect(readsWhole(await discoverReturns(0), 'shelves')).toBe(true);
    expect(readsWhole(await discoverReturns(1), 'shelves')).toBe(false);
    // Two batches' worth (40 of 50) still cannot reach 45; a third could, so it is measured.
    expect(readsWhole(await discoverReturns(2), 'shelves')).toBe(false);
    expect(readsWhole(await discoverReturns(3), 'shelves')).toBe(true);
  });

  it('measures a lookup again once it has new rows', async () => {
    const e = testEngine();
    engines.push(e);
    await e.ingest(recordBatch('books', books));
    const stats = new KeyStatistics();
    await discoverBatch(e, await loanBatch(e, 0), stats);
    await e.ingest(recordBatch('books', [{ isbn: '978-9999', title: 'New', pages_read: 1 }]));
    expect(readsWhole(await discoverBatch(e, await loanBatch(e, 20), stats), 'books')).toBe(true);
  });

  it('forgets what a rolled-back transaction learned', async () => {
    const e = testEngine();
    engines.push(e);
    await e.ingest(recordBatch('books', books));
    const batch = await loanBatch(e, 0);
    const stats = new KeyStatistics();
    await discoverRelationships(e.ls.sink.writer, { mode: 'incremental', batchId: batch, dataset: 'loans' }, stats);
    stats.discard();
    expect(readsWhole(await discoverBatch(e, batch, stats), 'books')).toBe(true);
  });

  it('finds the same relationships with kept figures as without', async () => {
    const kept = testEngine();
    const fresh = testEngine();
    engines.push(kept, fresh);
    const stats = new KeyStatistics();
    for (const e of [kept, fresh]) await e.ingest(recordBatch('books', books));
    for (let i = 0; i < 4; i += 1) {
      await discoverBatch(kept, await loanBatch(kept, i * 20), stats);
      await discoverBatch(fresh, await loanBatch(fresh, i * 20), new KeyStatistics());
    }
    const list = (e: TestEngine) => e.ls.sink.writer.all(`SELECT from_dataset, from_field, to_dataset, to_field, cardinality, coverage, to_unique, evidence FROM relationships ORDER BY id`);
    expect(await list(kept)).toEqual(await list(fresh));
  });
});
