import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without declarations
import { undeclaredWorkspaceImports } from '../scripts/check-workspace-deps.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = undeclaredWorkspaceImports as (root: string) => string[];

describe('workspace manifests', () => {
  const temporary: string[] = [];
  afterEach(() => {
    for (const directory of temporary.splice(0)) rmSync(directory, { recursive: true, force: true });
  });

  it('declare every @living-schema package their sources and tests import, so a clean build orders them', () => {
    expect(check(root)).toEqual([]);
  });

  it('the check names the file and the manifest when an import is undeclared, and accepts devDependencies', () => {
    const fake = mkdtempSync(join(tmpdir(), 'ls-deps-'));
    temporary.push(fake);
    const workspace = join(fake, 'packages', 'thing');
    mkdirSync(join(workspace, 'src'), { recursive: true });
    writeFileSync(join(workspace, 'package.json'), JSON.stringify({ name: '@living-schema/thing', dependencies: { '@living-schema/core': '^0.1.0' } }));
    writeFileSync(
      join(workspace, 'src', 'a.test.ts'),
      "import { x } from '@living-schema/core';\nimport { duckdb } from '@living-schema/sink-duckdb';\nconst m = await import('@living-schema/thing');\n",
    );
    expect(check(fake)).toEqual([
      'packages/thing/src/a.test.ts imports @living-schema/sink-duckdb, not declared in packages/thing/package.json',
    ]);
    writeFileSync(
      join(workspace, 'package.json'),
      JSON.stringify({ name: '@living-schema/thing', dependencies: { '@living-schema/core': '^0.1.0' }, devDependencies: { '@living-schema/sink-duckdb': '^0.1.0' } }),
    );
    expect(check(fake)).toEqual([]);
  });
});
