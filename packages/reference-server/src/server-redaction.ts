import { dirname, resolve } from 'node:path';
import { redact, type Redaction } from '@living-schema/core';

/** Environment variables whose values are secrets: keys, tokens, passwords, webhook URLs. */
const SECRET_ENV_NAME = /(KEY|TOKEN|SECRET|PASSWORD|WEBHOOK)/i;
const SHORTEST_ENV_SECRET = 8;

export interface ServerSecrets {
  /** The access tokens the server accepts. */
  tokens: ReadonlyArray<{ token: string }>;
  env: Record<string, string | undefined>;
  stagingDirectory: string;
  uploadDirectory: string;
  /** The database location (`:memory:` and `md:` name no folder). */
  database?: string;
}

/** The database location of a sink that names one (the DuckDB sink does), else undefined. */
export function sinkLocation(sink: object): string | undefined {
  const location = (sink as { location?: unknown }).location;
  return typeof location === 'string' ? location : undefined;
}

function secretEnvValues(env: ServerSecrets['env']): string[] {
  return Object.entries(env)
    .filter(([name, value]) => SECRET_ENV_NAME.test(name) && (value?.length ?? 0) >= SHORTEST_ENV_SECRET)
    .flatMap(([name, value]) => (name.endsWith('TOKENS') ? value!.split(',').map((t) => t.split(':').at(-1)!) : [value!]));
}

function serverPaths(secrets: ServerSecrets): NonNullable<Redaction['paths']> {
  const paths = [
    { path: resolve(secrets.uploadDirectory), as: '(upload)' },
    { path: resolve(secrets.stagingDirectory), as: '(staging)' },
  ];
  const database = secrets.database;
  if (database && database !== ':memory:' && !database.startsWith('md:')) {
    paths.push({ path: dirname(resolve(database)), as: '(database folder)' });
  }
  return paths;
}

/**
 * What the server keeps out of every response body and log line: its tokens, the secrets in its
 * environment (an LLM key, a webhook URL) and its own folders (uploads, staging and their
 * temporary copies, the database's folder). Sources and providers already keep them out; this
 * is the last guard before text leaves the process.
 *
 * @example
 * const clean = serverRedactor({ tokens, env: process.env, stagingDirectory, uploadDirectory, database });
 * clean('open /srv/ls/staging/tmp/1/a.csv') // 'open (staging)/tmp/1/a.csv'
 */
export function serverRedactor(secrets: ServerSecrets): (text: string) => string {
  const redaction: Redaction = {
    secrets: [...secrets.tokens.map((t) => t.token), ...secretEnvValues(secrets.env)],
    paths: serverPaths(secrets),
  };
  return (text) => redact(text, redaction);
}
