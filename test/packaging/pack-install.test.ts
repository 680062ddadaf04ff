import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tarball } from './consumer-lock.js';
import { createConsumer, packWorkspaces, run, workspaceRoot } from './consumer-project.js';
import { asCommonJs, readmeLibraryExample } from './readme-example.js';

// A new user's first hour, from the packed tarballs (what the registry would serve), in projects
// outside the repository: the README's library example typechecks (strict, nodenext) and runs
// both as an ES module and as CommonJS, every entry point loads with import and require, and the
// installed `living-schema` command starts. Needs a build (`npm test` builds first).
const LIBRARY = ['@living-schema/core', '@living-schema/sink-duckdb', '@living-schema/source-csv', '@living-schema/discovery', '@living-schema/query-llm'];
const SUBPATHS = ['@living-schema/core/testing', '@living-schema/source-argilla/testing', '@living-schema/reference-server/composition'];
const tsc = join(workspaceRoot, 'node_modules', 'typescript', 'bin', 'tsc');
const INSTALL_BOUND = 900_000; // npm ci of ~300 packages from the cache: about a minute; 15x that

const VESSELS = 'imo_number,vessel_name,flag_state\n9100001,Ocean Wren,Liberia\n9100002,North Tern,Panama\n9100003,Cape Auk,Liberia\n';

let folder: string;
let tarballs: Tarball[];
const esm = () => join(folder, 'esm-project');
const cjs = () => join(folder, 'cjs-project');

/** The example, a tsconfig as `tsc --init` would strictly have it, and the input it reads. */
function writeExample(directory: string, source: string): void {
  writeFileSync(join(directory, 'example.ts'), source);
  const compilerOptions = { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', outDir: 'dist', skipLibCheck: true, types: ['node'] };
  writeFileSync(join(directory, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['example.ts'] }, null, 2));
  mkdirSync(join(directory, 'exports'), { recursive: true });
  writeFileSync(join(directory, 'exports', 'vessels.csv'), VESSELS);
}

/** Typechecks and compiles with the consumer's types, then runs it: returns stdout. */
function compileAndRun(directory: string): string {
  run('node', [tsc, '-p', 'tsconfig.json'], directory);
  return run('node', ['dist/example.js'], directory).stdout;
}

/** The example's own console lines: the schema event, the ingest result, the answer (2 in Liberia). */
function expectExampleOutput(output: string): void {
  expect(output).toMatch(/^schema v\d+: \d+ change\(s\)$/m);
  expect(output).toMatch(/rowsIn: 3,\s+rowsLoaded: 3,\s+rowsQuarantined: 0/);
  expect(output).toContain(`WHERE "flag_state" = 'Liberia'`);
  expect(output).toMatch(/rows: \[ \[ 2 \] \]/);
}

beforeAll(() => {
  if (!existsSync(join(workspaceRoot, 'packages', 'core', 'dist', 'index.cjs'))) throw new Error('packages are not built: run `npm run build` first');
  folder = mkdtempSync(join(tmpdir(), 'ls-pack-install-'));
  tarballs = packWorkspaces(join(folder, 'tarballs'));
  createConsumer({ directory: esm(), type: 'module', tarballs, install: [...LIBRARY, '@living-schema/cli', '@types/node'] });
  createConsumer({ directory: cjs(), type: 'commonjs', tarballs, install: [...LIBRARY, '@types/node'] });
}, INSTALL_BOUND);

afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
}, INSTALL_BOUND); // two installs are ~700 MB of small files: deleting them takes a while

describe('the packed packages, installed outside the workspace', () => {
  it('packs every published package', () => {
    expect(tarballs.map((t) => t.name).sort()).toEqual([
      '@living-schema/cli', '@living-schema/core', '@living-schema/discovery', '@living-schema/notifier-slack', '@living-schema/query-llm',
      '@living-schema/reference-server', '@living-schema/sink-duckdb', '@living-schema/source-argilla', '@living-schema/source-csv',
      '@living-schema/source-ocr', '@living-schema/staging-s3',
    ]);
  });

  it("runs the README's library example as an ES module", () => {
    writeExample(esm(), readmeLibraryExample());
    const output = compileAndRun(esm());
    expectExampleOutput(output);
  });

  it("runs the README's library example compiled as CommonJS", () => {
    writeExample(cjs(), asCommonJs(readmeLibraryExample()));
    const output = compileAndRun(cjs());
    expectExampleOutput(output);
  });

  it('loads every entry point and subpath with require() and with import', () => {
    const entries = [...LIBRARY, '@living-schema/cli', ...SUBPATHS];
    const check = (name: string) => `Object.keys(m).length > 0 || (() => { throw new Error(${JSON.stringify(`${name} exported nothing`)}) })()`;
    for (const name of entries) {
      run('node', ['-e', `const m = require(${JSON.stringify(name)}); ${check(name)}`], esm());
      run('node', ['--input-type=module', '-e', `const m = await import(${JSON.stringify(name)}); ${check(name)}`], esm());
    }
  });

  it('runs `npx living-schema --help` from the installed CLI', () => {
    const result = run('npx', ['--offline', 'living-schema', '--help'], esm(), { ...process.env, npm_config_offline: 'true' });
    expect(result.stdout).toContain('Usage: living-schema');
    expect(result.stdout).toContain('ingest');
  });
});
