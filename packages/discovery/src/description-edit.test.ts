import { afterEach, describe, expect, it } from 'vitest';
import { getDiscovery } from './discovery-plugin.js';
import { parseDescriptionTarget } from './description-edit.js';
import { recordBatch, testEngine, type TestEngine } from './discovery-test-helpers.js';

const engines: TestEngine[] = [];
afterEach(async () => {
  await Promise.all(engines.splice(0).map((e) => e.ls.close()));
});

const loans = Array.from({ length: 20 }, (_, i) => ({ loan_id: i, status: ['L', 'R'][i % 2] }));

describe('editing a description', () => {
  it("replaces the template with a person's text, versions it, and a later full run keeps it", async () => {
    const e = testEngine();
    engines.push(e);
    await e.ingest(recordBatch('loans', loans));
    const before = (await e.ls.schema.current()).version;
    const edit = await getDiscovery(e.ls).editDescription(parseDescriptionTarget('loans.status'), '  L = late,  R = returned ', { by: 'ana' });
    expect(edit).toMatchObject({ subject: 'field', after: 'L = late, R = returned', before: expect.stringMatching(/^Status \(loans\): text/), version: before + 1 });
    const current = await e.ls.schema.current();
    expect(current.diff).toEqual([expect.objectContaining({ subject: 'field', change: 'description_changed', name: 'loans.status', to: 'L = late, R = returned' })]);
    expect(current.cause).toMatchObject({ kind: 'manual', reference: `description:field:${edit.id}` });
    await getDiscovery(e.ls).reconcile();
    expect(await e.scalar(`SELECT description FROM field_definitions WHERE name = 'status'`)).toBe('L = late, R = returned');
    expect(await e.scalar(`SELECT written_by FROM catalog_descriptions WHERE source = 'person'`)).toBe('ana');
  });

  it('names the field it cannot find, and refuses an empty text', async () => {
    const e = testEngine();
    engines.push(e);
    await e.ingest(recordBatch('loans', loans));
    await expect(getDiscovery(e.ls).editDescription(parseDescriptionTarget('loans.nope'), 'x')).rejects.toMatchObject({ code: 'LS_NOT_FOUND', message: expect.stringContaining('Field loans.nope is not in the catalog') });
    await expect(getDiscovery(e.ls).editDescription(parseDescriptionTarget('loans.status'), '   ')).rejects.toMatchObject({ code: 'LS_DESCRIPTION_INVALID' });
  });
});
