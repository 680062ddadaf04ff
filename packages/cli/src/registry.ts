import type { ConflictStrategyV1, DiscoveryStrategyV1, LivingSchemaPlugin, SourceV1 } from '@living-schema/core';
import type { GlobalOptions } from './output.js';
import { sampleSource } from './sample-data.js';
import { consoleNotifier, type NotifierV1 } from '@living-schema/core';
import { annotationLabels, discovery, levenshteinConflicts, recordColumns } from '@living-schema/discovery';
import { slack } from '@living-schema/notifier-slack';
import { ocr } from '@living-schema/source-ocr';
import { argilla } from '@living-schema/source-argilla';
import { csv, postgres } from '@living-schema/source-csv';
import { s3Staging } from '@living-schema/staging-s3';
import type { StagingV1 } from '@living-schema/core';

/**
 * What the CLI composes into every engine it opens. Each package that adds a capability adds its
 * entry here (one import, one line), so commands never need to know which packages exist.
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
  return [sampleSource(), ocr(), argilla(), csv(), postgres()];
}

/** Discovery strategies, conflict strategy and plugin modules for CLI engines. */
export function cliComposition(options: GlobalOptions): CliComposition {
  return { sources: cliSources(options), discovery: [annotationLabels(), recordColumns()], conflicts: levenshteinConflicts(), plugins: [discovery()], notifiers: cliNotifiers(options), ...cliStaging(options) };
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
  const notifiers: NotifierV1[] = options.json ? [] : [consoleNotifier()];
  const webhookUrl = process.env.LIVING_SCHEMA_SLACK_WEBHOOK_URL;
  if (webhookUrl) notifiers.push(slack({ webhookUrl }));
  return notifiers;
}
