import type { Command } from 'commander';
import type { SignIn } from '@living-schema/reference-server';
import type { GlobalOptions } from '../output.js';

/** What a person needs to use a server they just started: where it is and how to sign in. */
export function signInLines(url: string, signIn: SignIn): string[] {
  const lines = [`Living Schema server on ${url} (web UI at ${url}/ui, API document at ${url}/openapi.json)`];
  if (signIn.mintedToken) {
    lines.push(
      `No token is configured, so this run has one admin token (it lasts until the server stops):`,
      `  ${signIn.mintedToken}`,
      `Sign in at ${url}/ui/login with it, or call the API with: curl -H "authorization: Bearer ${signIn.mintedToken}" ${url}/api/schema/current`,
      'Set LIVING_SCHEMA_TOKENS=name:admin:<secret>,name:read:<secret> to choose your own tokens.',
    );
  } else if (signIn.tokens.length > 0) {
    lines.push(`Sign in at ${url}/ui/login with one of the configured tokens: ${signIn.tokens.map((t) => `${t.name} (${t.scope})`).join(', ')}.`);
  } else lines.push('Authentication is off (server.auth = "none"): for a single user on this machine only.');
  lines.push('Ctrl-C stops the server.');
  return lines;
}

/** Where the CLI finds this server: commands on the same database go through it. */
export function runtimeLine(runtimeFile: string | null): string[] {
  if (!runtimeFile) return [];
  return [`CLI commands on this database (sql, ask, schema, conflicts, reports, ingest) go through this server (runtime file ${runtimeFile}).`];
}

export function registerServe(program: Command, globals: () => GlobalOptions): void {
  program
    .command('serve')
    .description('start the reference server (HTTP API, web UI, /metrics, schedules) on the database; prints how to sign in')
    .option('--config <file>', 'config file (default: living-schema.config.{ts,mjs,js,json} in the current folder)')
    .option('--port <port>', 'port to listen on (default 8787; 0 picks a free one)', (v) => Number.parseInt(v, 10))
    .option('--host <host>', 'interface to listen on (default 127.0.0.1)')
    .action(async (flags: { config?: string; port?: number; host?: string }) => {
      const options = globals();
      const { serveFromConfig } = await import('@living-schema/reference-server');
      const server = await serveFromConfig({
        configPath: flags.config ?? options.config,
        database: options.db,
        overrides: { ...(flags.port !== undefined ? { port: flags.port } : {}), ...(flags.host ? { host: flags.host } : {}) },
        mintTokenIfNone: true,
      });
      process.stderr.write(`${[...signInLines(server.url, server.signIn), ...runtimeLine(server.runtimeFile)].join('\n')}\n`);
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await server.close();
    });
}
