import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCodes, LivingSchemaError, type LlmProviderV1 } from '@living-schema/core';
import { getDiscovery } from './discovery-plugin.js';
import { annotationBatch, recordBatch, testEngine, type TestEngine } from './discovery-test-helpers.js';

const open: TestEngine[] = [];
const engine = (...args: Parameters<typeof testEngine>) => {
  const e = testEngine(...args);
  open.push(e);
  return e;
};
afterEach(async () => {
  await Promise.all(open.splice(0).map((e) => e.ls.close()));
});

const ROUND_1: Array<[string, string]> = [
  ['VESSEL_NAME', 'Aurora'], ['IMO', '9100000'], ['FLAG', 'Liberia'], ['PORT', 'Rotterdam'],
  ['VESSEL_NAME', 'Borealis'], ['IMO', '9107919'], ['FLAG', 'Panama'], ['PORT', 'Busan'],
];
const ROUND_2: Array<[string, string]> = [
  ['VesselName', 'Cassiopeia'], ['CALL_SIGN', '3FAB4'], ['DEFICIENCY', 'fire damper corroded'], ['PORT', 'Piraeus'],
  ['VesselName', 'Delphine'], ['CALL_SIGN', 'V7XY2'], ['DEFICIENCY', 'lifeboat davit seized'],
];

describe('discovery on each batch', () => {
  it('catalogues new labels as active, flags a near-duplicate for review, versions the schema, and resolves a merge', async () => {
    const t = engine();
    await t.ingest(annotationBatch(ROUND_1, 'r1'));
    const v1 = await t.ls.schema.current();
    expect(v1.version).toBe(2);
    expect(v1.cause).toMatchObject({ kind: 'batch' });
    expect(v1.catalog.entityTypes.map((e) => [e.name, e.status, e.occurrenceCount])).toEqual([
      ['FLAG', 'active', 2], ['IMO', 'active', 2], ['PORT', 'active', 2], ['VESSEL_NAME', 'active', 2],
    ]);
    const before = new Date();
    await new Promise((r) => setTimeout(r, 20));

    t.events.length = 0;
    await t.ingest(annotationBatch(ROUND_2, 'r2'));
    const v2 = await t.ls.schema.current();
    expect(v2.version).toBe(3);
    const byName = Object.fromEntries(v2.catalog.entityTypes.map((e) => [e.name, e]));
    expect(byName.CALL_SIGN).toMatchObject({ status: 'active', occurrenceCount: 2, examples: ['3FAB4', 'V7XY2'] });
    expect(byName.DEFICIENCY?.status).toBe('active');
    expect(byName.VesselName).toMatchObject({ status: 'pending_review', normalizedName: 'vessel name', originalName: 'VesselName' });
    expect(byName.PORT?.occurrenceCount).toBe(3);
    expect(v2.diff.every((d) => d.impact === 'additive')).toBe(true);
    expect(v2.diff.map((d) => `${d.change} ${d.name}`).sort()).toEqual(['added CALL_SIGN', 'added DEFICIENCY', 'added VesselName']);

    const pending = await getDiscovery(t.ls).conflicts();
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ subject: 'entity_type', candidateName: 'VesselName', existingName: 'VESSEL_NAME', similarity: 1, status: 'pending' });
    expect(pending[0]!.reason).toMatch(/same after normalising/);
    const names = t.events.map((e) => e.event);
    expect(names.filter((n) => n === 'entity.discovered')).toHaveLength(3);
    expect(names).toContain('conflict.detected');
    expect(names.at(-1)).toBe('schema.versioned');
    expect(t.events.find((e) => e.event === 'schema.versioned')?.payload).toMatchObject({ version: 3, previousVersion: 2, impact: 'additive', cause: { kind: 'batch' } });

    const old = await t.ls.schema.at(before);
    expect(old?.version).toBe(2);
    expect(old?.catalog.entityTypes.map((e) => e.name)).toEqual(['FLAG', 'IMO', 'PORT', 'VESSEL_NAME']);
    expect((await t.ls.schema.at(2))?.catalog.entityTypes).toHaveLength(4);

    const resolved = await getDiscovery(t.ls).resolveConflict(pending[0]!.id, { action: 'merge' }, { by: 'sme-1' });
    expect(resolved.version).toBe(4);
    expect(resolved.conflict).toMatchObject({ status: 'resolved', resolution: 'merge', resolvedName: 'VESSEL_NAME', resolvedBy: 'sme-1' });
    const v3 = await t.ls.schema.current();
    expect(v3.cause).toMatchObject({ kind: 'resolution', reference: `conflict:${pending[0]!.id}` });
    expect(v3.diff).toEqual([expect.objectContaining({ change: 'merged', name: 'VesselName', to: 'VESSEL_NAME', impact: 'breaking' })]);
    const counts = await t.ls.query(`SELECT canonical_label, count(*) AS n FROM annotations_resolved GROUP BY 1 ORDER BY 1`);
    expect(counts.rows).toEqual([['CALL_SIGN', 2], ['DEFICIENCY', 2], ['FLAG', 2], ['IMO', 2], ['PORT', 3], ['VESSEL_NAME', 4]]);
    expect((await t.ls.query(`SELECT label, canonical_name FROM entity_aliases WHERE label <> canonical_name`)).rows).toEqual([['VesselName', 'VESSEL_NAME']]);
    expect(t.events.find((e) => e.event === 'conflict.resolved')?.payload).toMatchObject({ resolution: 'merge', candidate: 'VesselName', existing: 'VESSEL_NAME' });

    await expect(getDiscovery(t.ls).resolveConflict(pending[0]!.id, { action: 'keep_separate' })).rejects.toMatchObject({ code: ErrorCodes.CONFLICT_ALREADY_RESOLVED });
    await expect(getDiscovery(t.ls).resolveConflict(999, { action: 'merge' })).rejects.toMatchObject({ code: ErrorCodes.NOT_FOUND });

    // A later batch with the alias counts into the alias row and creates no new conflict.
    await t.ingest(annotationBatch([['VesselName', 'Esperanza']], 'r3'));
    expect(await getDiscovery(t.ls).conflicts()).toHaveLength(0);
    expect(await t.scalar(`SELECT count(*) FROM annotations_resolved WHERE canonical_label = 'VESSEL_NAME'`)).toBe(5);
  });

  it('keep separate approves the name and never flags the pair again; rename gives the label a new catalog name', async () => {
    const t = engine();
    await t.ingest(annotationBatch([['VESSEL_NAME', 'Aurora'], ['PORT', 'Busan']], 'a'));
    await t.ingest(annotationBatch([['VESSEL_NAMES', 'Borealis'], ['PORTS', 'Rotterdam']], 'b'));
    const [first, second] = await getDiscovery(t.ls).conflicts();
    expect([first?.candidateName, second?.candidateName]).toEqual(['PORTS', 'VESSEL_NAMES']);
    await getDiscovery(t.ls).resolveConflict(first!.id, { action: 'keep_separate' });
    await getDiscovery(t.ls).resolveConflict(second!.id, { action: 'rename', newName: 'VESSEL_NAME_PLURAL' });
    const catalog = (await t.ls.schema.current()).catalog.entityTypes;
    expect(catalog.find((e) => e.originalName === 'PORTS')?.status).toBe('active');
    expect(catalog.find((e) => e.originalName === 'VESSEL_NAMES')).toMatchObject({ name: 'VESSEL_NAME_PLURAL', status: 'active' });
    expect(await t.scalar(`SELECT canonical_label FROM annotations_resolved WHERE label = 'VESSEL_NAMES'`)).toBe('VESSEL_NAME_PLURAL');
    await expect(getDiscovery(t.ls).resolveConflict(first!.id, { action: 'merge' })).rejects.toBeInstanceOf(LivingSchemaError);

    const result = await getDiscovery(t.ls).reconcile();
    expect(result.conflicts).toEqual([]);
    await t.ingest(annotationBatch([['PORTS', 'Walvis Bay']], 'c'));
    expect(await getDiscovery(t.ls).conflicts('pending')).toEqual([]);
    const versions = await t.ls.schema.versions();
    expect(versions.filter((v) => v.cause.kind === 'resolution')).toHaveLength(2);
  });

  it('a batch that supersedes spans takes them off their labels\' counts; a label it only took away stays catalogued at its new count', async () => {
    const t = engine();
    // One document, corrected: PORT withdrawn, CALL_SIGN replaced by two VESSEL_NAME spans.
    const corrected = (spans: Array<[string, string]>, tag: string) => ({ ...annotationBatch(spans, 'r'), sourceUri: `inline://annotations/${tag}`, contentHash: tag, replacesDocuments: ['rdoc-0'] });
    await t.ingest(corrected([['VESSEL_NAME', 'Aurora'], ['PORT', 'Busan'], ['CALL_SIGN', '3FAB4']], 'v1'));
    const counts = async () => Object.fromEntries(((await t.ls.sink.reader.all<{ name: string; occurrence_count: number }>(`SELECT name, occurrence_count FROM entity_types ORDER BY name`)) ?? []).map((r) => [r.name, Number(r.occurrence_count)]));
    expect(await counts()).toEqual({ CALL_SIGN: 1, PORT: 1, VESSEL_NAME: 1 });
    const [outcome] = (await t.ingest(corrected([['VESSEL_NAME', 'Aurora'], ['VESSEL_NAME', 'Borealis']], 'v2'))).batches;
    expect(outcome).toMatchObject({ status: 'loaded', rowsLoaded: 1, rowsSuperseded: 2 });
    expect(await counts()).toEqual({ CALL_SIGN: 0, PORT: 0, VESSEL_NAME: 2 });
    // The full reconciliation agrees with the incremental counts.
    await getDiscovery(t.ls).reconcile();
    expect(await counts()).toEqual({ CALL_SIGN: 0, PORT: 0, VESSEL_NAME: 2 });
  });

  it("a field keeps up to maxExamples examples, topped up from later batches; a reconciliation takes the smallest", async () => {
    const t = engine({ discovery: { maxExamples: 4 } });
    const ports = (names: string[]) => recordBatch('calls', names.map((port) => ({ port })));
    await t.ingest(ports(['Rotterdam', 'Busan', 'Antwerp', 'Busan']));
    // The live catalog (a snapshot is versioned by structure: new examples alone make no version).
    const examples = () => t.scalar(`SELECT examples FROM field_definitions WHERE name = 'port'`);
    expect(await examples()).toEqual(['Antwerp', 'Busan', 'Rotterdam']);
    await t.ingest(ports(['Walvis Bay', 'Piraeus', 'Aarhus']));
    expect(await examples()).toEqual(['Antwerp', 'Busan', 'Rotterdam', 'Aarhus']);
    await getDiscovery(t.ls).reconcile();
    expect(await examples()).toEqual(['Aarhus', 'Antwerp', 'Busan', 'Piraeus']);
  });

  it('catalogues record columns with their original headers, widens types additively, and reconciles drift', async () => {
    const t = engine();
    await t.ingest(recordBatch('vessels', [{ vessel_name: 'Aurora', gross_tonnage: 1200 }], [{ name: 'vessel_name', originalName: 'Vessel Name' }, { name: 'gross_tonnage', originalName: 'Gross Tonnage' }]));
    let fields = (await t.ls.schema.current()).catalog.fields;
    expect(fields.map((f) => [f.dataset, f.name, f.originalName, f.dataType, f.status])).toEqual([
      ['vessels', 'gross_tonnage', 'Gross Tonnage', 'BIGINT', 'active'],
      ['vessels', 'vessel_name', 'Vessel Name', 'VARCHAR', 'active'],
    ]);
    await t.ingest(recordBatch('vessels', [{ vessel_name: 'Borealis', gross_tonnage: 'about 900', vessel_names: 'x' }]));
    const snapshot = await t.ls.schema.current();
    fields = snapshot.catalog.fields;
    expect(fields.find((f) => f.name === 'gross_tonnage')).toMatchObject({ dataType: 'VARCHAR', occurrenceCount: 2 });
    expect(fields.find((f) => f.name === 'vessel_names')?.status).toBe('pending_review');
    expect(snapshot.diff.find((d) => d.change === 'type_changed')).toMatchObject({ name: 'vessels.gross_tonnage', from: 'BIGINT', to: 'VARCHAR', impact: 'additive' });
    expect((await getDiscovery(t.ls).conflicts())[0]).toMatchObject({ subject: 'field', dataset: 'vessels', candidateName: 'vessel_names', existingName: 'vessel_name' });
    await expect(getDiscovery(t.ls).resolveConflict((await getDiscovery(t.ls).conflicts())[0]!.id, { action: 'rename', newName: 'x' })).rejects.toMatchObject({ code: ErrorCodes.CONFLICT_RESOLUTION_INVALID });

    await t.ls.sink.writer.run(`UPDATE field_definitions SET occurrence_count = 999 WHERE name = 'vessel_name'`);
    await t.ls.sink.writer.run(`UPDATE entity_types SET occurrence_count = 5`);
    const result = await getDiscovery(t.ls).reconcile();
    expect(result.mode).toBe('full');
    expect(await t.scalar(`SELECT occurrence_count FROM field_definitions WHERE name = 'vessel_name'`)).toBe(2);
    expect(result.version).toBeNull();
  });

  it('writes descriptions with the LLM when told to apply them (prompt and answer kept), and a failing LLM never blocks discovery', async () => {
    const prompts: string[] = [];
    const good: LlmProviderV1 = {
      specificationVersion: 'v1', name: 'fake', model: 'fake-1',
      async complete(request) {
        prompts.push(request.messages.map((m) => m.content).join('\n'));
        return { text: 'The name of a ship as written in the report.', usage: { inputTokens: 10, outputTokens: 9 }, model: 'fake-1' };
      },
    };
    const t = engine({ config: { llm: good }, discovery: { llmDescriptions: 'apply' } });
    await t.ingest(annotationBatch([['VESSEL_NAME', 'Aurora']], 'llm'));
    const [row] = await t.ls.sink.reader.all<Record<string, unknown>>(
      `SELECT e.description, e.description_source, d.prompt, d.response, d.model FROM entity_types e JOIN catalog_descriptions d ON d.catalog_id = e.id AND d.subject = 'entity_type'`,
    );
    expect(row).toMatchObject({ description: 'The name of a ship as written in the report.', description_source: 'llm', model: 'fake-1', response: 'The name of a ship as written in the report.' });
    expect(String(row!.prompt)).toContain('"VESSEL_NAME"');
    expect(String(row!.prompt)).toContain('"Aurora"');
    expect(prompts).toHaveLength(1);
    expect((await t.ls.schema.current()).version).toBe(2);

    const failing: LlmProviderV1 = { specificationVersion: 'v1', name: 'down', model: 'down-1', complete: async () => { throw new Error('503 upstream'); } };
    const f = engine({ config: { llm: failing } });
    await f.ingest(annotationBatch([['FLAG', 'Malta']], 'down'));
    const flag = (await f.ls.schema.current()).catalog.entityTypes[0];
    expect(flag).toMatchObject({ name: 'FLAG', status: 'active' });
    expect(flag?.description).toMatch(/^Annotated spans labelled FLAG/);
    expect(f.events.find((e) => e.event === 'error')).toBeDefined();
    expect(await f.scalar(`SELECT error FROM catalog_descriptions`)).toBe('503 upstream');
  });

  it('keeps the template when the provider writes no prose (the offline one answers only SQL requests)', async () => {
    let calls = 0;
    const sqlOnly: LlmProviderV1 = {
      specificationVersion: 'v1', name: 'offline', model: 'offline-catalog-v1', writesText: false,
      async complete() {
        calls += 1;
        return { text: '{"sql":null,"refusal":"The store holds no record dataset to answer this from."}', usage: { inputTokens: 1, outputTokens: 1 }, model: 'offline-catalog-v1' };
      },
    };
    const t = engine({ config: { llm: sqlOnly } });
    await t.ingest(annotationBatch([['VESSEL_NAME', 'Aurora']], 'offline'));
    const vessel = (await t.ls.schema.current()).catalog.entityTypes[0];
    expect(vessel?.description).toMatch(/^Annotated spans labelled VESSEL_NAME/);
    expect(vessel?.description).not.toContain('refusal');
    expect(calls).toBe(0);
  });

  it('offers an hourly reconciliation schedule that starts and stops, and refuses a bad cron pattern', async () => {
    const t = engine();
    await t.ls.start();
    const service = getDiscovery(t.ls);
    expect(service.nextScheduledRun()).toBeNull();
    const next = service.startSchedule();
    expect(next?.getMinutes()).toBe(0);
    expect(service.nextScheduledRun()).toEqual(next);
    service.stopSchedule();
    expect(service.nextScheduledRun()).toBeNull();
    const { discovery } = await import('./discovery-plugin.js');
    expect(() => discovery({ schedule: 'every hour' })).toThrow(/schedule.*not a cron pattern/);
    expect(() => discovery({ maxExamples: -1 } as never)).toThrow(/LS_PLUGIN_OPTIONS_INVALID|maxExamples/);
  });
});
