import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LivingSchemaError } from '@living-schema/core';
import { loadConfiguredPlugins } from './plugin-loader.js';

// Plugin modules are real files loaded by Node, in a folder under the workspace's node_modules so
// that they can import the built @living-schema/core and zod as an installed plugin would.
const root = new URL('../../../', import.meta.url).pathname;
mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
const folder = mkdtempSync(join(root, 'node_modules', '.cache', 'ls-plugin-loader-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

writeFileSync(
  join(folder, 'notifiers.mjs'),
  `import { z } from 'zod';
import { parsePluginOptions } from '@living-schema/core';
const schema = z.object({ channel: z.string() }).strict();
export function memo(options) {
  const { channel } = parsePluginOptions('memo', schema, options);
  return { specificationVersion: 'v1', name: 'memo-' + channel, notify: async () => {} };
}
export default (options) => memo(options);
export function notANotifier() { return { name: 'x' }; }
export const version = '1';
`,
);
writeFileSync(join(folder, 'audit.ts'), `export default function audit(options: { label: string }) { return { name: 'audit-' + options.label }; }\n`);

const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as LivingSchemaError);

describe('loadConfiguredPlugins', () => {
  it('loads named exports and default exports from paths relative to the config, .ts included, with their options', async () => {
    const loaded = await loadConfiguredPlugins(
      { notifiers: [{ use: './notifiers.mjs', export: 'memo', options: { channel: 'ops' } }, { use: './notifiers.mjs', options: { channel: 'dev' } }], plugins: [{ use: './audit.ts', options: { label: 'a' } }] },
      folder,
    );
    expect(loaded.notifiers.map((n) => n.name)).toEqual(['memo-ops', 'memo-dev']);
    expect(loaded.plugins.map((p) => p.name)).toEqual(['audit-a']);
    expect(loaded.sources).toEqual([]);
    expect(loaded.conflicts).toBeUndefined();
  });

  it('passes a plugin object through (a code config may hold plugins themselves)', async () => {
    const notifier = { specificationVersion: 'v1', name: 'inline', notify: async () => {} };
    expect((await loadConfiguredPlugins({ notifiers: [notifier] }, folder)).notifiers).toEqual([notifier]);
  });

  it("gives a notifier the config entry's events, and refuses events on other kinds", async () => {
    const loaded = await loadConfiguredPlugins({ notifiers: [{ use: './notifiers.mjs', export: 'memo', options: { channel: 'ops' }, events: ['batch.loaded', 'audit.recorded'] }] }, folder);
    expect(loaded.notifiers.map(({ name, events }) => ({ name, events }))).toEqual([{ name: 'memo-ops', events: ['batch.loaded', 'audit.recorded'] }]);
    const error = await failure(loadConfiguredPlugins({ plugins: [{ use: './audit.ts', options: { label: 'a' }, events: ['*'] }] }, folder));
    expect(error?.code).toBe('LS_PLUGIN_NOT_LOADED');
    expect(error?.message).toBe('plugins[0]: `events` applies only to notifiers.');
  });

  it('names the entry and the plugin when its own schema refuses an option', async () => {
    const error = await failure(loadConfiguredPlugins({ notifiers: [{ use: './notifiers.mjs', export: 'memo', options: { channel: 7 } }] }, folder));
    expect(error?.code).toBe('LS_PLUGIN_OPTIONS_INVALID');
    expect(error?.message).toMatch(/^notifiers\[0\] \(\.\/notifiers\.mjs\): .*memo.*channel/);
  });

  it('refuses a package that is not installed, naming the entry', async () => {
    const error = await failure(loadConfiguredPlugins({ sources: ['ls-no-such-plugin-package'] }, folder));
    expect(error?.code).toBe('LS_PLUGIN_NOT_LOADED');
    expect(error?.message).toMatch(/^sources\[0\]: cannot load "ls-no-such-plugin-package" \(Cannot find module 'ls-no-such-plugin-package'\)\. Install it in the project that holds the config, or fix the path\.$/);
  });

  it('refuses a missing export, listing the functions there are', async () => {
    const error = await failure(loadConfiguredPlugins({ conflicts: { use: './notifiers.mjs', export: 'levenshtein' } }, folder));
    expect(error?.code).toBe('LS_PLUGIN_NOT_LOADED');
    expect(error?.message).toBe('conflicts: "./notifiers.mjs" has no function export "levenshtein" (its functions: default, memo, notANotifier); name the factory with `export`.');
  });

  it('refuses a factory whose result is not a plugin of the kind it is listed under', async () => {
    const error = await failure(loadConfiguredPlugins({ notifiers: [{ use: './notifiers.mjs', export: 'notANotifier' }] }, folder));
    expect(error?.code).toBe('LS_PLUGIN_NOT_LOADED');
    expect(error?.message).toBe('notifiers[0]: "./notifiers.mjs".notANotifier() did not return a notifier (see docs/plugin-authoring.md for the interface).');
  });

  it('refuses an entry that is neither a reference nor a plugin', async () => {
    const error = await failure(loadConfiguredPlugins({ sources: [{ package: 'x' }] }, folder));
    expect(error?.code).toBe('LS_PLUGIN_NOT_LOADED');
    expect(error?.message).toBe('sources[0]: expected a package name or path, `{ use, export?, options?, events? }`, or a source object');
  });
});
