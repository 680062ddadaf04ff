import { copyFile, link, mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';

const INBOX_MARK = '.inbox-';

/**
 * The one folder the store's locked-down DuckDB instance may read and write files in
 * (`allowed_directories`). Staged Parquet files are linked in (copied across file systems) to be
 * loaded, and encoded files are written here and moved out, so no setting has to name the
 * staging folder and the engine can reach nothing else. One folder per open store, named with
 * the process id: `<database>.inbox-<pid>-<random>` beside a database file, under the system's
 * temporary folder for `:memory:` and `md:` stores. Folders of processes that died are removed
 * when a store opens beside them.
 */
export class DuckDbInbox {
  private constructor(readonly directory: string) {}

  /** Creates the inbox for the store at `location` (an absolute path, `:memory:` or `md:`). */
  static async create(location: string): Promise<DuckDbInbox> {
    const onDisk = location !== ':memory:' && !location.startsWith('md:');
    const prefix = `${onDisk ? basename(location) : 'living-schema-duckdb'}${INBOX_MARK}`;
    // Beside the database, so staged files link in; a read-only folder (a store opened
    // readOnly on a read-only mount) falls back to the system's temporary folder.
    for (const parent of onDisk ? [dirname(location), tmpdir()] : [tmpdir()]) {
      await removeOrphans(parent, prefix);
      const directory = await mkdtemp(join(parent, `${prefix}${process.pid}-`)).catch(() => undefined);
      if (directory) return new DuckDbInbox(directory);
    }
    return new DuckDbInbox(await mkdtemp(join(tmpdir(), `${prefix}${process.pid}-`)));
  }

  /** A fresh path inside the inbox (nothing is created) ending in `suffix`. */
  path(suffix: string): string {
    return join(this.directory, `${randomUUID()}${suffix}`);
  }

  /**
   * Runs `work` on a path inside the inbox that holds the file at `source` (a hard link, or a
   * copy when the two sit on different file systems), and removes that path afterwards.
   */
  async withFile<T>(source: string, work: (path: string) => Promise<T>): Promise<T> {
    const inside = this.path('.parquet');
    await link(source, inside).catch(() => copyFile(source, inside));
    try {
      return await work(inside);
    } finally {
      await rm(inside, { force: true });
    }
  }

  /** Moves a file the engine wrote in the inbox to `destination` (outside it). */
  async moveOut(inside: string, destination: string): Promise<void> {
    await mkdir(dirname(destination), { recursive: true });
    await rename(inside, destination).catch(async () => {
      await copyFile(inside, destination);
      await rm(inside, { force: true });
    });
  }

  async remove(): Promise<void> {
    await rm(this.directory, { recursive: true, force: true });
  }
}

/** Removes inboxes beside this one whose process is gone (a kill -9 leaves its folder behind). */
async function removeOrphans(parent: string, prefix: string): Promise<void> {
  const entries = await readdir(parent).catch(() => [] as string[]);
  for (const entry of entries) {
    if (!entry.startsWith(prefix)) continue;
    const pid = Number(entry.slice(prefix.length).split('-')[0]);
    if (Number.isInteger(pid) && pid > 0 && !processAlive(pid)) {
      await rm(join(parent, entry), { recursive: true, force: true });
    }
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
