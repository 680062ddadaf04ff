import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import type { S3Client, S3ClientConfig } from '@aws-sdk/client-s3';
import { ErrorCodes, LivingSchemaError, describeError, parsePluginOptions, type StagedFile, type StagedFileHandle, type StagingMetadata, type StagingV1 } from '@living-schema/core';
import { s3StagingOptionsSchema, type S3StagingOptions } from './s3-staging-options.js';

const KEY_PATTERN = /^[A-Za-z0-9_.-]+\.parquet$/;

export interface S3Staging extends StagingV1 {
  readonly bucket: string;
  readonly prefix: string;
}

/** `s3://bucket/some/prefix` -> `{ bucket: 'bucket', prefix: 'some/prefix/' }`. */
export function parseS3Uri(uri: string): { bucket: string; prefix: string } {
  const match = /^s3:\/\/([^/]+)\/?(.*)$/.exec(uri);
  if (!match) {
    throw new LivingSchemaError({ code: ErrorCodes.CONFIG_INVALID, message: `"${uri}" is not an S3 location: expected s3://bucket[/prefix].`, details: { uri } });
  }
  const prefix = match[2]!.replace(/^\/+/, '');
  return { bucket: match[1]!, prefix: prefix && !prefix.endsWith('/') ? `${prefix}/` : prefix };
}

/**
 * Stages batches as objects in an S3-compatible bucket (AWS S3, Cloudflare R2, MinIO): one
 * object per batch under `<prefix>batches/<batch id>.parquet`, carrying the batch's metadata as
 * object metadata too. An object appears only once its upload is complete (S3 PUT is atomic),
 * and putting the same batch again replaces it. Loading downloads the object to a local file.
 *
 * @param options.uri `s3://bucket/prefix` (or `bucket` + `prefix`)
 * @param options.endpoint S3-compatible endpoint, default AWS (env `LIVING_SCHEMA_S3_ENDPOINT`)
 * @param options.region default env `LIVING_SCHEMA_S3_REGION` / `AWS_REGION`, else `auto`
 * @example
 * import { s3Staging } from '@living-schema/staging-s3';
 * const staging = s3Staging({ uri: 's3://lake/living-schema/staging', endpoint: 'https://<account>.r2.cloudflarestorage.com' });
 * const ls = createLivingSchema({ sink: duckdb(), sources: [csv()], staging });
 */
export function s3Staging(options: S3StagingOptions & { client?: S3Client }): S3Staging {
  const { client: injected, ...rest } = options;
  const parsed = parsePluginOptions('s3-staging', s3StagingOptionsSchema, rest);
  const env = parsed.env ?? process.env;
  const location = parsed.uri ? parseS3Uri(parsed.uri) : { bucket: parsed.bucket!, prefix: parsed.prefix && !parsed.prefix.endsWith('/') ? `${parsed.prefix}/` : parsed.prefix };
  const endpoint = parsed.endpoint ?? env.LIVING_SCHEMA_S3_ENDPOINT;
  const accessKeyId = parsed.accessKeyId ?? env.LIVING_SCHEMA_S3_ACCESS_KEY_ID;
  const secretAccessKey = parsed.secretAccessKey ?? env.LIVING_SCHEMA_S3_SECRET_ACCESS_KEY;
  const config: S3ClientConfig = {
    region: parsed.region ?? env.LIVING_SCHEMA_S3_REGION ?? env.AWS_REGION ?? 'auto',
    // Checksums only where the API requires them: the SDK's default streams uploads as
    // aws-chunked with a trailing checksum, which several S3-compatible servers store verbatim.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    ...(endpoint ? { endpoint, forcePathStyle: parsed.forcePathStyle ?? true } : parsed.forcePathStyle !== undefined ? { forcePathStyle: parsed.forcePathStyle } : {}),
    ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
  };
  // The SDK loads on first use (it is heavy, and most runs of the CLI never stage to S3).
  let client: S3Client | undefined = injected;
  const sdk = () => import('@aws-sdk/client-s3');
  const send = async <T = unknown>(build: (module: Awaited<ReturnType<typeof sdk>>) => unknown): Promise<T> => {
    const module = await sdk();
    client ??= new module.S3Client(config);
    return (await client.send(build(module) as never)) as T;
  };
  const batchesPrefix = `${location.prefix}batches/`;
  const where = `s3://${location.bucket}/${batchesPrefix}`;

  const objectKey = (key: string): string => {
    if (!KEY_PATTERN.test(key)) {
      throw new LivingSchemaError({ code: ErrorCodes.STAGING_FAILED, message: `Invalid staging key "${key}": expected "<batch id>.parquet".`, details: { key } });
    }
    return `${batchesPrefix}${key}`;
  };
  const failed = (action: string, error: unknown, details: Record<string, unknown>) =>
    new LivingSchemaError({
      code: ErrorCodes.STAGING_FAILED,
      message: `Could not ${action} in ${where}: ${describeError(error)}. Check the bucket, endpoint and credentials (LIVING_SCHEMA_S3_*).`,
      details: { bucket: location.bucket, prefix: location.prefix, ...details },
      cause: error,
    });

  return {
    specificationVersion: 'v1',
    name: 's3-staging',
    bucket: location.bucket,
    prefix: location.prefix,

    async put(localPath: string, metadata: StagingMetadata): Promise<StagedFile> {
      const key = `${metadata.batch_id}.parquet`;
      try {
        const { size } = await stat(localPath);
        await send((m) =>
          new m.PutObjectCommand({
            Bucket: location.bucket,
            Key: objectKey(key),
            Body: createReadStream(localPath),
            ContentLength: size,
            ContentType: 'application/vnd.apache.parquet',
            Metadata: Object.fromEntries(Object.entries(metadata).map(([k, v]) => [k.replace(/_/g, '-'), v])),
          }),
        );
        return { key, batchId: metadata.batch_id, sizeBytes: size };
      } catch (error) {
        if (LivingSchemaError.isInstance(error)) throw error;
        throw failed(`stage batch ${metadata.batch_id}`, error, { batchId: metadata.batch_id });
      }
    },

    async open(key: string): Promise<StagedFileHandle> {
      const directory = await mkdtemp(join(parsed.downloadDirectory ?? tmpdir(), 'ls-s3-staging-'));
      const path = join(directory, key);
      try {
        const response = await send<{ Body?: unknown }>((m) => new m.GetObjectCommand({ Bucket: location.bucket, Key: objectKey(key) }));
        await pipeline(response.Body as Readable, createWriteStream(path));
      } catch (error) {
        await rm(directory, { recursive: true, force: true });
        const name = (error as { name?: string }).name;
        if (name === 'NoSuchKey' || name === 'NotFound' || (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) {
          throw new LivingSchemaError({ code: ErrorCodes.NOT_FOUND, message: `Staged file "${key}" is not in ${where}.`, details: { key }, cause: error });
        }
        if (LivingSchemaError.isInstance(error)) throw error;
        throw failed(`download ${key}`, error, { key });
      }
      return { path, release: () => rm(directory, { recursive: true, force: true }) };
    },

    async *list(): AsyncIterable<StagedFile> {
      let token: string | undefined;
      do {
        let page;
        try {
          page = await send<import('@aws-sdk/client-s3').ListObjectsV2CommandOutput>((m) => new m.ListObjectsV2Command({ Bucket: location.bucket, Prefix: batchesPrefix, ContinuationToken: token }));
        } catch (error) {
          throw failed('list staged files', error, {});
        }
        for (const object of page.Contents ?? []) {
          const name = (object.Key ?? '').slice(batchesPrefix.length);
          if (!KEY_PATTERN.test(name)) continue;
          yield { key: name, batchId: name.replace(/\.parquet$/, ''), sizeBytes: object.Size ?? 0 };
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
    },

    async remove(key: string): Promise<void> {
      try {
        await send((m) => new m.DeleteObjectCommand({ Bucket: location.bucket, Key: objectKey(key) }));
      } catch (error) {
        if (LivingSchemaError.isInstance(error)) throw error;
        throw failed(`remove ${key}`, error, { key });
      }
    },

    async close(): Promise<void> {
      if (!injected) client?.destroy();
    },
  };
}
