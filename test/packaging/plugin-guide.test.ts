import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspaceRoot } from './consumer-project.js';
import { codeBlockAfter } from './doc-blocks.js';

// docs/guides/plugins.md shows the plugin package that pack-install.test.ts packs, installs and
// runs: these keep the guide's code and the tested package the same text.
const fixture = (name: string) => readFileSync(join(workspaceRoot, 'test/packaging/fixtures/plugin-psv', name), 'utf8');
const GUIDE = 'docs/guides/plugins.md';

describe('the plugin guide', () => {
  it("shows the tested package's package.json", () => {
    expect(JSON.parse(codeBlockAfter(GUIDE, '## The package', 'json'))).toEqual(JSON.parse(fixture('package.json')));
  });

  it("shows the tested package's code, whole", () => {
    expect(codeBlockAfter(GUIDE, '## The plugins', 'js')).toBe(fixture('index.js'));
  });
});
