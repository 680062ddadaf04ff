import { spawnSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  findServerRuntime,
  removeServerRuntime,
  runtimeFilePath,
  writeServerRuntime,
  type ServerRuntime,
} from './runtime-file.js';

const directories: string[] = [];
function store(): string {
  const directory = mkdtempSync(join(tmpdir(), 'ls-runtime-'));
  directories.push(directory);
  return join(directory, 'store.duckdb');
}
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

const runtimeOf = (database: string, pid = process.pid): ServerRuntime => ({
  url: 'http://127.0.0.1:8787',
  pid,
  token: 'a'.repeat(48),
  database,
  startedAt: new Date().toISOString(),
});

/** The pid of a process that has certainly ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('the server runtime file', () => {
  it('sits beside a file store and nowhere for :memory: or md:', () => {
    expect(runtimeFilePath('/data/store.duckdb')).toBe('/data/store.duckdb.server.json');
    expect(runtimeFilePath(':memory:')).toBeNull();
    expect(runtimeFilePath('md:analytics')).toBeNull();
  });

  it('is written readable by its owner only and found while its process lives', async () => {
    const database = store();
    const path = await writeServerRuntime(runtimeOf(database));
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const found = await findServerRuntime(database);
    expect(found).toMatchObject({ kind: 'live', path, runtime: { pid: process.pid, url: 'http://127.0.0.1:8787', database } });
  });

  it('is stale when its process is gone', async () => {
    const database = store();
    const pid = deadPid();
    const path = await writeServerRuntime(runtimeOf(database, pid));
    expect(await findServerRuntime(database)).toEqual({ kind: 'stale', path, pid });
  });

  it('is none without a file', async () => {
    expect(await findServerRuntime(store())).toEqual({ kind: 'none' });
  });

  it('names the file when it is not a runtime file', async () => {
    const database = store();
    writeFileSync(`${database}.server.json`, '{"url": 5');
    await expect(findServerRuntime(database)).rejects.toMatchObject({ code: 'LS_RUNTIME_FILE_INVALID', message: expect.stringContaining(`${database}.server.json`) });
    writeFileSync(`${database}.server.json`, '{"url": "http://127.0.0.1:1"}');
    await expect(findServerRuntime(database)).rejects.toThrow(/pid/);
  });

  // Changing a file's owner needs root: elsewhere this case is reported as skipped.
  it.runIf(process.getuid?.() === 0)('refuses a file another user owns', async () => {
    const database = store();
    const path = await writeServerRuntime(runtimeOf(database));
    chownSync(path, 12345, 12345);
    await expect(findServerRuntime(database)).rejects.toMatchObject({ code: 'LS_RUNTIME_FILE_INVALID', message: expect.stringContaining('belongs to user 12345') });
  });

  it('is removed only by the process it names', async () => {
    const database = store();
    const path = await writeServerRuntime(runtimeOf(database));
    await removeServerRuntime(path, process.pid + 1);
    expect(existsSync(path)).toBe(true);
    await removeServerRuntime(path, process.pid);
    expect(existsSync(path)).toBe(false);
  });
});
