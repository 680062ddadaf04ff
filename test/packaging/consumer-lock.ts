import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// A project outside the workspace installs our packed tarballs with `npm ci --offline`: npm then
// needs only tarballs, which the workspace's own `npm ci` put in the cache. A plain `npm install`
// would also need each dependency's registry document (which `npm ci` never fetches), so it
// cannot run offline. The consumer's lock is cut from the workspace's: the same versions the
// suite tests, placed where the workspace places them, with our packages as the tarballs.

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  dev?: boolean;
  devOptional?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  [field: string]: unknown;
}

interface Lock {
  name?: string;
  lockfileVersion: number;
  requires?: boolean;
  packages: Record<string, LockEntry>;
}

export interface Tarball {
  /** Package name, e.g. `@living-schema/core`. */
  name: string;
  /** The .tgz file, absolute. */
  file: string;
  /** Where the package lives in the workspace, e.g. `packages/core`. */
  location: string;
}

export interface ConsumerLockInput {
  workspaceRoot: string;
  /** Every packed workspace package (a tarball that depends on another one gets that one). */
  tarballs: Tarball[];
  /** What the consumer installs: names of packed packages, or of the workspace's own dependencies. */
  install: string[];
  /** `file:` specifiers are written relative to the consumer project. */
  tarballSpecifier(tarball: Tarball): string;
}

export interface ConsumerLock {
  dependencies: Record<string, string>;
  lock: Lock;
}

const integrityOf = (file: string) => `sha512-${createHash('sha512').update(readFileSync(file)).digest('base64')}`;

/** The folder that holds `path`'s own `node_modules` candidates' parent, or '' at the top. */
function parentOf(path: string): string {
  const index = path.lastIndexOf('node_modules/');
  return index <= 0 ? '' : path.slice(0, index - 1);
}

/** Node's lookup, on lock paths: `<from>/node_modules/<name>`, then each folder above. */
function lookUp(packages: Lock['packages'], from: string, name: string): string | undefined {
  for (let folder = from; ; folder = parentOf(folder)) {
    const candidate = `${folder ? `${folder}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (folder === '') return undefined;
  }
}

/** Runtime dependencies of an entry: dependencies, optional ones, and required peers. */
function dependencyNames(entry: LockEntry): string[] {
  const peers = Object.keys(entry.peerDependencies ?? {}).filter((name) => !entry.peerDependenciesMeta?.[name]?.optional);
  return [...Object.keys(entry.dependencies ?? {}), ...Object.keys(entry.optionalDependencies ?? {}), ...peers];
}

/** Builds the consumer's `dependencies` and `package-lock.json`. */
export function consumerLock(input: ConsumerLockInput): ConsumerLock {
  const workspace = JSON.parse(readFileSync(join(input.workspaceRoot, 'package-lock.json'), 'utf8')) as Lock;
  const byLocation = new Map(input.tarballs.map((tarball) => [tarball.location, tarball]));
  const byName = new Map(input.tarballs.map((tarball) => [tarball.name, tarball]));
  const packages: Lock['packages'] = {};

  // A workspace package's own nested folder (`packages/core/node_modules/x`) moves under its
  // installed name (`node_modules/@living-schema/core/node_modules/x`).
  const installedPath = (path: string) => {
    for (const [location, tarball] of byLocation) {
      if (path === location || path.startsWith(`${location}/`)) return `node_modules/${tarball.name}${path.slice(location.length)}`;
    }
    return path;
  };

  const manifestOf = (tarball: Tarball) => JSON.parse(readFileSync(join(input.workspaceRoot, tarball.location, 'package.json'), 'utf8')) as LockEntry;

  const visit = (path: string): void => {
    const target = installedPath(path);
    if (packages[target]) return;
    const tarball = byLocation.get(path);
    const entry: LockEntry = tarball ? tarballEntry(tarball, manifestOf(tarball), input) : { ...workspace.packages[path]! };
    delete entry.dev;
    delete entry.devOptional;
    packages[target] = entry;
    for (const name of dependencyNames(entry)) {
      const found = lookUp(workspace.packages, path, name);
      if (found === undefined) {
        if (entry.optionalDependencies?.[name]) continue;
        throw new Error(`${target}: its dependency ${name} is not in the workspace's package-lock.json`);
      }
      const linked = workspace.packages[found]!;
      visit(linked.link ? linked.resolved! : found);
    }
  };

  const dependencies: Record<string, string> = {};
  for (const name of input.install) {
    const tarball = byName.get(name);
    if (tarball) {
      dependencies[name] = input.tarballSpecifier(tarball);
      visit(tarball.location);
    } else {
      const path = `node_modules/${name}`;
      const entry = workspace.packages[path];
      if (!entry?.version) throw new Error(`${name} is neither a packed package nor in the workspace's package-lock.json`);
      dependencies[name] = entry.version;
      visit(path);
    }
  }
  packages[''] = { name: 'consumer', version: '1.0.0', dependencies };
  return { dependencies, lock: { name: 'consumer', lockfileVersion: 3, requires: true, packages } };
}

function tarballEntry(tarball: Tarball, manifest: LockEntry, input: ConsumerLockInput): LockEntry {
  const fields = ['version', 'license', 'dependencies', 'optionalDependencies', 'peerDependencies', 'peerDependenciesMeta', 'engines', 'bin'];
  const entry: LockEntry = { resolved: input.tarballSpecifier(tarball), integrity: integrityOf(tarball.file) };
  for (const field of fields) if (manifest[field] !== undefined) entry[field] = manifest[field];
  return entry;
}
