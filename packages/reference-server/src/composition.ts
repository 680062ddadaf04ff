import { consoleNotifier, type ConflictStrategyV1, type DiscoveryStrategyV1, type LivingSchemaPlugin, type NotifierV1, type SourceV1, type StagingV1 } from '@living-schema/core';
import { annotationLabels, discovery, levenshteinConflicts, recordColumns } from '@living-schema/discovery';
import { slack } from '@living-schema/notifier-slack';
import { argilla } from '@living-schema/source-argilla';
import { csv, postgres } from '@living-schema/source-csv';
import { ocr } from '@living-schema/source-ocr';
import type { LoadedPlugins } from './plugin-loader.js';

export { loadConfiguredPlugins, loadPlugin, pluginReferenceSchema, configuredPluginsSchema, type LoadedPlugins, type PluginKind, type PluginReference } from './plugin-loader.js';
export { loadServerConfig, CONFIG_FILE_NAMES, type ResolvedServerConfig } from './server-config.js';
export { createConfiguredLlm, builtInSelection, isLlmPlugin, llmSelectionSchema, type LlmConfig } from './llm-config.js';

/** Every source, discovery strategy, conflict strategy and plugin module, as the CLI and the server compose them. */
export interface StandardComposition {
  /** In the order they are tried when an input names no source. */
  sources: SourceV1[];
  discovery: DiscoveryStrategyV1[];
  conflicts: ConflictStrategyV1;
  plugins: LivingSchemaPlugin[];
}

/**
 * The one list of packages Living Schema's own hosts compose: PDF/OCR, Argilla, CSV/TSV/XLSX and
 * PostgreSQL sources; annotation-label and record-column discovery; Levenshtein conflicts; the
 * discovery plugin. Add a package here and both `living-schema` and the server get it; a third
 * party's plugins come from the config file instead ({@link withConfiguredPlugins}).
 *
 * @example
 * const ls = createLivingSchema({ sink: duckdb({ path }), ...standardComposition() });
 */
export function standardComposition(): StandardComposition {
  return {
    sources: [ocr(), argilla(), csv(), postgres()],
    discovery: [annotationLabels(), recordColumns()],
    conflicts: levenshteinConflicts(),
    plugins: [discovery()],
  };
}

/**
 * Notifiers: one line per notification on stderr (`all`, only `needs_review`, or none), plus Slack
 * when a webhook URL is given.
 */
export function standardNotifiers(options: { console: 'all' | 'needs_review' | false; slackWebhookUrl?: string }): NotifierV1[] {
  const notifiers: NotifierV1[] = [];
  if (options.console) notifiers.push(consoleNotifier({ minimumSeverity: options.console === 'all' ? 'informational' : 'needs_review' }));
  if (options.slackWebhookUrl) notifiers.push(slack({ webhookUrl: options.slackWebhookUrl }));
  return notifiers;
}

/** The standard composition with the config's plugins, and the notifiers and staging to use. */
export interface Composition extends StandardComposition {
  notifiers: NotifierV1[];
  staging?: StagingV1;
}

/**
 * Adds the plugins a config names to the first-party list, the one rule the CLI and the server
 * share: configured sources are tried first (a third-party source can claim an input a
 * first-party one would also read), configured discovery strategies, notifiers and modules come
 * after the first-party ones, and a configured conflict strategy or staging store replaces the
 * default.
 *
 * @example
 * const composition = withConfiguredPlugins(standardComposition(), standardNotifiers({ console: 'all' }), await loadConfiguredPlugins(config, dir));
 */
export function withConfiguredPlugins(standard: StandardComposition, notifiers: NotifierV1[], loaded: LoadedPlugins): Composition {
  return {
    sources: [...loaded.sources, ...standard.sources],
    discovery: [...standard.discovery, ...loaded.discovery],
    conflicts: loaded.conflicts ?? standard.conflicts,
    plugins: [...standard.plugins, ...loaded.plugins],
    notifiers: [...notifiers, ...loaded.notifiers],
    ...(loaded.staging ? { staging: loaded.staging } : {}),
  };
}
