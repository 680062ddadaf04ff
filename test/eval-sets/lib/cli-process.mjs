// Runs the built `living-schema` command the way a user's shell would, and never throws: a
// crash, a hang or unreadable output becomes a result the runner counts.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const CLI_BIN = fileURLToPath(new URL('../../../packages/cli/dist/bin.js', import.meta.url));

/** A question that takes longer than this is hung, not slow (a typical one takes about 2 s). */
export const HANG_GUARD_MS = 60_000;

/**
 * @param {string[]} args
 * @param {{ database: string, timeoutMs?: number }} options
 * @returns {Promise<{ exitCode: number | null, stdout: string, stderr: string, timedOut: boolean,
 *   durationMs: number, spawnError?: string }>}
 */
export function runCli(args, { database, timeoutMs = HANG_GUARD_MS }) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI_BIN, ...args], {
      env: { ...process.env, LIVING_SCHEMA_DB: database, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let spawnError;
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => { spawnError = error.message; });
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      resolve({ exitCode, stdout, stderr, timedOut, durationMs: performance.now() - started,
        spawnError });
    });
  });
}

/** The first JSON document in `text` that parses, else undefined (progress lines may precede it). */
export function parseJsonOutput(text) {
  const trimmed = text.trim();
  for (let start = trimmed.indexOf('{'); start >= 0; start = trimmed.indexOf('{', start + 1)) {
    try {
      return JSON.parse(trimmed.slice(start));
    } catch {
      // not a JSON document from here; try the next brace
    }
  }
  return undefined;
}
