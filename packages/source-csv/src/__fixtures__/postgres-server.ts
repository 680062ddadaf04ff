import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real PostgreSQL server for tests, in a temporary folder on 127.0.0.1 (Debian's `postgresql`
 * package: initdb + pg_ctl, about a second). Missing binaries fail the test loudly: CI installs
 * the package (.ci/run), so a skip would hide a broken setup.
 */
export interface TestPostgres {
  url: string;
  stop(): void;
}

function findBinary(name: string): string {
  const fromPath = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
  if (fromPath) return fromPath;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) {
    const candidate = join(root, version, 'bin', name);
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`PostgreSQL's ${name} was not found (PATH or /usr/lib/postgresql/*/bin). Install Debian's postgresql package (apt-get install -y postgresql); .ci/run does this.`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

export async function startPostgres(): Promise<TestPostgres> {
  const initdb = findBinary('initdb');
  const pgCtl = findBinary('pg_ctl');
  const directory = mkdtempSync(join(tmpdir(), 'ls-pg-'));
  const data = join(directory, 'data');
  const port = await freePort();
  // PostgreSQL refuses to run as root: as root, run it as the postgres user over a folder it owns.
  const asRoot = process.getuid?.() === 0;
  const run = (binary: string, args: string[]) => {
    const [command, fullArgs] = asRoot ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, args];
    execFileSync(command, fullArgs, { stdio: 'pipe', timeout: 60_000 });
  };
  if (asRoot) {
    const ids = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    if (ids.status !== 0) throw new Error('Running as root, but there is no postgres user to run PostgreSQL as (install Debian\'s postgresql package).');
    const uid = Number(ids.stdout.trim());
    const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    chownSync(directory, uid, gid);
  }
  run(initdb, ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-sync']);
  run(pgCtl, ['-D', data, '-l', join(directory, 'server.log'), '-w', '-t', '60', '-o', `-p ${port} -k ${directory} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run(pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(directory, { recursive: true, force: true });
      }
    },
  };
}
