import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url).pathname;

describe('docs/configuration.md', () => {
  it('matches the zod schemas (regenerate with `npm run docs:config`)', () => {
    const result = spawnSync(process.execPath, ['scripts/generate-config-docs.mjs', '--check'], { encoding: 'utf8', cwd: root });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('README', () => {
  it('has exactly two set-up commands', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const setup = readme.slice(readme.indexOf('## Set up'), readme.indexOf('## 30-second tour'));
    expect([...setup.matchAll(/```sh\n([^\n]+)\n```/g)].map((m) => m[1])).toEqual(['npm ci && npm run demo', 'npm test']);
  });

  it('library example runs as written (on a temporary folder)', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const example = /```ts\n([\s\S]*?)```/.exec(readme)![1]!;
    const directory = mkdtempSync(join(tmpdir(), 'ls-readme-'));
    writeFileSync(join(directory, 'vessels.csv'), 'vessel_name,flag_state\nAurora,Liberia\nBorealis,Panama\nCeto,Liberia\n');
    const script = join(root, `readme-example-${process.pid}.mjs`);
    writeFileSync(script, example.replaceAll("'./fleet.duckdb'", JSON.stringify(join(directory, 'fleet.duckdb'))).replaceAll("'./exports/vessels.csv'", JSON.stringify(join(directory, 'vessels.csv'))));
    try {
      const result = spawnSync(process.execPath, [script], { encoding: 'utf8', cwd: directory, env: { ...process.env, ANTHROPIC_API_KEY: '', OPENAI_API_KEY: '' }, timeout: 60_000 });
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain("status: 'loaded'");
      expect(result.stdout).toMatch(/rows: \[ \[ 2 \] \]/);
    } finally {
      spawnSync('rm', ['-f', script]);
    }
  });
});
