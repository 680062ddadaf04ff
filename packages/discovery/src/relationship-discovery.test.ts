import { afterEach, describe, expect, it } from 'vitest';
import { LivingSchemaError, type RelationshipEntry } from '@living-schema/core';
import { getDiscovery } from './discovery-plugin.js';
import { recordBatch, testEngine, type TestEngine } from './discovery-test-helpers.js';

const engines: TestEngine[] = [];
function engine(): TestEngine {
  const e = testEngine();
  engines.push(e);
  return e;
}
afterEach(async () => {
  await Promise.all(engines.splice(0).map((e) => e.ls.close()));
});

// A small library: loans reference books by isbn and branches by their code.
const books = Array.from({ length: 40 }, (_, i) => ({ isbn: `978-0-${1000 + i}`, title: `Book ${i}`, pages: 100 + i }));
const branches = ['CEN', 'NOR', 'SOU', 'EAS'].map((code, i) => ({ code, name: `Branch ${i}`, opened: 1990 + i }));
const loans = (n: number, offset = 0) =>
  Array.from({ length: n }, (_, i) => ({
    loan_id: offset + i + 1,
    isbn: books[(offset + i * 7) % books.length]!.isbn,
    branch_code: branches[(offset + i) % branches.length]!.code,
    days: 3 + (i % 20),
  }));

const named = (list: RelationshipEntry[]) => list.map((r) => `${r.from.dataset}.${r.from.field} -> ${r.to.dataset}.${r.to.field}`).sort();

describe('relationship discovery', () => {
  it('finds the join keys of a fact table to its lookups, with coverage, cardinality and evidence', async () => {
    const e = engine();
    await e.ingest(recordBatch('books', books), recordBatch('branches', branches));
    await e.ingest(recordBatch('loans', loans(300)));
    const relationships = await getDiscovery(e.ls).relationships();
    expect(named(relationships)).toEqual(['loans.branch_code -> branches.code', 'loans.isbn -> books.isbn']);
    const isbn = relationships.find((r) => r.from.field === 'isbn')!;
    expect(isbn).toMatchObject({ cardinality: 'many-to-one', coverage: 1, toUnique: true, status: 'suggested' });
    expect(isbn.evidence).toEqual(expect.arrayContaining(['inclusion 1.00', 'name: isbn ~ books.isbn', 'type agrees', 'key: books.isbn is unique']));
    // Versioned with the batch that revealed them: the schema as of that version carries them.
    const current = await e.ls.schema.current();
    expect(current.diff.filter((d) => d.subject === 'relationship').map((d) => d.name).sort()).toEqual(named(relationships));
  });

  it('finds them too when the lookup table arrives after the fact table (the reverse direction)', async () => {
    const e = engine();
    await e.ingest(recordBatch('loans', loans(300)));
    expect(await getDiscovery(e.ls).relationships()).toEqual([]);
    await e.ingest(recordBatch('books', books));
    expect(named(await getDiscovery(e.ls).relationships())).toEqual(['loans.isbn -> books.isbn']);
  });

  it('reads a role before the key: two columns of one table can reference the same lookup', async () => {
    const e = engine();
    const stations = Array.from({ length: 12 }, (_, i) => ({ station_id: 100 + i, station_name: `S${i}`, capacity: 10 + i }));
    const trips = Array.from({ length: 200 }, (_, i) => ({ trip_id: i, start_station_id: 100 + (i % 12), end_station_id: 100 + ((i * 5) % 12), minutes: i % 40 }));
    await e.ingest(recordBatch('stations', stations), recordBatch('trips', trips));
    const relationships = await getDiscovery(e.ls).relationships();
    expect(named(relationships)).toEqual(['trips.end_station_id -> stations.station_id', 'trips.start_station_id -> stations.station_id']);
    expect(relationships[0]!.evidence).toEqual(expect.arrayContaining([expect.stringMatching(/^role: (start|end)$/)]));
  });

  it('does not join two unrelated id columns whose small integers overlap', async () => {
    const e = engine();
    const products = Array.from({ length: 50 }, (_, i) => ({ id: i + 1, label: `P${i}`, price: 5 + i }));
    const orders = Array.from({ length: 400 }, (_, i) => ({ id: i + 1, quantity: 1 + (i % 9), customer: (i % 50) + 1 }));
    await e.ingest(recordBatch('products', products), recordBatch('orders', orders));
    await getDiscovery(e.ls).reconcile();
    expect(await getDiscovery(e.ls).relationships()).toEqual([]);
  });

  it('does not suggest a same-named column that is no key on the other side (status ~ status)', async () => {
    const e = engine();
    const tickets = Array.from({ length: 100 }, (_, i) => ({ ticket: i, status: ['open', 'closed'][i % 2] }));
    const tasks = Array.from({ length: 60 }, (_, i) => ({ task: i, status: ['open', 'closed', 'blocked'][i % 3] }));
    await e.ingest(recordBatch('tickets', tickets), recordBatch('tasks', tasks));
    expect(await getDiscovery(e.ls).relationships()).toEqual([]);
  });

  it('does not suggest a pair whose names agree but whose values mostly miss (coverage below 0.9)', async () => {
    const e = engine();
    await e.ingest(recordBatch('books', books.slice(0, 10)));
    await e.ingest(recordBatch('loans', loans(300)));
    expect(await getDiscovery(e.ls).relationships()).toEqual([]);
  });

  // A lookup of 30 keys and a fact of 300 rows pointing at them through a weaker name: suggested
  // with every value found, not with 3 of 33 missing (coverage 0.91, enough for an exact name).
  const lookupOf = (key: string, value: (i: number) => string) => Array.from({ length: 30 }, (_, i) => ({ [key]: value(i), label: `Thing ${i}` }));
  it.each([
    { case: 'the entity with another key word', lookup: 'films', key: 'film_id', keyValue: (i: number) => `F-${100 + i}`, fact: 'screenings', column: 'film_code', evidence: '(key words differ)' },
    { case: 'a column named for the rows, the key named its own way', lookup: 'vehicles', key: 'fleet_no', keyValue: (i: number) => `FL-${200 + i}`, fact: 'trips', column: 'vehicle_ref', evidence: '(key named its own way)' },
    { case: 'a shortened word', lookup: 'departments', key: 'code', keyValue: (i: number) => `D-${10 + i}`, fact: 'staff', column: 'dept_code', evidence: '(abbreviated)' },
  ])('joins $fact.$column ~ $lookup.$key ($case) only when nearly every value is found', async ({ lookup, key, keyValue, fact, column, evidence }) => {
    const things = lookupOf(key, keyValue);
    const rows = (orphans: number) => Array.from({ length: 300 }, (_, i) => ({ row: i, [column]: i < orphans ? `X-${i}` : keyValue(i % things.length), amount: 10 + (i % 9) }));
    const e = engine();
    await e.ingest(recordBatch(lookup, things), recordBatch(fact, rows(0)));
    const found = await getDiscovery(e.ls).relationships();
    expect(named(found)).toEqual([`${fact}.${column} -> ${lookup}.${key}`]);
    expect(found[0]!.evidence).toEqual(expect.arrayContaining([`name: ${column} ~ ${lookup}.${key} ${evidence}`, 'inclusion 1.00']));
    const f = engine();
    await f.ingest(recordBatch(lookup, things), recordBatch(fact, rows(3)));
    expect(await getDiscovery(f.ls).relationships()).toEqual([]);
  });

  it('a rejected relationship is never suggested again, by a batch or a full reconciliation', async () => {
    const e = engine();
    await e.ingest(recordBatch('books', books), recordBatch('loans', loans(100)));
    const [suggested] = await getDiscovery(e.ls).relationships();
    const review = await getDiscovery(e.ls).reviewRelationship(suggested!.id, 'reject', { by: 'ana' });
    expect(review.relationship.status).toBe('rejected');
    expect(review.version).not.toBeNull();
    await e.ingest(recordBatch('loans', loans(50, 100)));
    await getDiscovery(e.ls).reconcile();
    const after = await getDiscovery(e.ls).relationships();
    expect(after.map((r) => [r.id, r.status])).toEqual([[suggested!.id, 'rejected']]);
    expect(await e.scalar(`SELECT count(*) FROM relationships`)).toBe(1);
  });

  it('a confirmed relationship stays confirmed; the version before the review still says suggested', async () => {
    const e = engine();
    await e.ingest(recordBatch('books', books), recordBatch('loans', loans(100)));
    const [suggested] = await getDiscovery(e.ls).relationships();
    const before = (await e.ls.schema.current()).version;
    const { version } = await getDiscovery(e.ls).reviewRelationship(suggested!.id, 'confirm');
    expect((await e.ls.schema.at(before))?.catalog.relationships[0]?.status).toBe('suggested');
    expect((await e.ls.schema.at(version!))?.catalog.relationships[0]?.status).toBe('confirmed');
    expect((await getDiscovery(e.ls).reviewRelationship(suggested!.id, 'confirm')).version).toBeNull();
    await e.ingest(recordBatch('loans', loans(50, 100)));
    expect((await getDiscovery(e.ls).relationships())[0]?.status).toBe('confirmed');
  });

  it('a batch of orphans lowers the coverage it measured; a full run measures the whole table', async () => {
    const e = engine();
    await e.ingest(recordBatch('books', books), recordBatch('loans', loans(100)));
    const orphans = Array.from({ length: 30 }, (_, i) => ({ loan_id: 1000 + i, isbn: `979-9-${i}`, branch_code: 'CEN', days: 2 }));
    await e.ingest(recordBatch('loans', orphans));
    const afterBatch = (await getDiscovery(e.ls).relationships()).find((r) => r.from.field === 'isbn')!;
    expect(afterBatch.coverage).toBe(0);
    await getDiscovery(e.ls).reconcile();
    const exact = (await getDiscovery(e.ls).relationships()).find((r) => r.from.field === 'isbn')!;
    expect(exact.coverage).toBeCloseTo(40 / 70, 6);
    expect(exact.evidence).toContain('values: 40 of 70 found in books.isbn');
  });

  it('without name agreement, a full run suggests a pair only on strong value evidence (many distinct text values, all found)', async () => {
    const e = engine();
    const catalogue = Array.from({ length: 300 }, (_, i) => ({ isbn: `978-1-${String(5000 + i)}-X`, title: `Book ${i}` }));
    const orders = Array.from({ length: 600 }, (_, i) => ({ order_no: i, book_ref: catalogue[(i * 7) % 250]!.isbn, copies: 1 + (i % 3) }));
    await e.ingest(recordBatch('catalogue', catalogue), recordBatch('orders', orders));
    expect(await getDiscovery(e.ls).relationships()).toEqual([]);
    await getDiscovery(e.ls).reconcile();
    const [found, ...others] = await getDiscovery(e.ls).relationships();
    expect(others).toEqual([]);
    expect(named([found!])).toEqual(['orders.book_ref -> catalogue.isbn']);
    expect(found!.evidence).toEqual(expect.arrayContaining(['inclusion 1.00', 'name: none (values only: 250 distinct text values)']));
  });

  it('without name agreement, suggests a small set of codes of letters and digits, all found', async () => {
    // A callout log names its locksmith "tech_no"; the staff list calls the same code locksmith_id.
    const e = engine();
    const locksmiths = Array.from({ length: 28 }, (_, i) => ({ locksmith_id: `LS${101 + i}`, full_name: `Locksmith ${i}` }));
    const callouts = Array.from({ length: 500 }, (_, i) => ({ callout_no: i, tech_no: `LS${101 + (i % 27)}`, area: ['North', 'South', 'East'][i % 3] }));
    const areas = ['North', 'South', 'East', 'West'].map((area, i) => ({ area_name: area, manager: `M${i}` }));
    await e.ingest(recordBatch('locksmiths', locksmiths), recordBatch('callouts', callouts), recordBatch('areas', areas));
    await getDiscovery(e.ls).reconcile();
    const list = await getDiscovery(e.ls).relationships();
    // The areas are words, three of four: no evidence without names, however well they match.
    expect(named(list)).toEqual(['callouts.tech_no -> locksmiths.locksmith_id']);
    expect(list[0]!.evidence).toEqual(expect.arrayContaining(['inclusion 1.00', 'name: none (values only: 27 distinct text values)']));
  });

  it('never suggests codes found in another table when fewer than ten, or not all, are there', async () => {
    const e = engine();
    const vans = Array.from({ length: 30 }, (_, i) => ({ van_id: `VN${200 + i}`, seats: 3 }));
    const few = Array.from({ length: 200 }, (_, i) => ({ ticket: i, kit: `VN${200 + (i % 6)}` }));
    const strays = Array.from({ length: 200 }, (_, i) => ({ loan_no: i, unit: `VN${200 + (i % 40)}` }));
    await e.ingest(recordBatch('vans', vans), recordBatch('jobs', few), recordBatch('loans', strays));
    await getDiscovery(e.ls).reconcile();
    expect(await getDiscovery(e.ls).relationships()).toEqual([]);
  });

  it('never suggests a value-only pair of numbers written as text, or of few values', async () => {
    const e = engine();
    const zips = Array.from({ length: 400 }, (_, i) => ({ zip: String(10000 + i), town: `Town ${i}` }));
    const parcels = Array.from({ length: 800 }, (_, i) => ({ parcel: i, postcode: String(10000 + (i % 400)), colour: ['red', 'blue'][i % 2] }));
    const colours = [{ shade: 'red' }, { shade: 'blue' }, { shade: 'green' }];
    await e.ingest(recordBatch('zips', zips), recordBatch('parcels', parcels), recordBatch('colours', colours));
    await getDiscovery(e.ls).reconcile();
    expect(await getDiscovery(e.ls).relationships()).toEqual([]);
  });

  it('names the problem when a review names no relationship or no valid decision', async () => {
    const e = engine();
    await e.ingest(recordBatch('books', books), recordBatch('loans', loans(20)));
    await expect(getDiscovery(e.ls).reviewRelationship(999, 'confirm')).rejects.toMatchObject({ code: 'LS_NOT_FOUND', message: expect.stringContaining('Relationship 999') });
    const error = await getDiscovery(e.ls).reviewRelationship(1, 'maybe' as 'confirm').catch((x: unknown) => x);
    expect(LivingSchemaError.isInstance(error) && error.code).toBe('LS_RELATIONSHIP_REVIEW_INVALID');
  });
});
