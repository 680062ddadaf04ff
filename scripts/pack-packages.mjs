#!/usr/bin/env node
// `npm run pack:packages`: packs every published (non-private) workspace package into
// .living-schema/packages/, for installing in a project outside this repository.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const destination = join(root, '.living-schema', 'packages');
mkdirSync(destination, { recursive: true });
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const packed = JSON.parse(execFileSync(npm, ['pack', '--workspaces', '--json', '--pack-destination', destination], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
const workspaces = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')).packages;
for (const entry of packed) {
  const location = workspaces[`node_modules/${entry.name}`]?.resolved;
  const isPrivate = location && JSON.parse(readFileSync(join(root, location, 'package.json'), 'utf8')).private;
  if (isPrivate) rmSync(join(destination, entry.filename), { force: true });
  else console.log(join('.living-schema', 'packages', entry.filename));
}
