import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Issue 14, finding 7: on a full disk a read failed with a raw `TransactionContext Error`, and
// staging out of space was reported as LS_INPUT_UNREADABLE. Both are LS_DISK_FULL naming the
// folder. The real `living-schema` binary on tiny tmpfs mounts (the fault suite's harness).
const root = new URL('../../', import.meta.url).pathname;
const bin = join(root, 'packages/cli/dist/bin.js');
const directory = mkdtempSync(join(tmpdir(), 'ls-disk-full-'));
const store = join(directory, 'store');
const database = join(store, 'fleet.duckdb');
const mounted: string[] = [];
const mount = (args: string[]) => spawnSync('mount', args, { encoding: 'utf8' });

function tinyDisk(path: string, size: string) {
  mkdirSync(path, { recursive: true });
  const result = mount(['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', path]);
  expect(result.status, result.stderr).toBe(0);
  mounted.push(path);
}

function cli(args: string[], staging = join(directory, 'staging')) {
  const child = spawn(process.execPath, [bin, '--db', database, '--staging', staging, '--json', ...args], {
    env: { ...process.env, LIVING_SCHEMA_SLACK_WEBHOOK_URL: '', ANTHROPIC_API_KEY: '', OPENAI_API_KEY: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** Writes filler files until the disk refuses more. */
function fill(path: string) {
  const chunk = Buffer.alloc(64 * 1024, 1);
  for (let i = 0; ; i += 1) {
    try {
      writeFileSync(join(path, `filler-${i}`), chunk);
    } catch {
      return;
    }
  }
}

beforeAll(async () => {
  expect(process.getuid?.() === 0, 'this test mounts tiny tmpfs disks and must run as root (CI does)').toBe(true);
  tinyDisk(store, '16m');
  const file = join(directory, 'vessels.csv');
  writeFileSync(file, 'vessel_name,flag_state\nAurora,Liberia\nBorealis,Panama\n');
  const ingest = await cli(['ingest', file, '--dataset', 'vessels']);
  expect(ingest.code, ingest.stderr).toBe(0);
}, 180_000);

afterAll(() => {
  for (const path of mounted.reverse()) spawnSync('umount', ['-l', path]);
});

describe('a full disk', () => {
  it('staging out of space is LS_DISK_FULL naming the staging folder', async () => {
    const tiny = join(directory, 'tiny-staging');
    tinyDisk(tiny, '256k');
    const big = join(directory, 'big.csv');
    const lines = ['imo_number,vessel_name'];
    for (let r = 0; r < 60_000; r += 1) lines.push(`${5_000_000 + r},Big ${r} ${r.toString(36)}`);
    writeFileSync(big, `${lines.join('\n')}\n`);
    const run = await cli(['ingest', big, '--dataset', 'big'], tiny);
    expect(run.code).toBe(1);
    const output = JSON.parse(run.stdout);
    const failures = [...output.failures, ...output.batches.filter((b: { status: string }) => b.status === 'failed')];
    expect(failures, run.stdout).toHaveLength(1);
    expect(failures[0].code ?? failures[0].errorCode, run.stdout).toBe('LS_DISK_FULL');
    expect(failures[0].message ?? failures[0].error).toContain(tiny);
  }, 120_000);

  it('a query on a store whose disk is full is LS_DISK_FULL naming its folder, not a raw DuckDB error', async () => {
    fill(store);
    const run = await cli(['sql', 'SELECT count(*) AS n FROM vessels']);
    const output = `${run.stdout}\n${run.stderr}`;
    expect(output).not.toMatch(/TransactionContext/);
    expect(run.code, output).toBe(1);
    const { error } = JSON.parse(run.stderr.trim().split('\n').at(-1)!);
    expect(error.code, output).toBe('LS_DISK_FULL');
    expect(error.message).toContain(`disk of ${store} while writing the query log`);
  }, 120_000);
});
