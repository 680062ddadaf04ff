import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { consumerLock, type Tarball } from './consumer-lock.js';

export const workspaceRoot = new URL('../../', import.meta.url).pathname;

/** Runs a command; a non-zero exit throws with its output, so a failed step says what failed. */
export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 600_000 });
  if (result.status !== 0) {
    throw new Error(`\`${command} ${args.join(' ')}\` in ${cwd} exited ${result.status ?? result.signal}:\n${result.stdout}\n${result.stderr}`);
  }
  return result;
}

/** `npm pack --workspaces` of every published (non-private) package into `destination`. */
export function packWorkspaces(destination: string): Tarball[] {
  mkdirSync(destination, { recursive: true });
  const packed = JSON.parse(run('npm', ['pack', '--workspaces', '--json', '--pack-destination', destination], workspaceRoot).stdout) as Array<{ name: string; filename: string }>;
  const lock = JSON.parse(readFileSync(join(workspaceRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, { resolved?: string }> };
  return packed
    .map((entry) => ({ name: entry.name, file: join(destination, entry.filename), location: lock.packages[`node_modules/${entry.name}`]!.resolved! }))
    .filter((tarball) => !JSON.parse(readFileSync(join(workspaceRoot, tarball.location, 'package.json'), 'utf8')).private);
}

/** The third-party plugin package in fixtures/, packed as its author would publish it. */
export function packThirdPartyPlugin(destination: string): Tarball {
  const location = 'test/packaging/fixtures/plugin-psv';
  const [packed] = JSON.parse(run('npm', ['pack', join(workspaceRoot, location), '--json', '--pack-destination', destination], workspaceRoot).stdout) as Array<{ name: string; filename: string }>;
  return { name: packed!.name, file: join(destination, packed!.filename), location };
}

export interface ConsumerOptions {
  directory: string;
  type: 'module' | 'commonjs';
  tarballs: Tarball[];
  /** Packed packages and workspace dependencies (e.g. `@types/node`) to install. */
  install: string[];
}

/**
 * A fresh project as `npm init` leaves it (with `type` set), our tarballs installed by
 * `npm ci --offline`: no registry, only the cache the workspace's `npm ci` filled.
 */
export function createConsumer(options: ConsumerOptions): void {
  mkdirSync(options.directory, { recursive: true });
  const { dependencies, lock } = consumerLock({
    workspaceRoot,
    tarballs: options.tarballs,
    install: options.install,
    tarballSpecifier: (tarball) => `file:${relative(options.directory, tarball.file)}`,
  });
  const manifest = { name: 'consumer', version: '1.0.0', private: true, type: options.type, dependencies };
  writeFileSync(join(options.directory, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(options.directory, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
  run('npm', ['ci', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], options.directory, { ...process.env, npm_config_offline: 'true' });
}

/** Disk use of a folder in MiB, as `du` counts it. */
export function diskMiB(path: string): number {
  return Number(run('du', ['-sk', path], workspaceRoot).stdout.split('\t')[0]) / 1024;
}
