import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_CATALOG } from '@living-schema/core';
import { workspaceRoot } from './consumer-project.js';
import { codeBlockAfter, codeBlocks } from './doc-blocks.js';

// docs/guides/plugins.md shows the plugin package that pack-install.test.ts packs, installs and
// runs: these keep the guide's code and the tested package the same text.
const fixture = (name: string) => readFileSync(join(workspaceRoot, 'test/packaging/fixtures/plugin-psv', name), 'utf8');
const GUIDE = 'docs/guides/plugins.md';
const AUTHORING = 'docs/plugin-authoring.md';

describe('the plugin guide', () => {
  it("shows the tested package's package.json", () => {
    expect(JSON.parse(codeBlockAfter(GUIDE, '## The package', 'json'))).toEqual(JSON.parse(fixture('package.json')));
  });

  it("shows the tested package's code, whole", () => {
    expect(codeBlockAfter(GUIDE, '## The plugins', 'js')).toBe(fixture('index.js'));
  });
});

// docs/plugin-authoring.md shows one plugin of every kind, each a file that `npm test` runs
// through its contract suite and in an engine: every code block there is such a file, whole.
describe('writing a plugin (docs/plugin-authoring.md)', () => {
  const blocks = codeBlocks(AUTHORING, 'ts');

  it('shows every code block as the file its first line names, whole', () => {
    for (const block of blocks) {
      const path = /^\/\/ (examples\/\S+)\n/.exec(block)?.[1];
      expect(path, `a block of ${AUTHORING} names no file:\n${block.slice(0, 200)}`).toBeDefined();
      expect(existsSync(join(workspaceRoot, path!)), path).toBe(true);
      expect(block, path).toBe(readFileSync(join(workspaceRoot, path!), 'utf8'));
    }
  });

  it('has an example of every plugin kind, each shown with its test', () => {
    const files = blocks.map((block) => /^\/\/ (\S+)/.exec(block)![1]!);
    const kinds = ['jsonl-source', 'dataset-folder-staging', 'timed-sink', 'keyword-entities', 'abbreviation-conflicts', 'ollama-chat-provider', 'webhook-notifier'];
    for (const kind of kinds) {
      expect(files.some((file) => file.endsWith(`/${kind}.ts`)), kind).toBe(true);
      expect(files.some((file) => file.endsWith(`/${kind}.test.ts`)), `${kind}.test.ts`).toBe(true);
    }
    expect(files.some((file) => file.endsWith('/audit-trail.ts')), 'a plugin module').toBe(true);
  });

  it("lists the engine's events as core's EVENT_CATALOG has them", () => {
    const text = readFileSync(join(workspaceRoot, AUTHORING), 'utf8');
    const rows = [...text.matchAll(/^\| `([a-z.]+)` \| (yes|no) \| (.+) \|$/gm)].map(([, name, heard, description]) => [name, heard, description]);
    expect(rows).toEqual(Object.entries(EVENT_CATALOG).map(([name, info]) => [name, info.notifiedByDefault ? 'yes' : 'no', info.description]));
  });
});
