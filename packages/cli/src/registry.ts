import type { ConflictStrategyV1, DiscoveryStrategyV1, LivingSchemaPlugin, NotifierV1, SourceV1, StagingV1 } from '@living-schema/core';
import { standardComposition, standardNotifiers } from '@living-schema/reference-server/composition';
import { s3Staging } from '@living-schema/staging-s3';
import type { GlobalOptions } from './output.js';
import { sampleSource } from './sample-data.js';

/**
 * What the CLI composes into every engine it opens: the packages of
 * `standardComposition()` (shared with the reference server; add a package there), the built-in
 * `sample:` source, CLI notifiers and the `--staging` store.
 */
export interface CliComposition {
  sources: SourceV1[];
  discovery: DiscoveryStrategyV1[];
  conflicts?: ConflictStrategyV1;
  plugins: LivingSchemaPlugin[];
  /** Notifiers; when absent the engine's default (console) applies. */
  notifiers?: NotifierV1[];
  /** Staging store; when absent, the local folder (`--staging <dir>` or beside the database). */
  staging?: StagingV1;
}

/** Sources `living-schema ingest` can use, in the order they are tried when `--source` is not given. */
export function cliSources(_options: GlobalOptions): SourceV1[] {
  return [sampleSource(), ...standardComposition().sources];
}

/** Discovery strategies, conflict strategy, plugin modules, notifiers and staging for CLI engines. */
export function cliComposition(options: GlobalOptions): CliComposition {
  const standard = standardComposition();
  return { ...standard, sources: [sampleSource(), ...standard.sources], notifiers: cliNotifiers(options), ...cliStaging(options) };
}

/**
 * `--staging s3://bucket/prefix`: an S3-compatible bucket (endpoint and keys from
 * LIVING_SCHEMA_S3_ENDPOINT, LIVING_SCHEMA_S3_REGION, LIVING_SCHEMA_S3_ACCESS_KEY_ID,
 * LIVING_SCHEMA_S3_SECRET_ACCESS_KEY). Any other value is a local folder.
 */
export function cliStaging(options: GlobalOptions): { staging?: StagingV1 } {
  return options.staging?.startsWith('s3://') ? { staging: s3Staging({ uri: options.staging }) } : {};
}

/**
 * Notifiers for CLI engines: one line per notification on stderr (not with --json, whose output
 * scripts read), plus Slack when LIVING_SCHEMA_SLACK_WEBHOOK_URL is set.
 */
export function cliNotifiers(options: GlobalOptions): NotifierV1[] {
  return standardNotifiers({ console: options.json ? false : 'all', slackWebhookUrl: process.env.LIVING_SCHEMA_SLACK_WEBHOOK_URL || undefined });
}
