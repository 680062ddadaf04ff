import { randomBytes } from 'node:crypto';
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { z } from 'zod';
import { ErrorCodes, LivingSchemaError } from './errors.js';

/**
 * What a running server tells other processes on the same machine about itself, in a file beside
 * the database it holds: where it listens, its process, and an admin token minted for this run
 * that only the owner of the file can read (mode 0600).
 */
export interface ServerRuntime {
  /** `http://host:port` the server answers on. */
  url: string;
  /** The server's process id: a file whose process is gone is stale. */
  pid: number;
  /** An admin token valid for this run of the server only. */
  token: string;
  /** The absolute path of the database the server holds. */
  database: string;
  /** When the server started (ISO 8601). */
  startedAt: string;
}

const runtimeSchema = z.object({
  url: z.string().url(),
  pid: z.number().int().positive(),
  token: z.string().min(16),
  database: z.string().min(1),
  startedAt: z.string(),
});

/** What {@link findServerRuntime} found beside a database. */
export type RuntimeLookup =
  | { kind: 'none' }
  | { kind: 'stale'; path: string; pid: number }
  | { kind: 'live'; path: string; runtime: ServerRuntime };

/** Only a file store has a place beside it; `:memory:` and `md:` stores are never shared. */
export function runtimeFilePath(database: string): string | null {
  if (database === ':memory:' || database.startsWith('md:')) return null;
  return `${resolve(database)}.server.json`;
}

/**
 * Writes the runtime file beside `runtime.database`, readable by its owner only. It is written
 * to a temporary name and renamed, so a reader never sees half a file.
 *
 * @example
 * const path = await writeServerRuntime({ url, pid: process.pid, token, database, startedAt });
 */
export async function writeServerRuntime(runtime: ServerRuntime): Promise<string> {
  const path = runtimeFilePath(runtime.database);
  if (!path) {
    throw new LivingSchemaError({
      code: ErrorCodes.CONFIG_INVALID,
      message: `A runtime file needs a database file; ${runtime.database} has no folder to hold one.`,
      details: { database: runtime.database },
    });
  }
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  // `wx`: never follow or reuse a file someone else placed under the temporary name.
  await writeFile(temporary, `${JSON.stringify(runtime, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  await rename(temporary, path);
  return path;
}

/**
 * Removes the runtime file at `path` if it still names process `pid` (a server started since
 * has replaced it with its own, which must stay).
 */
export async function removeServerRuntime(path: string, pid: number): Promise<void> {
  const found = await readRuntime(path).catch(() => null);
  if (found?.pid !== pid) return;
  await unlink(path).catch(() => undefined);
}

/** Whether process `pid` exists (one of another user counts: it is not ours to call stale). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Looks for a server holding `database`: `none` without a runtime file, `stale` when the file's
 * process is gone (a server killed without cleaning up: ignore it), else `live`.
 *
 * @example
 * const found = await findServerRuntime('./living-schema.duckdb');
 * if (found.kind === 'live') await fetch(`${found.runtime.url}/healthz`);
 */
export async function findServerRuntime(database: string): Promise<RuntimeLookup> {
  const path = runtimeFilePath(database);
  if (!path) return { kind: 'none' };
  const runtime = await readRuntime(path);
  if (!runtime) return { kind: 'none' };
  if (!processAlive(runtime.pid)) return { kind: 'stale', path, pid: runtime.pid };
  return { kind: 'live', path, runtime };
}

/** The file's content, null when there is no file; a file that is not a runtime is an error. */
async function readRuntime(path: string): Promise<ServerRuntime | null> {
  let text: string;
  try {
    await refuseForeignOwner(path);
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    if (LivingSchemaError.isInstance(error)) throw error;
    throw invalidRuntime(path, (error as Error).message, error);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw invalidRuntime(path, 'it is not JSON', error);
  }
  const checked = runtimeSchema.safeParse(parsed);
  if (!checked.success) {
    const problems = checked.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`);
    throw invalidRuntime(path, problems.join('; '));
  }
  return checked.data;
}

/**
 * A runtime file another user owns is not followed: whoever can write beside the database could
 * otherwise point this user's commands (their uploads and questions) at a server of their own.
 */
async function refuseForeignOwner(path: string): Promise<void> {
  const uid = process.getuid?.();
  if (uid === undefined) return;
  const owner = (await stat(path)).uid;
  if (owner !== uid) throw invalidRuntime(path, `it belongs to user ${owner}, not to this user (${uid})`);
}

function invalidRuntime(path: string, problem: string, cause?: unknown): LivingSchemaError {
  return new LivingSchemaError({
    code: ErrorCodes.RUNTIME_FILE_INVALID,
    message:
      `The server runtime file ${path} cannot be read (${problem}). It is written by ` +
      '`living-schema serve`; if no server runs on this database, delete it.',
    details: { path },
    ...(cause === undefined ? {} : { cause }),
  });
}
