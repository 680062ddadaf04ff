import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';

const GLOB_CHARS = /[*?[]/;

/** True for inputs that are not local paths (URLs, `sample:` inputs...). */
export function isUri(input: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(input) && !/^[a-z]:[\\/]/i.test(input);
}

function globToRegExp(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i += 1) {
    const c = pattern[i]!;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        out += '.*';
        i += 1;
        if (pattern[i + 1] === '/') i += 1;
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i);
      if (end === -1) out += '\\[';
      else {
        out += pattern.slice(i, end + 1);
        i = end;
      }
    } else out += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

/** Answers whether a source reads a folder whole (e.g. an Argilla dataset saved with `to_disk`). */
export type KeepFolder = (folder: string) => Promise<boolean> | boolean;

/**
 * The files under `directory`, recursively, in name order. Hidden entries are passed over; a
 * folder that a source reads whole is returned as one input instead of its files, wherever it
 * sits in the tree (an Argilla export inside `./exports/` is read as the export it is).
 */
async function walk(directory: string, keepFolder: KeepFolder): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const inputs: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) inputs.push(...((await keepFolder(path)) ? [path] : await walk(path, keepFolder)));
    else if (entry.isFile()) inputs.push(path);
  }
  return inputs;
}

export interface ExpandedInputs {
  /** Inputs to hand to sources: files, folders a source reads whole, and URIs. */
  inputs: string[];
  /** Inputs that name nothing (missing file, glob without matches). */
  missing: string[];
}

/**
 * Expands command-line inputs: a glob becomes the files it matches, a folder the files in it
 * (recursively) unless `keepFolder(folder)` says a source reads the folder whole (e.g. an
 * Argilla dataset saved to disk); URIs pass through.
 */
export async function expandInputs(args: string[], keepFolder: KeepFolder = () => false): Promise<ExpandedInputs> {
  const inputs: string[] = [];
  const missing: string[] = [];
  for (const arg of args) {
    if (isUri(arg)) {
      inputs.push(arg);
      continue;
    }
    const path = resolve(arg);
    const info = await stat(path).catch(() => null);
    // A name that exists is taken literally, even with glob characters (`report [final].csv`).
    if (!info && GLOB_CHARS.test(arg)) {
      const matched = await expandGlob(arg, keepFolder);
      if (matched.length === 0) missing.push(arg);
      inputs.push(...matched);
    } else if (!info) missing.push(arg);
    else if (info.isDirectory()) inputs.push(...((await keepFolder(path)) ? [path] : await walk(path, keepFolder)));
    else inputs.push(path);
  }
  return { inputs, missing };
}

async function expandGlob(pattern: string, keepFolder: KeepFolder): Promise<string[]> {
  const parts = resolve(pattern).split(sep);
  const firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p));
  const base = parts.slice(0, firstGlob).join(sep) || sep;
  const matcher = globToRegExp(parts.slice(firstGlob).join('/'));
  const files = await walk(base, keepFolder).catch(() => []);
  return files.filter((f) => matcher.test(relative(base, f).split(sep).join('/')));
}
