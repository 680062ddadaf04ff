import { afterEach, describe, expect, it } from 'vitest';
import type { LlmProviderV1 } from '@living-schema/core';
import { getDiscovery } from './discovery-plugin.js';
import { parseDescriptionTarget } from './description-edit.js';
import { recordBatch, testEngine, type TestEngine } from './discovery-test-helpers.js';

const engines: TestEngine[] = [];
afterEach(async () => {
  await Promise.all(engines.splice(0).map((e) => e.ls.close()));
});

// An LLM that answers every description request with one sentence naming the column.
const writer: LlmProviderV1 = {
  specificationVersion: 'v1',
  name: 'fake',
  model: 'fake-1',
  async complete(request) {
    const column = /named "([^"]+)"/.exec(request.messages.map((m) => m.content).join('\n'))?.[1] ?? '?';
    return { text: `What the export calls ${column}.`, usage: { inputTokens: 5, outputTokens: 5 }, model: 'fake-1' };
  },
};

describe('LLM descriptions are suggestions until accepted', () => {
  it('keeps the template in force, lists the suggestion, and accepting it writes a version', async () => {
    const e = testEngine({ config: { llm: writer } });
    engines.push(e);
    await e.ingest(recordBatch('loans', [{ status: 'L' }, { status: 'R' }]));
    expect(await e.scalar(`SELECT description FROM field_definitions WHERE name = 'status'`)).toMatch(/^Status \(loans\): text/);
    const [suggestion, ...others] = await getDiscovery(e.ls).descriptionSuggestions();
    expect(others).toEqual([]);
    expect(suggestion).toMatchObject({ subject: 'field', target: 'loans.status', suggested: 'What the export calls status.', model: 'fake-1' });
    const before = (await e.ls.schema.current()).version;
    const accepted = await getDiscovery(e.ls).acceptDescription(parseDescriptionTarget('loans.status'));
    expect(accepted.version).toBe(before + 1);
    expect((await e.ls.schema.current()).catalog.fields.find((f) => f.name === 'status')?.description).toBe('What the export calls status.');
    expect(await getDiscovery(e.ls).descriptionSuggestions()).toEqual([]);
    await expect(getDiscovery(e.ls).acceptDescription(parseDescriptionTarget('loans.status'))).rejects.toMatchObject({ code: 'LS_NOT_FOUND' });
  });

  it("a person's description ends the suggestion", async () => {
    const e = testEngine({ config: { llm: writer } });
    engines.push(e);
    await e.ingest(recordBatch('loans', [{ status: 'L' }]));
    await getDiscovery(e.ls).editDescription(parseDescriptionTarget('loans.status'), 'L = late');
    expect(await getDiscovery(e.ls).descriptionSuggestions()).toEqual([]);
  });
});
