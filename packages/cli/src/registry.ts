import { dirname } from 'node:path';
import type { ConflictStrategyV1, DiscoveryStrategyV1, LivingSchemaPlugin, LlmProviderV1, NotifierV1, SourceV1, StagingV1 } from '@living-schema/core';
import {
  builtInSelection,
  createConfiguredLlm,
  isLlmPlugin,
  loadConfiguredPlugins,
  loadServerConfig,
  standardComposition,
  standardNotifiers,
  withConfiguredPlugins,
  type LoadedPlugins,
} from '@living-schema/reference-server/composition';
import type { LlmProviderOptions } from '@living-schema/query-llm';
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
  /** The config file's `sensitiveColumns`: their values never go to an LLM. */
  sensitiveColumns: string[];
}

const NONE: LoadedPlugins = { sources: [], discovery: [], notifiers: [], plugins: [] };
let configured: LoadedPlugins = NONE;
let configuredLlm: LlmProviderOptions = {};
let configuredLlmPlugin: LlmProviderV1 | undefined;
let configuredSensitiveColumns: string[] = [];

/**
 * Loads the plugins named in the config file (`--config <file>`, else
 * `living-schema.config.{ts,mjs,js,json}` in the current folder, else none): run once before a
 * command's action, so every engine the command opens gets them.
 */
export async function loadCliPlugins(configPath: string | undefined): Promise<void> {
  const config = await loadServerConfig(configPath);
  const base = config.file ? dirname(config.file) : process.cwd();
  configuredLlm = builtInSelection(config.llm);
  configuredLlmPlugin = isLlmPlugin(config.llm) ? await createConfiguredLlm(config.llm, base) : undefined;
  configuredSensitiveColumns = config.sensitiveColumns;
  configured = await loadConfiguredPlugins(config, base);
}

/**
 * The config file's `llm` (`{ provider, model, baseURL?, apiKeyEnv? }`): the flags of `ask`,
 * `sql` and `reports` override it, and without either the environment's
 * LIVING_SCHEMA_LLM_PROVIDER or offline applies. A key alone never chooses a provider.
 */
export function configuredLlmSelection(): LlmProviderOptions {
  return configuredLlm;
}

/** The provider package the config file's `llm` names (`{ use, export?, options? }`), if any. */
export function configuredLlmProvider(): LlmProviderV1 | undefined {
  return configuredLlmPlugin;
}

/** Sources `living-schema ingest` can use, in the order they are tried when `--source` is not given. */
export function cliSources(_options: GlobalOptions): SourceV1[] {
  return [sampleSource(), ...configured.sources, ...standardComposition().sources];
}

/** Discovery strategies, conflict strategy, plugin modules, notifiers and staging for CLI engines. */
export function cliComposition(options: GlobalOptions): CliComposition {
  const composition = withConfiguredPlugins(standardComposition(), cliNotifiers(options), configured);
  // `--staging s3://...` on the command line wins over a staging plugin in the config.
  return { ...composition, sources: [sampleSource(), ...composition.sources], sensitiveColumns: configuredSensitiveColumns, ...cliStaging(options) };
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
