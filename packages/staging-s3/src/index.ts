export { s3Staging, parseS3Uri, type S3Staging } from './s3-staging.js';
export { s3StagingOptionsSchema, type S3StagingOptions } from './s3-staging-options.js';
