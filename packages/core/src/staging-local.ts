import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { ErrorCodes, LivingSchemaError, describeError } from './errors.js';
import { parsePluginOptions } from './options.js';
import type { StagedFile, StagedFileHandle, StagingMetadata, StagingV1 } from './staging.js';

export const localStagingOptionsSchema = z
  .object({
    /** Folder that holds staged Parquet files. Default `.living-schema/staging`. */
    directory: z.string().min(1).default('.living-schema/staging'),
  })
  .strict();

export type LocalStagingOptions = z.input<typeof localStagingOptionsSchema>;

const KEY_PATTERN = /^[A-Za-z0-9_.-]+\.parquet$/;

/**
 * Stages batches as Parquet files in a local folder (the default staging). A file appears under
 * its final name only once complete (write to a temporary name, then rename).
 *
 * @param options.directory folder for staged files, default `.living-schema/staging`
 * @example
 * const staging = localStaging({ directory: '/var/lib/living-schema/staging' });
 */
export function localStaging(options: LocalStagingOptions = {}): StagingV1 {
  const { directory } = parsePluginOptions('local-staging', localStagingOptionsSchema, options);
  const root = resolve(directory);
  const batches = join(root, 'batches');

  const pathOf = (key: string): string => {
    if (!KEY_PATTERN.test(key)) {
      throw new LivingSchemaError({
        code: ErrorCodes.STAGING_FAILED,
        message: `Invalid staging key "${key}": expected "<batch id>.parquet".`,
        details: { key },
      });
    }
    return join(batches, key);
  };

  return {
    specificationVersion: 'v1',
    name: 'local-staging',

    async put(localPath: string, metadata: StagingMetadata): Promise<StagedFile> {
      const key = `${metadata.batch_id}.parquet`;
      const target = pathOf(key);
      const temporary = join(batches, `.${metadata.batch_id}.${randomUUID()}.partial`);
      try {
        await mkdir(batches, { recursive: true });
        // Moving is a rename on one file system (the engine's temporary files live beside the staged
        // ones); across file systems, copy under a temporary name, then rename into place.
        await rename(localPath, target).catch(async (error: NodeJS.ErrnoException) => {
          if (error.code !== 'EXDEV') throw error;
          await copyFile(localPath, temporary);
          await rename(temporary, target);
        });
        const { size } = await stat(target);
        return { key, batchId: metadata.batch_id, sizeBytes: size };
      } catch (error) {
        await rm(temporary, { force: true }).catch(() => undefined);
        throw new LivingSchemaError({
          code: ErrorCodes.STAGING_FAILED,
          message: `Could not stage batch ${metadata.batch_id} in ${batches}: ${describeError(error)}`,
          details: { batchId: metadata.batch_id, directory: batches, errno: (error as NodeJS.ErrnoException).code },
          cause: error,
        });
      }
    },

    async open(key: string): Promise<StagedFileHandle> {
      const path = pathOf(key);
      try {
        await stat(path);
      } catch (error) {
        throw new LivingSchemaError({
          code: ErrorCodes.NOT_FOUND,
          message: `Staged file "${key}" is not in ${batches}.`,
          details: { key },
          cause: error,
        });
      }
      return { path, release: async () => undefined };
    },

    async *list(): AsyncIterable<StagedFile> {
      let names: string[];
      try {
        names = await readdir(batches);
      } catch {
        return;
      }
      for (const name of names.sort()) {
        const path = join(batches, name);
        if (name.endsWith('.partial')) {
          // Left by a crash mid-copy: never a complete file, so drop it.
          await rm(path, { force: true }).catch(() => undefined);
          continue;
        }
        if (!KEY_PATTERN.test(name)) continue;
        const { size } = await stat(path).catch(() => ({ size: -1 }));
        if (size < 0) continue;
        yield { key: name, batchId: name.replace(/\.parquet$/, ''), sizeBytes: size };
      }
    },

    async remove(key: string): Promise<void> {
      await rm(pathOf(key), { force: true });
    },
  };
}
