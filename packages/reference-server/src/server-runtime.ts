import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { removeServerRuntime, runtimeFilePath, writeServerRuntime } from '@living-schema/core';

/** The name the runtime file's token carries in logs and in the query log. */
export const LOCAL_TOKEN_NAME = 'local-cli';

/**
 * The runtime file of one run of `living-schema serve`: the token is minted before the server
 * starts (it must be among the server's tokens), the file is written once the server listens
 * and withdrawn when it stops. A database without a folder (`:memory:`, `md:`) has none.
 */
export class ServerRuntimeFile {
  private path: string | null = null;

  private constructor(
    private readonly database: string,
    /** The admin token for processes of this machine that can read the file. */
    readonly token: { token: string; scope: 'admin'; name: string },
  ) {}

  /** A runtime file for `database`, or null when the store has no folder to hold one. */
  static for(database: string): ServerRuntimeFile | null {
    if (!runtimeFilePath(database)) return null;
    const token = { token: randomBytes(24).toString('hex'), scope: 'admin' as const, name: LOCAL_TOKEN_NAME };
    return new ServerRuntimeFile(resolve(database), token);
  }

  /** Writes the file (mode 0600) for the server now listening at `url`; returns its path. */
  async announce(url: string): Promise<string> {
    const runtime = { url, pid: process.pid, token: this.token.token, database: this.database, startedAt: new Date().toISOString() };
    this.path = await writeServerRuntime(runtime);
    return this.path;
  }

  /** Removes the file if it is still this process's (called before the server stops answering). */
  async withdraw(): Promise<void> {
    if (this.path) await removeServerRuntime(this.path, process.pid);
    this.path = null;
  }
}
