#!/usr/bin/env node
// Every `@living-schema/*` package a workspace imports (in its sources or its tests) must be
// declared in that workspace's package.json. Turbo orders `build` and `typecheck` from those
// declarations alone: an undeclared import typechecks on a warm tree and fails on a clean clone,
// where the imported package's dist/ may not exist yet.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const IMPORT = /(?:from\s+|import\(\s*|require\(\s*)['"](@living-schema\/[a-z0-9-]+)/g;

function sourceFiles(directory) {
  const files = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(path));
    else if (/\.(?:[cm]?[jt]sx?)$/.test(entry.name)) files.push(path);
  }
  return files;
}

/** Returns one line per undeclared workspace import, e.g. `packages/x/src/a.ts imports @living-schema/y, not declared in packages/x/package.json`. */
export function undeclaredWorkspaceImports(root) {
  const problems = [];
  for (const group of ['packages', 'examples']) {
    const groupPath = join(root, group);
    let names = [];
    try { names = readdirSync(groupPath); } catch { continue; }
    for (const name of names) {
      const workspace = join(groupPath, name);
      const manifestPath = join(workspace, 'package.json');
      try { if (!statSync(manifestPath).isFile()) continue; } catch { continue; }
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      const declared = new Set([
        manifest.name,
        ...Object.keys(manifest.dependencies ?? {}),
        ...Object.keys(manifest.devDependencies ?? {}),
        ...Object.keys(manifest.peerDependencies ?? {}),
      ]);
      for (const file of sourceFiles(workspace)) {
        for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
          if (!declared.has(match[1])) {
            problems.push(`${relative(root, file)} imports ${match[1]}, not declared in ${relative(root, manifestPath)}`);
          }
        }
      }
    }
  }
  return [...new Set(problems)];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const problems = undeclaredWorkspaceImports(root);
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) {
    console.error(`${problems.length} undeclared workspace import(s): add them to dependencies or devDependencies`);
    process.exit(1);
  }
}
