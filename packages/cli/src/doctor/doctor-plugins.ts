import { dirname } from 'node:path';
import { describeError, type LlmProviderV1 } from '@living-schema/core';
import type { LlmProviderOptions } from '@living-schema/query-llm';
import { builtInSelection, createConfiguredLlm, isLlmPlugin, loadConfiguredPlugins, loadServerConfig, type LoadedPlugins } from '@living-schema/reference-server/composition';
import type { DoctorCheck } from './doctor-report.js';

/** Names of what loaded, by config key: `sources: psv; notifiers: file-notifier (batch.loaded, error)`. */
function loadedNames(loaded: LoadedPlugins): { summary: string; count: number } {
  const lists: Array<[string, string[]]> = [
    ['sources', loaded.sources.map((p) => p.name)],
    ['discovery', loaded.discovery.map((p) => p.name)],
    ['conflicts', loaded.conflicts ? [loaded.conflicts.name] : []],
    ['notifiers', loaded.notifiers.map((p) => (p.events ? `${p.name} (${p.events.join(', ')})` : p.name))],
    ['staging', loaded.staging ? [loaded.staging.name] : []],
    ['plugins', loaded.plugins.map((p) => p.name)],
  ];
  const named = lists.filter(([, names]) => names.length > 0);
  return { summary: named.map(([key, names]) => `${key}: ${names.join(', ')}`).join('; '), count: named.reduce((n, [, names]) => n + names.length, 0) };
}

/**
 * Reads the config file and loads every plugin it names, as a command would before its action,
 * but reports a failure instead of stopping. Also returns the config's `llm` selection.
 */
export async function checkPlugins(configPath: string | undefined): Promise<{ check: DoctorCheck; llm: LlmProviderOptions; llmPlugin?: LlmProviderV1 }> {
  let config: Awaited<ReturnType<typeof loadServerConfig>>;
  try {
    config = await loadServerConfig(configPath);
  } catch (error) {
    return { check: { check: 'plugins', status: 'problem', detail: describeError(error) }, llm: {} };
  }
  const llm = builtInSelection(config.llm);
  const file = config.file;
  const base = file ? dirname(file) : process.cwd();
  try {
    const llmPlugin = isLlmPlugin(config.llm) ? await createConfiguredLlm(config.llm, base) : undefined;
    const loaded = await loadConfiguredPlugins(config, base);
    const names = loadedNames(loaded);
    const summary = [names.summary, llmPlugin ? `llm: ${llmPlugin.name}` : ''].filter(Boolean).join('; ');
    const count = names.count + (llmPlugin ? 1 : 0);
    const detail = file ? `${file}: ${count} plugin(s) loaded${summary ? ` (${summary})` : ''}` : 'no config file: the first-party plugins only';
    return { check: { check: 'plugins', status: 'ok', detail, data: { file, loaded: count } }, llm, ...(llmPlugin ? { llmPlugin } : {}) };
  } catch (error) {
    return { check: { check: 'plugins', status: 'problem', detail: `${file}: ${describeError(error)}`, data: { file } }, llm };
  }
}
