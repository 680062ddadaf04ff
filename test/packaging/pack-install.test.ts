import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tarball } from './consumer-lock.js';
import { createConsumer, diskMiB, packThirdPartyPlugin, packWorkspaces, run, workspaceRoot } from './consumer-project.js';
import { startServe, type Served } from './serve-process.js';
import { asCommonJs, pluginGuideConfig, readmeLibraryExample } from './doc-blocks.js';

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
  const plugin = packThirdPartyPlugin(join(folder, 'tarballs'));
  createConsumer({ directory: esm(), type: 'module', tarballs: [...tarballs, plugin], install: [...LIBRARY, '@living-schema/cli', plugin.name, '@types/node'] });
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

  it('leaves the LLM SDKs out of a library install, and says which one to install when a config names it', () => {
    const script = `
      const { createLlmProvider } = require('@living-schema/query-llm');
      const llm = createLlmProvider({ provider: 'anthropic', model: 'claude-sonnet-4-5', env: { ANTHROPIC_API_KEY: 'k' } });
      llm.complete({ messages: [{ role: 'user', content: 'hi' }] }).then(
        () => { console.log('answered'); process.exit(3); },
        (error) => console.log(error.code + ' ' + error.message),
      );`;
    expect(existsSync(join(cjs(), 'node_modules', '@anthropic-ai'))).toBe(false);
    expect(existsSync(join(cjs(), 'node_modules', 'openai'))).toBe(false);
    expect(run('node', ['-e', script], cjs()).stdout.trim()).toBe(
      'LS_PACKAGE_NOT_INSTALLED The anthropic LLM provider needs the package "@anthropic-ai/sdk", which is not installed. Run `npm install @anthropic-ai/sdk` in your project.',
    );
  });

  it('keeps a library-only install (core, sink-duckdb, source-csv, discovery, query-llm) within 110 MB', () => {
    const modules = join(cjs(), 'node_modules');
    // The test's own @types/node is not part of what a library user installs.
    const library = diskMiB(modules) - diskMiB(join(modules, '@types')) - diskMiB(join(modules, 'undici-types'));
    console.log(`library-only install: ${library.toFixed(1)} MiB; with the CLI: ${diskMiB(join(esm(), 'node_modules')).toFixed(1)} MiB`);
    expect(library).toBeLessThanOrEqual(110);
  });

  describe('a third-party plugin package, installed from its tarball and named in living-schema.config.json', () => {
    const cli = (...args: string[]) => run('npx', ['--offline', 'living-schema', '--db', 'store.duckdb', ...args], esm(), { ...process.env, npm_config_offline: 'true' });
    const notifications = () => readFileSync(join(esm(), 'notifications.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { event: string; text: string; title: string });
    let served: Served | undefined;

    beforeAll(() => {
      mkdirSync(join(esm(), 'data'), { recursive: true });
      writeFileSync(join(esm(), 'data', 'ports.psv'), 'port_name|country\nRotterdam|NL\nBusan|KR\nPiraeus\n');
      writeFileSync(join(esm(), 'data', 'harbours.psv'), 'harbour|country\nAntwerp|BE\n');
      // The config exactly as docs/guides/plugins.md shows it.
      const config = pluginGuideConfig();
      writeFileSync(join(esm(), 'living-schema.config.json'), JSON.stringify(config, null, 2));
    });

    afterAll(async () => served?.stop());

    it('ingests through its source, with its conflict strategy and its notifier, in `living-schema ingest`', () => {
      const result = JSON.parse(cli('--json', 'ingest', 'data/ports.psv', 'data/harbours.psv').stdout) as { batches: Array<{ source: string; dataset: string; rowsIn: number; rowsLoaded: number; rowsQuarantined: number }> };
      expect(result.batches.map(({ source, dataset, rowsIn, rowsLoaded, rowsQuarantined }) => ({ source, dataset, rowsIn, rowsLoaded, rowsQuarantined }))).toEqual([
        { source: 'psv', dataset: 'ports', rowsIn: 3, rowsLoaded: 2, rowsQuarantined: 1 },
        { source: 'psv', dataset: 'ports', rowsIn: 1, rowsLoaded: 1, rowsQuarantined: 0 },
      ]);
      expect(JSON.parse(cli('--json', 'sql', 'SELECT count(*) AS n FROM ports').stdout).rows).toEqual([[3]]);
      const conflicts = JSON.parse(cli('--json', 'conflicts').stdout) as Array<{ candidateName: string; existingName: string; reason: string }>;
      expect(conflicts.map(({ candidateName, existingName, reason }) => ({ candidateName, existingName, reason }))).toEqual([
        { candidateName: 'harbour', existingName: 'port_name', reason: 'listed synonyms: harbour / port_name' },
      ]);
      expect(notifications()).toContainEqual(expect.objectContaining({ event: 'conflict.detected', text: 'listed synonyms: harbour / port_name' }));
      expect(notifications()).toContainEqual(expect.objectContaining({ event: 'field.discovered', title: 'New field ports.port_name' }));
      // The events the config entry chose for it, a non-default one among them, and no other.
      expect(notifications()).toContainEqual(expect.objectContaining({ event: 'batch.loaded', title: 'Batch loaded into ports', text: '2 of 3 row(s) loaded, 1 quarantined' }));
      expect(new Set(notifications().map((n) => n.event))).toEqual(new Set(['batch.loaded', 'field.discovered', 'conflict.detected']));
      expect(readFileSync(join(esm(), 'batches.log'), 'utf8')).toBe('psv ports 2\npsv ports 1\n');
    });

    it('`living-schema doctor` reports the installed plugins loaded', () => {
      const report = JSON.parse(cli('--json', 'doctor').stdout) as { ok: boolean; checks: Array<{ check: string; status: string; detail: string }> };
      expect(report.ok).toBe(true);
      expect(report.checks.find((c) => c.check === 'plugins')!.detail).toMatch(
        /living-schema\.config\.json: 4 plugin\(s\) loaded \(sources: psv; conflicts: synonym-conflicts; notifiers: file-notifier \(batch\.loaded, field\.discovered, conflict\.detected\); plugins: batch-log\)$/,
      );
    });

    it('ingests an upload through the same source, conflict strategy and notifier in `living-schema serve`', async () => {
      served = await startServe(esm(), ['--db', 'store.duckdb', 'serve', '--port', '0']);
      const headers = { authorization: `Bearer ${served.token}` };
      const form = new FormData();
      form.append('file', new Blob(['quay|country|berths\nValencia|ES|12\n']), 'valencia.psv');
      const response = await fetch(`${served.url}/api/ingest`, { method: 'POST', body: form, headers });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { batches: Array<{ source: string; dataset: string; rowsLoaded: number }> };
      expect(body.batches.map(({ source, dataset, rowsLoaded }) => ({ source, dataset, rowsLoaded }))).toEqual([{ source: 'psv', dataset: 'ports', rowsLoaded: 1 }]);
      expect(notifications()).toContainEqual(expect.objectContaining({ event: 'field.discovered', title: 'New field ports.berths' }));
      // "quay" is a listed synonym: only the plugin's strategy relates it to the existing names.
      const conflicts = ((await (await fetch(`${served.url}/api/conflicts`, { headers })).json()) as { conflicts: Array<{ candidate_name: string; reason: string }> }).conflicts;
      const reasons = conflicts.filter((c) => c.candidate_name === 'quay').map((c) => c.reason);
      expect(reasons).not.toHaveLength(0);
      for (const reason of reasons) expect(reason).toMatch(/^listed synonyms: quay \/ (port_name|harbour)$/);
      expect(notifications()).toContainEqual(expect.objectContaining({ event: 'conflict.detected', text: expect.stringMatching(/^listed synonyms: quay \//) }));
    });
  });
});
