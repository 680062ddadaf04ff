import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LivingSchemaError } from '@living-schema/core';
import { createConfiguredLlm } from './llm-config.js';
import { loadServerConfig } from './server-config.js';

// Provider modules are real files, under the workspace's node_modules so that they import the
// built @living-schema/core and zod as an installed provider package would.
const root = new URL('../../../', import.meta.url).pathname;
mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
const folder = mkdtempSync(join(root, 'node_modules', '.cache', 'ls-llm-config-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

writeFileSync(
  join(folder, 'echo.mjs'),
  `import { z } from 'zod';
import { parsePluginOptions } from '@living-schema/core';
const schema = z.object({ model: z.string() }).strict();
export function echo(options) {
  const { model } = parsePluginOptions('echo', schema, options);
  return { specificationVersion: 'v1', name: 'echo', model, complete: async ({ messages }) => ({ text: messages.at(-1).content, model, usage: { inputTokens: 1, outputTokens: 1 } }) };
}
export const notAProvider = () => ({ specificationVersion: 'v1', name: 'x' });
`,
);

const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as LivingSchemaError);

describe("the config's llm", () => {
  it('loads a provider package named with `use`, with its options, from a config file', async () => {
    writeFileSync(join(folder, 'living-schema.config.json'), JSON.stringify({ llm: { use: './echo.mjs', export: 'echo', options: { model: 'echo-1' } } }));
    const config = await loadServerConfig(join(folder, 'living-schema.config.json'));
    const llm = await createConfiguredLlm(config.llm, folder);
    expect({ name: llm.name, model: llm.model }).toEqual({ name: 'echo', model: 'echo-1' });
    expect((await llm.complete({ messages: [{ role: 'user', content: 'hi' }] })).text).toBe('hi');
  });

  it('is offline with a vendor key alone in the environment', async () => {
    expect((await createConfiguredLlm(undefined, folder, { ANTHROPIC_API_KEY: 'k', OPENAI_API_KEY: 'k' })).name).toBe('offline');
  });

  it('refuses a factory that returns no provider, naming `llm`', async () => {
    const error = await failure(createConfiguredLlm({ use: './echo.mjs', export: 'notAProvider' }, folder));
    expect(error?.code).toBe('LS_PLUGIN_NOT_LOADED');
    expect(error?.message).toBe('llm: "./echo.mjs".notAProvider() did not return an LLM provider (see docs/plugin-authoring.md for the interface).');
  });

  it('refuses an unknown first-party provider name in the config file', async () => {
    writeFileSync(join(folder, 'bad.json'), JSON.stringify({ llm: { provider: 'gemini' } }));
    const error = await failure(loadServerConfig(join(folder, 'bad.json')));
    expect(error?.code).toBe('LS_CONFIG_INVALID');
    expect(error?.message).toMatch(/^Invalid config in .*bad\.json: option `llm`: expected a first-party provider \{ provider: "anthropic" \| "openai" \| "openai-compatible" \| "offline", model\?, baseURL\?, apiKeyEnv\? \} or a provider package \{ use, export\?, options\? \}\.$/);
  });
});
