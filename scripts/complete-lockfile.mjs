#!/usr/bin/env node
// Makes package-lock.json usable by `npm ci` on any machine.
//
// Packages with native builds (DuckDB's bindings, rollup, esbuild...) list one optional
// dependency per platform. When the registry a lock was written against does not serve every
// platform's build, npm leaves those entries out, and `npm ci` then refuses the lock as "out of
// sync". This adds an entry for each missing platform package, marked optional and restricted to
// its platform, so `npm ci` accepts the lock and skips builds for other platforms.
// Run after every `npm install` that changes the lock: `npm run lock:complete`.
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;

const OS = ['android', 'darwin', 'freebsd', 'linux', 'openbsd', 'openharmony', 'netbsd', 'sunos', 'win32', 'aix', 'cygwin'];
const CPU = ['arm64', 'arm', 'x64', 'ia32', 'loong64', 'ppc64', 'riscv64', 's390x', 'mips64el', 'mipsel', 'ppc', 'wasm32'];
const ALIASES = { win: 'win32', windows: 'win32', mac: 'darwin', macos: 'darwin', x86_64: 'x64', amd64: 'x64', aarch64: 'arm64', x86: 'ia32', gnueabihf: 'arm' };

function platformOf(name) {
  const tokens = name.split('/').pop().split(/[-_]/).map((t) => ALIASES[t] ?? t);
  const os = tokens.find((t) => OS.includes(t));
  const cpu = tokens.find((t) => CPU.includes(t));
  const libc = tokens.includes('musl') || tokens.includes('musleabihf') ? 'musl' : os === 'linux' ? 'glibc' : undefined;
  return { os, cpu, libc };
}

let added = 0;
for (const [location, entry] of Object.entries(packages)) {
  for (const [dependency, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = location ? `${location}/node_modules/${dependency}` : `node_modules/${dependency}`;
    if (packages[base] || packages[`node_modules/${dependency}`]) continue;
    const { os, cpu, libc } = platformOf(dependency);
    if (!os && !cpu && dependency !== 'fsevents') continue;
    packages[`node_modules/${dependency}`] = {
      version: String(version).replace(/^[~^]/, ''),
      optional: true,
      ...(dependency === 'fsevents' ? { os: ['darwin'] } : {}),
      ...(os ? { os: [os] } : {}),
      ...(cpu ? { cpu: [cpu] } : {}),
      ...(libc && os === 'linux' ? { libc: [libc] } : {}),
    };
    added += 1;
  }
}
const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
lock.packages = sorted;
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} platform entr${added === 1 ? 'y' : 'ies'}`);
