import { z } from 'zod';

export const s3StagingOptionsSchema = z
  .object({
    /** Bucket that holds staged Parquet files. Required (or `uri`). */
    bucket: z.string().min(1).optional(),
    /** Key prefix inside the bucket, e.g. `living-schema/staging/`. Default: none. */
    prefix: z.string().default(''),
    /** `s3://bucket/prefix`, instead of `bucket` + `prefix`. */
    uri: z.string().regex(/^s3:\/\/[^/]+/, 'expected s3://bucket[/prefix]').optional(),
    /**
     * Endpoint of an S3-compatible service: Cloudflare R2 `https://<account>.r2.cloudflarestorage.com`,
     * MinIO `http://minio:9000`. Default: AWS S3; env `LIVING_SCHEMA_S3_ENDPOINT`.
     */
    endpoint: z.string().url().optional(),
    /** Region. Default env `LIVING_SCHEMA_S3_REGION`, else `AWS_REGION`, else `auto` (what R2 expects; AWS needs the bucket's region). */
    region: z.string().min(1).optional(),
    /** Path-style URLs (`endpoint/bucket/key`), needed by MinIO and most local servers. Default: true when an endpoint is set. */
    forcePathStyle: z.boolean().optional(),
    /** Access key id. Default env `LIVING_SCHEMA_S3_ACCESS_KEY_ID`, else the AWS SDK's own chain (`AWS_ACCESS_KEY_ID`, profiles, roles). */
    accessKeyId: z.string().min(1).optional(),
    /** Secret access key. Default env `LIVING_SCHEMA_S3_SECRET_ACCESS_KEY`, else the AWS SDK's own chain. */
    secretAccessKey: z.string().min(1).optional(),
    /** Local folder staged files are downloaded to for loading. Default: the OS temp folder. */
    downloadDirectory: z.string().min(1).optional(),
    /** Environment to read defaults from. Default `process.env`. */
    env: z.record(z.string(), z.string().optional()).optional(),
  })
  .strict()
  .refine((o) => Boolean(o.bucket || o.uri), { message: 'name the bucket: `bucket` or `uri` (s3://bucket/prefix)', path: ['bucket'] });

export type S3StagingOptions = z.input<typeof s3StagingOptionsSchema>;
