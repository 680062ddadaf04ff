import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLlm, checkNode, checkOptionalPackages, checkStaging } from './doctor-checks.js';

describe('doctor checks', () => {
  it("compares Node with the CLI's engines field", () => {
    expect(checkNode('20.16.0').status).toBe('ok');
    expect(checkNode('22.0.0').status).toBe('ok');
    expect(checkNode('20.15.9')).toMatchObject({ status: 'problem', detail: 'Node 20.15.9 is older than >=20.16: install a newer Node.' });
  });

  it('reports a staging folder that cannot be written', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ls-doctor-staging-')), 'not-a-folder');
    writeFileSync(file, 'x');
    const check = await checkStaging(join(file, 'staging'));
    expect(check.status).toBe('problem');
    expect(check.detail).toMatch(/not-a-folder\/staging is not writable \(.+\): fix its permissions or pass --staging <dir>\.$/);
  });

  it('makes a missing SDK a problem only for the provider that needs it', () => {
    const withoutSdks = (name: string) => name !== '@anthropic-ai/sdk' && name !== 'openai';
    expect(checkOptionalPackages('anthropic', withoutSdks)).toMatchObject({ status: 'problem', detail: 'the anthropic provider needs "@anthropic-ai/sdk": run `npm install @anthropic-ai/sdk`.' });
    expect(checkOptionalPackages('openai-compatible', withoutSdks)).toMatchObject({ status: 'problem', detail: 'the openai-compatible provider needs "openai": run `npm install openai`.' });
    const offline = checkOptionalPackages('offline', withoutSdks);
    expect(offline.status).toBe('note');
    expect(offline.detail).toBe('not installed: @anthropic-ai/sdk (the anthropic LLM provider), openai (the openai and openai-compatible LLM providers)');
  });

  it('names the provider a selection or LIVING_SCHEMA_LLM_PROVIDER chooses, never a key alone', () => {
    expect(checkLlm({}, { OPENAI_API_KEY: 'k' }).data).toMatchObject({ provider: 'offline', unusedKeys: ['OPENAI_API_KEY'] });
    expect(checkLlm({}, { OPENAI_API_KEY: 'k', LIVING_SCHEMA_LLM_PROVIDER: 'openai' })).toMatchObject({ status: 'ok', data: { provider: 'openai', unusedKeys: [] } });
    expect(checkLlm({}, { LIVING_SCHEMA_LLM_PROVIDER: 'gemini' })).toMatchObject({ status: 'problem', detail: expect.stringContaining('LIVING_SCHEMA_LLM_PROVIDER is "gemini"') });
  });
});
