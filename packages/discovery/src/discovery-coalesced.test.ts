import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLivingSchema, type Batch, type Catalog, type LivingSchema, type LoadedBatchInfo, type SourceV1 } from '@living-schema/core';
import { duckdb } from '@living-schema/sink-duckdb';
import { discovery, getDiscovery } from './discovery-plugin.js';
import { annotationBatch, recordBatch } from './discovery-test-helpers.js';

// Uploads that queue behind one another are discovered in one pass (the engine's WriteQueue and
// the plugin's afterBatchesLoaded hook). The catalog they leave must be the one the same uploads
// leave one at a time, and each upload must still resolve only once its batch is catalogued.

/** A source that reads the batch an input names, holding `held` until the gate opens. */
function keyedSource(batches: Map<string, Batch>, gate: { held?: string; open?: Promise<void> }): SourceV1 {
  return {
    specificationVersion: 'v1',
    name: 'inline',
    kinds: ['records', 'annotations'],
    canRead: () => true,
    async *read(input) {
      const uri = typeof input === 'string' ? input : input.uri;
      if (uri === gate.held) await gate.open;
      yield { ...batches.get(uri)!, sourceUri: uri };
    },
  } as SourceV1;
}

const books = Array.from({ length: 40 }, (_, i) => ({ isbn: `978-0-${1000 + i}`, title: `Book ${i}`, pages: 100 + i }));
const loans = (n: number, offset: number, extra: Record<string, unknown> = {}) =>
  Array.from({ length: n }, (_, i) => ({ loan_id: offset + i + 1, isbn: books[(offset + i * 7) % books.length]!.isbn, days: 3 + (i % 20), ...extra }));

/** The uploads, in the order they are sent: loans in three parts (the last adds a column), members, two annotation rounds. */
const UPLOADS: Array<[string, Batch]> = [
  ['inline://loans-1', recordBatch('loans', loans(120, 0))],
  ['inline://loans-2', recordBatch('loans', loans(80, 120))],
  ['inline://loans-3', recordBatch('loans', loans(50, 200, { returned_late: true }))],
  ['inline://members', recordBatch('members', [{ member_id: 1, home_branch: 'CEN' }, { member_id: 2, home_branch: 'NOR' }])],
  ['inline://notes-1', annotationBatch([['AUTHOR', 'Le Guin'], ['TITLE', 'The Dispossessed']], 'n1')],
  ['inline://notes-2', annotationBatch([['AUTHORS', 'Butler'], ['TITLE', 'Kindred']], 'n2')],
];

const engines: LivingSchema[] = [];
afterEach(async () => {
  await Promise.all(engines.splice(0).map((e) => e.close()));
});

function engine(gate: { held?: string; open?: Promise<void> } = {}): { ls: LivingSchema; groups: string[][] } {
  const dir = mkdtempSync(join(tmpdir(), 'ls-coalesced-'));
  const batches = new Map<string, Batch>([['inline://books', recordBatch('books', books)], ...UPLOADS]);
  const ls = createLivingSchema({ sink: duckdb({ path: join(dir, 'db.duckdb') }), stagingDirectory: join(dir, 'staging'), sources: [keyedSource(batches, gate)], notifiers: [], plugins: [discovery()] });
  engines.push(ls);
  const groups: string[][] = [];
  ls.on('error', (payload) => groups.push([`error: ${JSON.stringify(payload)}`]));
  return { ls, groups };
}

/** Records the groups of batches the plugin discovers together. */
function watchGroups(ls: LivingSchema, groups: string[][]): void {
  const service = getDiscovery(ls);
  const run = service.onBatchesLoaded.bind(service);
  service.onBatchesLoaded = (batches: ReadonlyArray<LoadedBatchInfo>) => {
    groups.push(batches.map((b) => b.sourceUri));
    return run(batches);
  };
}

/** What the catalog says, without ids and times (which differ between two stores), in name order (ids follow creation). */
function comparable(catalog: Catalog) {
  const byName = <T extends { name: string; dataset?: string }>(list: T[]) => [...list].sort((a, b) => `${a.dataset ?? ''}.${a.name}`.localeCompare(`${b.dataset ?? ''}.${b.name}`));
  return {
    entityTypes: byName(catalog.entityTypes).map((e) => ({ name: e.name, status: e.status, count: e.occurrenceCount, examples: e.examples })),
    fields: byName(catalog.fields).map((f) => ({ dataset: f.dataset, name: f.name, type: f.dataType, status: f.status, count: f.occurrenceCount, examples: f.examples })),
    relationships: catalog.relationships.map((r) => ({ from: r.from, to: r.to, cardinality: r.cardinality, coverage: r.coverage, status: r.status })),
  };
}

describe('uploads queued behind one another', () => {
  it('are discovered in one pass and leave the catalog that one upload at a time leaves', async () => {
    const alone = engine();
    watchGroups(alone.ls, alone.groups);
    await alone.ls.ingest('inline://books');
    for (const [uri] of UPLOADS) await alone.ls.ingest(uri);

    let open!: () => void;
    const gate = { held: 'inline://loans-1', open: new Promise<void>((resolve) => (open = resolve)) };
    const queued = engine(gate);
    watchGroups(queued.ls, queued.groups);
    await queued.ls.ingest('inline://books');
    // The first upload is held while it is read, so the others queue behind it.
    const sent = UPLOADS.map(([uri]) => queued.ls.ingest(uri));
    open();
    const results = await Promise.all(sent);

    expect(results.map((r) => r.batches.map((b) => b.status))).toEqual(UPLOADS.map(() => ['loaded']));
    expect(alone.groups).toEqual([['inline://books'], ...UPLOADS.map(([uri]) => [uri])]);
    expect(queued.groups).toEqual([['inline://books'], UPLOADS.map(([uri]) => uri)]);

    const [one, together] = await Promise.all([alone.ls.schema.current(), queued.ls.schema.current()]);
    expect(comparable(together.catalog)).toEqual(comparable(one.catalog));
    expect(comparable(together.catalog).relationships).toEqual([
      { from: { dataset: 'loans', field: 'isbn' }, to: { dataset: 'books', field: 'isbn' }, cardinality: 'many-to-one', coverage: 1, status: 'suggested' },
    ]);
    // The near-duplicate label is flagged either way.
    const conflicts = async (ls: LivingSchema) => (await getDiscovery(ls).conflicts()).map((c) => `${c.candidateName} ~ ${c.existingName}`);
    expect(await conflicts(queued.ls)).toEqual(await conflicts(alone.ls));
    expect(await conflicts(queued.ls)).toEqual(['AUTHORS ~ AUTHOR']);
    // One version for the group, naming every batch it covers.
    expect(together.version).toBe(3);
    expect(together.cause.note).toBe(`discovery after 6 batches: ${results.map((r) => r.batches[0]!.batchId).join(', ')}`);
    const covered = await queued.ls.query(`SELECT count(*) AS n FROM discovery_batches`);
    expect(Number(covered.rows[0]![0])).toBe(UPLOADS.length + 1);
  });

  it('resolve each ingest only once its own batch is in the catalog', async () => {
    let open!: () => void;
    const gate = { held: 'inline://loans-1', open: new Promise<void>((resolve) => (open = resolve)) };
    const { ls } = engine(gate);
    const first = ls.ingest('inline://loans-1');
    const later = ls.ingest('inline://members').then(async () => (await ls.schema.current()).catalog.fields.filter((f) => f.dataset === 'members').map((f) => f.name));
    const earlier = first.then(async () => (await ls.schema.current()).catalog.fields.filter((f) => f.dataset === 'loans').map((f) => f.name));
    open();
    expect((await earlier).sort()).toEqual(['days', 'isbn', 'loan_id']);
    expect((await later).sort()).toEqual(['home_branch', 'member_id']);
  });

  it("answer an ingest with settle 'background' once its rows are committed; the catalog follows", async () => {
    const { ls } = engine();
    await ls.ingest('inline://books');
    const service = getDiscovery(ls);
    const run = service.onBatchesLoaded.bind(service);
    let open!: () => void;
    const held = new Promise<void>((resolve) => (open = resolve));
    service.onBatchesLoaded = async (batches) => (await held, run(batches));
    const loansFields = async () => (await ls.schema.current()).catalog.fields.filter((f) => f.dataset === 'loans').map((f) => f.name).sort();

    const result = await ls.ingest('inline://loans-1', { settle: 'background' });
    // Discovery is held, so the ingest resolved without it; its rows are committed all the same.
    expect(result.batches.map((b) => [b.status, b.rowsLoaded])).toEqual([['loaded', 120]]);
    expect(Number((await ls.query('SELECT count(*) AS n FROM loans')).rows[0]![0])).toBe(120);
    expect(await loansFields()).toEqual([]);

    open();
    await ls.settled();
    expect(await loansFields()).toEqual(['days', 'isbn', 'loan_id']);
    expect((await ls.schema.current()).catalog.relationships.map((r) => `${r.from.dataset}.${r.from.field} -> ${r.to.dataset}.${r.to.field}`)).toEqual(['loans.isbn -> books.isbn']);
  });
});
