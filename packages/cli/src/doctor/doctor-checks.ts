import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeError, type LlmProviderV1 } from '@living-schema/core';
import { resolveLlmSelection, unusedVendorKeys, type LlmProviderOptions } from '@living-schema/query-llm';
import { duckdb, LATEST_MIGRATION } from '@living-schema/sink-duckdb';
import type { DoctorCheck } from './doctor-report.js';

const requireHere = createRequire(import.meta.url);

/** This package's package.json: found upwards, since the code runs from src/ in tests and dist/ installed. */
function ownManifest(): { engines: { node: string } } {
  for (let folder = dirname(fileURLToPath(import.meta.url)); folder !== dirname(folder); folder = dirname(folder)) {
    const file = join(folder, 'package.json');
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; engines: { node: string } };
    if (manifest.name === '@living-schema/cli') return manifest;
  }
  throw new Error('the package.json of @living-schema/cli was not found above its code');
}

/** The Node versions this command runs on, from its own package.json (`engines.node`, `>=x.y`). */
export function checkNode(running = process.versions.node): DoctorCheck {
  const { engines } = ownManifest();
  const needed = engines.node.replace(/^>=\s*/, '');
  const [major, minor, patch] = running.split('.').map(Number);
  const [needMajor, needMinor = 0, needPatch = 0] = needed.split('.').map(Number);
  const fits = major! !== needMajor! ? major! > needMajor! : minor! !== needMinor ? minor! > needMinor : patch! >= needPatch;
  const data = { running, needed: engines.node };
  if (fits) return { check: 'node', status: 'ok', detail: `Node ${running} (needs ${engines.node})`, data };
  return { check: 'node', status: 'problem', detail: `Node ${running} is older than ${engines.node}: install a newer Node.`, data };
}

/** The store opens read-only (never migrated by the doctor) and is at this version's migration. */
export async function checkStore(database: string): Promise<DoctorCheck> {
  const local = database !== ':memory:' && !database.startsWith('md:');
  if (local && !existsSync(database)) {
    return { check: 'store', status: 'problem', detail: `${database} does not exist: run \`living-schema init\` (or name the store with --db).`, data: { database } };
  }
  const sink = duckdb({ path: database, readOnly: true });
  try {
    await sink.open();
    const migration = await sink.migrationVersion();
    return { check: 'store', status: 'ok', detail: `${database} opens, at migration ${migration} of ${LATEST_MIGRATION}`, data: { database, migration, latest: LATEST_MIGRATION } };
  } catch (error) {
    return { check: 'store', status: 'problem', detail: `${database}: ${describeError(error)}`, data: { database, latest: LATEST_MIGRATION } };
  } finally {
    await sink.close().catch(() => undefined);
  }
}

/** A file can be written and removed in the staging folder (created if missing, as ingest would). */
export async function checkStaging(staging: string): Promise<DoctorCheck> {
  if (staging.startsWith('s3://')) return { check: 'staging', status: 'note', detail: `${staging}: a bucket, not checked (the first ingest writes to it)`, data: { staging } };
  const probe = join(staging, `.doctor-${process.pid}`);
  try {
    await mkdir(staging, { recursive: true });
    await writeFile(probe, 'ok');
    await rm(probe);
    return { check: 'staging', status: 'ok', detail: `${staging} is writable`, data: { staging } };
  } catch (error) {
    return { check: 'staging', status: 'problem', detail: `${staging} is not writable (${(error as Error).message}): fix its permissions or pass --staging <dir>.`, data: { staging } };
  }
}

/** A provider package the config names: it answers, and every vendor key set is unused. */
function checkLlmPlugin(plugin: LlmProviderV1, env: NodeJS.ProcessEnv): DoctorCheck {
  const unused = unusedVendorKeys({ provider: 'offline', env });
  const data = { provider: plugin.name, model: plugin.model, plugin: true, unusedKeys: unused };
  const unusedNote = unused.length ? `; ${unused.join(' and ')} set but unused` : '';
  return { check: 'llm', status: unused.length ? 'note' : 'ok', detail: `provider ${plugin.name} (a plugin), model ${plugin.model}: questions and the schema context go to it${unusedNote}`, data };
}

/** The LLM provider in use (only a configuration names a vendor) and keys seen but unused. */
export function checkLlm(selection: LlmProviderOptions, env: NodeJS.ProcessEnv = process.env, plugin?: LlmProviderV1): DoctorCheck {
  if (plugin) return checkLlmPlugin(plugin, env);
  let chosen: ReturnType<typeof resolveLlmSelection>;
  try {
    chosen = resolveLlmSelection({ ...selection, env });
  } catch (error) {
    return { check: 'llm', status: 'problem', detail: describeError(error) };
  }
  const unused = unusedVendorKeys({ ...selection, env });
  const keyMissing = chosen.apiKeyEnv !== null && chosen.provider !== 'openai-compatible' && !env[chosen.apiKeyEnv]?.trim();
  const data = { provider: chosen.provider, model: chosen.model, ...(chosen.baseURL ? { baseURL: chosen.baseURL } : {}), apiKeyEnv: chosen.apiKeyEnv, unusedKeys: unused };
  const where = chosen.provider === 'offline' ? 'nothing leaves this machine' : `questions and the schema context go to ${chosen.baseURL ?? chosen.provider}`;
  if (keyMissing) return { check: 'llm', status: 'problem', detail: `provider ${chosen.provider} needs a key: set ${chosen.apiKeyEnv}, or choose provider "offline".`, data };
  const unusedNote = unused.length ? `; ${unused.join(' and ')} set but unused (a key alone never chooses a provider)` : '';
  return { check: 'llm', status: unused.length ? 'note' : 'ok', detail: `provider ${chosen.provider}, model ${chosen.model}: ${where}${unusedNote}`, data };
}

/** Packages loaded only on use, what each is for, and the LLM provider that needs it. */
export const OPTIONAL_PACKAGES: ReadonlyArray<{ name: string; purpose: string; provider?: string }> = [
  { name: '@anthropic-ai/sdk', purpose: 'the anthropic LLM provider', provider: 'anthropic' },
  { name: 'openai', purpose: 'the openai and openai-compatible LLM providers', provider: 'openai' },
  { name: 'exceljs', purpose: 'XLSX workbooks' },
  { name: 'unzipper', purpose: 'XLSX workbooks' },
  { name: 'pg', purpose: 'PostgreSQL tables' },
  { name: 'tesseract.js', purpose: 'OCR of scanned pages' },
];

/** Whether a package is installed where this command would import it from (no import: OCR is heavy). */
export function isInstalled(name: string, from = requireHere): boolean {
  return (from.resolve.paths(name) ?? []).some((folder) => existsSync(join(folder, name, 'package.json')));
}

/** Which optional packages are installed; one the configured provider needs and lacks is a problem. */
export function checkOptionalPackages(provider: string, installed: (name: string) => boolean = isInstalled): DoctorCheck {
  const packages = OPTIONAL_PACKAGES.map((entry) => ({ ...entry, installed: installed(entry.name) }));
  const needed = packages.find((entry) => !entry.installed && (entry.provider === provider || (provider === 'openai-compatible' && entry.name === 'openai')));
  const missing = packages.filter((entry) => !entry.installed);
  const data = { packages: packages.map(({ name, purpose, installed: present }) => ({ name, purpose, installed: present })) };
  if (needed) return { check: 'optional-packages', status: 'problem', detail: `the ${provider} provider needs "${needed.name}": run \`npm install ${needed.name}\`.`, data };
  if (missing.length === 0) return { check: 'optional-packages', status: 'ok', detail: 'all installed', data };
  return { check: 'optional-packages', status: 'note', detail: `not installed: ${missing.map((entry) => `${entry.name} (${entry.purpose})`).join(', ')}`, data };
}
