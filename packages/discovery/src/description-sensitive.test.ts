import { afterEach, describe, expect, it } from 'vitest';
import type { LlmCompletionRequest, LlmProviderV1 } from '@living-schema/core';
import { recordBatch, testEngine, type TestEngine } from './discovery-test-helpers.js';

const engines: TestEngine[] = [];
afterEach(async () => {
  await Promise.all(engines.splice(0).map((e) => e.ls.close()));
});

/** An LLM that keeps every request it is sent and answers with one sentence. */
function recording(): LlmProviderV1 & { requests: LlmCompletionRequest[] } {
  const requests: LlmCompletionRequest[] = [];
  return {
    specificationVersion: 'v1', name: 'recording', model: 'recording-1', requests,
    async complete(request) {
      requests.push(request);
      return { text: 'A column of the crew list.', usage: { inputTokens: 1, outputTokens: 1 }, model: 'recording-1' };
    },
  };
}

const crew = [{ rank: 'Master', passport_number: 'PX-778201' }, { rank: 'Bosun', passport_number: 'PX-440912' }];

describe("descriptions of a sensitive column (the engine's sensitiveColumns)", () => {
  it('are asked for without its values, while other columns send theirs', async () => {
    const llm = recording();
    const e = testEngine({ config: { llm, sensitiveColumns: ['crew.passport_number'] } });
    engines.push(e);
    await e.ingest(recordBatch('crew', crew));
    const prompts = llm.requests.map((r) => r.messages.map((m) => m.content).join('\n'));
    const passport = prompts.find((p) => p.includes('"passport_number"'))!;
    expect(passport).toBeDefined();
    expect(passport).not.toContain('Example values');
    expect(prompts.join('\n')).not.toMatch(/PX-\d+/);
    expect(prompts.find((p) => p.includes('"rank"'))).toMatch(/Example values: .*"Bosun"|Example values: .*"Master"/);
    // The template written meanwhile quotes no value either.
    expect(await e.scalar(`SELECT description FROM field_definitions WHERE name = 'passport_number'`)).not.toMatch(/PX-/);
  });

  it('send the values when the column is not listed (what the list takes out)', async () => {
    const llm = recording();
    const e = testEngine({ config: { llm } });
    engines.push(e);
    await e.ingest(recordBatch('crew', crew));
    expect(llm.requests.map((r) => r.messages.map((m) => m.content).join('\n')).join('\n')).toMatch(/PX-\d+/);
  });
});
