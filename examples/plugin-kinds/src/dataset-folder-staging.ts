// examples/plugin-kinds/src/dataset-folder-staging.ts
import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { ErrorCodes, LivingSchemaError, parsePluginOptions, type StagedFile, type StagingMetadata, type StagingV1 } from '@living-schema/core';

export const datasetFolderOptionsSchema = z.object({
  /** Root folder; each dataset's batches go in a folder of its name. */
  directory: z.string().min(1),
}).strict();

const SAFE = /^[A-Za-z0-9_.-]+$/;

/** Staging an operator can browse: `<directory>/<dataset>/<batch id>.parquet`, written atomically. */
export function datasetFolderStaging(options: z.input<typeof datasetFolderOptionsSchema>): StagingV1 {
  const root = resolve(parsePluginOptions('dataset-folder-staging', datasetFolderOptionsSchema, options).directory);
  // A key is `<dataset>/<batch id>.parquet`; anything else (`../x`) is refused, never resolved.
  const pathOf = (key: string) => {
    const [dataset, file, ...rest] = key.split('/');
    if (rest.length || !dataset || !file || !SAFE.test(dataset) || !SAFE.test(file) || !file.endsWith('.parquet')) {
      throw new LivingSchemaError({ code: ErrorCodes.STAGING_FAILED, message: `Invalid staging key "${key}": expected "<dataset>/<batch id>.parquet".`, details: { key } });
    }
    return join(root, dataset, file);
  };
  return {
    specificationVersion: 'v1',
    name: 'dataset-folder-staging',
    async put(localPath: string, metadata: StagingMetadata): Promise<StagedFile> {
      const key = `${metadata.dataset.replace(/[^A-Za-z0-9_.-]/g, '_')}/${metadata.batch_id}.parquet`;
      const target = pathOf(key);
      const partial = `${target}.${randomUUID()}.partial`;
      await mkdir(join(target, '..'), { recursive: true });
      await copyFile(localPath, partial);
      await rename(partial, target); // readers see the whole file or none
      await rm(localPath, { force: true });
      return { key, batchId: metadata.batch_id, sizeBytes: (await stat(target)).size };
    },
    async open(key: string) {
      const path = pathOf(key);
      await stat(path).catch((error) => {
        throw new LivingSchemaError({ code: ErrorCodes.NOT_FOUND, message: `No staged file "${key}" in ${root}.`, details: { key }, cause: error });
      });
      return { path, release: async () => undefined };
    },
    async *list() {
      const datasets = await readdir(root, { withFileTypes: true }).catch(() => []);
      for (const dataset of datasets.filter((entry) => entry.isDirectory())) {
        for (const file of (await readdir(join(root, dataset.name))).filter((name) => name.endsWith('.parquet'))) {
          const key = `${dataset.name}/${file}`;
          yield { key, batchId: file.slice(0, -'.parquet'.length), sizeBytes: (await stat(pathOf(key))).size };
        }
      }
    },
    async remove(key: string) {
      await rm(pathOf(key), { force: true });
    },
  };
}
