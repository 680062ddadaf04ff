import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { ErrorCodes, LivingSchemaError, describeIssues, sensitiveColumnsSchema } from '@living-schema/core';
import { llmSelectionSchema } from './llm-config.js';
import { configuredPluginsSchema } from './plugin-loader.js';
import { serverOptionsSchema } from './server-options.js';

/** The reference server's config file (`living-schema.config.json`, `.js`, `.mjs` or `.ts`). */
export const serverConfigSchema = z
  .object({
    /** DuckDB database: a file, `:memory:` or `md:<db>`. Default: env `LIVING_SCHEMA_DB`, else `./living-schema.duckdb`. */
    database: z.string().optional(),
    /** Staging folder. Default `.living-schema/staging` beside the database. */
    stagingDirectory: z.string().optional(),
    /**
     * LLM for questions and descriptions: a first-party provider `{ provider, model?, baseURL?,
     * apiKeyEnv? }` or a provider package `{ use, export?, options? }`. Default: the offline provider.
     */
    llm: llmSelectionSchema.optional(),
    /**
     * Columns whose values never go to the LLM (`table.column`, `dataset.column`, `*.column`):
     * still named and typed in prompts, described by discovery without examples. Default: none.
     */
    sensitiveColumns: sensitiveColumnsSchema.describe('Columns whose values never go to the LLM: `table.column`, `dataset.column` or `*.column`.'),
    /** Environment variable holding a Slack incoming-webhook URL. Default `LIVING_SCHEMA_SLACK_WEBHOOK_URL`. */
    slackWebhookUrlEnv: z.string().default('LIVING_SCHEMA_SLACK_WEBHOOK_URL'),
    /** HTTP server options. */
    server: serverOptionsSchema.default(serverOptionsSchema.parse({})),
    // Third-party plugins: `sources`, `discovery`, `conflicts`, `notifiers`, `staging`, `plugins`
    // (docs/guides/plugins.md). The CLI reads these from the same file.
    ...configuredPluginsSchema.shape,
  })
  .strict();

export type ServerConfig = z.input<typeof serverConfigSchema>;
export type ResolvedServerConfig = z.output<typeof serverConfigSchema>;

/**
 * Type helper for `living-schema.config.ts`.
 *
 * @example
 * export default defineServerConfig({ database: './fleet.duckdb', llm: { provider: 'anthropic', model: 'claude-sonnet-4-5' } });
 */
export function defineServerConfig(config: ServerConfig): ServerConfig {
  return config;
}

export const CONFIG_FILE_NAMES = ['living-schema.config.ts', 'living-schema.config.mjs', 'living-schema.config.js', 'living-schema.config.json'];

/** Finds and loads the config file (explicit path, or the first default name in `cwd`); none found gives the defaults. */
export async function loadServerConfig(path?: string, cwd = process.cwd()): Promise<ResolvedServerConfig & { file: string | null }> {
  const file = path ? resolve(cwd, path) : CONFIG_FILE_NAMES.map((name) => resolve(cwd, name)).find((candidate) => existsSync(candidate));
  let raw: unknown = {};
  if (file) {
    if (!existsSync(file)) throw new LivingSchemaError({ code: ErrorCodes.CONFIG_INVALID, message: `Config file ${file} does not exist.`, details: { file } });
    try {
      if (extname(file) === '.json') raw = JSON.parse(await readFile(file, 'utf8'));
      else if (extname(file) === '.ts') {
        const { createJiti } = await import('jiti');
        raw = await createJiti(import.meta.url).import(file, { default: true });
      } else raw = ((await import(pathToFileURL(file).href)) as { default?: unknown }).default;
    } catch (error) {
      throw new LivingSchemaError({ code: ErrorCodes.CONFIG_INVALID, message: `Config file ${file} could not be read: ${(error as Error).message}`, details: { file }, cause: error });
    }
  }
  const parsed = serverConfigSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const problems = describeIssues(parsed.error);
    throw new LivingSchemaError({ code: ErrorCodes.CONFIG_INVALID, message: `Invalid config${file ? ` in ${file}` : ''}: ${problems.join('; ')}.`, details: { file, problems } });
  }
  return { ...parsed.data, file: file ?? null };
}
