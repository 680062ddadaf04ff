import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeServerRuntime } from '@living-schema/core';

// The built binary beside a running `living-schema serve` on the same database (issue 13): each
// command's output through the server is compared with its output on the same store without one.
const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'bin.js');
const env = { ...process.env, ANTHROPIC_API_KEY: '', OPENAI_API_KEY: '', LIVING_SCHEMA_LLM_PROVIDER: 'offline', LIVING_SCHEMA_SLACK_WEBHOOK_URL: '', LIVING_SCHEMA_TOKENS: '' };
/** A bound for a hung process, not a budget (the box is shared and slow). */
const HANG_GUARD_MS = 180_000;

const directory = mkdtempSync(join(tmpdir(), 'ls-beside-'));
const data = join(directory, 'data');
/** The store the server holds. */
const db = join(directory, 'main', 'store.duckdb');
/** A copy of it taken before the server started: the same store, for commands that write. */
const twin = join(directory, 'twin', 'store.duckdb');
const runtimeFile = `${db}.server.json`;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI on `database` (async: the server's log pipe keeps draining meanwhile). */
function cli(database: string, args: string[]): Promise<Run> {
  const child = spawn(process.execPath, [bin, '--db', database, ...args], { env, cwd: directory });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    const guard = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`living-schema ${args.join(' ')} hung: ${stderr}`));
    }, HANG_GUARD_MS);
    child.on('exit', (code) => {
      clearTimeout(guard);
      resolve({ code, stdout, stderr });
    });
  });
}

async function ok(database: string, args: string[]): Promise<Run> {
  const run = await cli(database, args);
  expect(run.code, `living-schema ${args.join(' ')}: ${run.stderr}`).toBe(0);
  return run;
}

/** Execution ids differ between two runs of the same question; everything else must not. */
const sameRun = (text: string) => text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<execution>');

function vesselsCsv(rows: number, offset = 0): string {
  const flags = ['Liberia', 'Panama', 'Malta'];
  const lines = ['imo_number,vessel_name,flag_state,gross_tonnage'];
  for (let i = offset; i < offset + rows; i += 1) lines.push(`${9_100_000 + i},Vessel ${i},${flags[i % 3]},${1_000 + i * 37}`);
  return `${lines.join('\n')}\n`;
}

/** Annotations whose labels VESSEL_NAME and VESSEL_NAMES make a conflict to list. */
function annotationsJsonl(): string {
  return ['Aurora', 'Borealis', 'Cassiopeia']
    .map((vessel, i) => {
      const text = `${vessel} was inspected at Busan.`;
      const label = i === 2 ? 'VESSEL_NAMES' : 'VESSEL_NAME';
      const entities = [{ label, start: 0, end: vessel.length }, { label: 'PORT', start: text.indexOf('Busan'), end: text.indexOf('Busan') + 5 }];
      return JSON.stringify({ id: `doc-${i}`, text, tokens: text.split(' '), status: 'Validated', annotation: { entities, agent: 'ana' } });
    })
    .join('\n');
}

const BY_FLAG = 'SELECT flag_state, count(*) AS vessels, sum(gross_tonnage) AS tonnage FROM vessels GROUP BY flag_state ORDER BY flag_state';

/** The read commands compared, each as text and as --json. */
const READS: string[][] = [
  ['sql', BY_FLAG],
  ['sql', BY_FLAG, '--max-rows', '2'],
  ['sql', BY_FLAG, '--mode', 'snapshot', '--report', 'by_flag'],
  ['ask', 'How many vessels per flag state?'],
  ['schema'],
  ['schema', '--versions'],
  ['schema', '--at', '1'],
  ['schema', '--diff', '1..2'],
  ['conflicts'],
  ['conflicts', '--all'],
  ['reports', 'list'],
  ['reports', 'diff', 'by_flag'],
];
const variants = READS.flatMap((args) => [args, ['--json', ...args]]);
const withoutServer = new Map<string, Run>();

let server: ChildProcess;
let serverLog = '';
let url = '';

function startServe(): Promise<void> {
  server = spawn(process.execPath, [bin, '--db', db, 'serve', '--port', '0', '--host', '127.0.0.1'], {
    env: { ...env, LIVING_SCHEMA_TOKENS: 'analyst:read:analyst-token-0123456789abcdef' },
    cwd: directory,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  server.stderr!.on('data', (chunk) => (serverLog += chunk));
  return new Promise((resolve, reject) => {
    const guard = setTimeout(() => reject(new Error(`serve printed no URL: ${serverLog}`)), HANG_GUARD_MS);
    server.stderr!.on('data', () => {
      const match = /server on (http:\/\/\S+)/.exec(serverLog);
      if (match && serverLog.includes('runtime file')) {
        clearTimeout(guard);
        url = match[1]!;
        resolve();
      }
    });
    server.on('exit', (code) => reject(new Error(`serve exited ${code}: ${serverLog}`)));
  });
}

beforeAll(async () => {
  mkdirSync(data, { recursive: true });
  mkdirSync(dirname(twin), { recursive: true });
  writeFileSync(join(data, 'vessels.csv'), vesselsCsv(30));
  writeFileSync(join(data, 'reports_ner.jsonl'), annotationsJsonl());
  writeFileSync(join(data, 'vessels_2026-06.csv'), vesselsCsv(5, 30));
  writeFileSync(join(data, 'vessels_2026-07.csv'), vesselsCsv(5, 35));
  await ok(db, ['ingest', join(data, 'vessels.csv'), join(data, 'reports_ner.jsonl')]);
  await ok(db, ['reports', 'save', 'by_flag', '--sql', BY_FLAG]);
  for (const suffix of ['', '.wal']) if (existsSync(`${db}${suffix}`)) copyFileSync(`${db}${suffix}`, `${twin}${suffix}`);
  for (const args of variants) withoutServer.set(args.join(' '), await ok(db, args));
  await startServe();
}, 900_000);

afterAll(() => {
  if (server?.exitCode === null) server.kill('SIGKILL');
  rmSync(directory, { recursive: true, force: true });
});

describe('the CLI beside `living-schema serve` on the same database', () => {
  it('finds the server through a runtime file readable only by its owner', () => {
    expect(statSync(runtimeFile).mode & 0o777).toBe(0o600);
    const runtime = JSON.parse(readFileSync(runtimeFile, 'utf8')) as { url: string; pid: number; token: string };
    expect(runtime).toMatchObject({ url, pid: server.pid });
    // The server tells people where the file is, never the token in it.
    expect(serverLog).toContain(runtimeFile);
    expect(serverLog).not.toContain(runtime.token);
  });

  it.each(variants.map((args) => [args.join(' '), args]))('%s prints the same through the server', async (key, args) => {
    const here = withoutServer.get(key as string)!;
    const through = await cli(db, args as string[]);
    expect(through.code, through.stderr).toBe(0);
    expect(sameRun(through.stdout)).toBe(sameRun(here.stdout));
  }, HANG_GUARD_MS);

  it('went through the API for every command, signed with the runtime token', () => {
    for (const path of ['/api/query', '/api/schema/current', '/api/schema/versions', '/api/schema/at/1', '/api/schema/diff/1/2', '/api/conflicts', '/api/reports']) {
      expect(serverLog).toContain(`"path":"${path}`);
    }
    expect(serverLog).not.toMatch(/"status":(401|403)/);
  });

  it('ingests through the server what an ingest here loads, as text and as --json', async () => {
    for (const [file, json] of [['vessels_2026-06.csv', []], ['vessels_2026-07.csv', ['--json']]] as const) {
      const input = join(data, file);
      const here = await ok(twin, [...json, 'ingest', input]);
      const through = await ok(db, [...json, 'ingest', input]);
      expect(through.stdout).toBe(here.stdout);
      // The batch lines; notifications are the server's to send (on its own stderr, to Slack).
      expect(batchLines(through.stderr)).toEqual(batchLines(here.stderr));
    }
    const counted = await ok(db, ['--json', 'sql', 'SELECT count(*) AS n FROM vessels']);
    expect(JSON.parse(counted.stdout).rows).toEqual([[40]]);
  }, HANG_GUARD_MS);

  it('checks reports through the server as it does here', async () => {
    const here = await ok(twin, ['--json', 'reports', 'check']);
    const through = await ok(db, ['--json', 'reports', 'check']);
    expect(sameRun(through.stdout)).toBe(sameRun(here.stdout));
    expect(JSON.parse(through.stdout)[0]).toMatchObject({ name: 'by_flag', status: 'data_changed' });
  }, HANG_GUARD_MS);

  it('never prints the runtime token', async () => {
    const { token } = JSON.parse(readFileSync(runtimeFile, 'utf8')) as { token: string };
    const refused = await cli(db, ['sql', 'DELETE FROM vessels']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('LS_QUERY_REFUSED');
    for (const run of [refused, await cli(db, ['--json', 'schema', '--at', '99'])]) {
      expect(run.stdout + run.stderr).not.toContain(token);
    }
  }, HANG_GUARD_MS);

  it('a writer that misses the server gets LS_DATABASE_BUSY, and the server keeps working', async () => {
    renameSync(runtimeFile, `${runtimeFile}.away`);
    try {
      const racing = await cli(db, ['ingest', join(data, 'vessels.csv')]);
      expect(racing.code).toBe(1);
      expect(racing.stderr).toContain('LS_DATABASE_BUSY');
    } finally {
      renameSync(`${runtimeFile}.away`, runtimeFile);
    }
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    const after = await ok(db, ['--json', 'sql', 'SELECT count(*) AS n FROM vessels']);
    expect(JSON.parse(after.stdout).rows).toEqual([[40]]);
  }, HANG_GUARD_MS);

  it('a runtime file naming a server that does not answer is an error naming the file', async () => {
    const ghost = join(directory, 'ghost', 'store.duckdb');
    mkdirSync(dirname(ghost), { recursive: true });
    const port = await closedPort();
    const token = 'ghost-token-0123456789abcdef';
    // A live process (this test's), so the file is not stale; nobody listens on the port.
    const file = await writeServerRuntime({ url: `http://127.0.0.1:${port}`, pid: process.pid, token, database: ghost, startedAt: new Date().toISOString() });
    for (const json of [[], ['--json']]) {
      const run = await cli(ghost, [...json, 'sql', 'SELECT 1']);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('LS_SERVER_UNREACHABLE');
      expect(run.stderr).toContain(file);
      expect(run.stderr).not.toContain(token);
    }
  }, HANG_GUARD_MS);

  it('after kill -9 the stale runtime file is ignored and the CLI opens the store itself', async () => {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGKILL');
    await exited;
    expect(existsSync(runtimeFile)).toBe(true);
    const here = await ok(db, ['--json', 'sql', 'SELECT count(*) AS n FROM vessels']);
    expect(JSON.parse(here.stdout).rows).toEqual([[40]]);
    const again = await ok(db, ['schema', '--versions']);
    expect(again.stdout).toContain('version');
  }, HANG_GUARD_MS);
});

/** The line `ingest` prints on stderr as each batch lands. */
const batchLines = (stderr: string) => stderr.split('\n').filter((line) => line.includes(' -> '));

/** A port on 127.0.0.1 that nothing listens on (bound, then released). */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
