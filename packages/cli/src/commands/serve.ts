import type { Command } from 'commander';
import type { GlobalOptions } from '../output.js';

export function registerServe(program: Command, globals: () => GlobalOptions): void {
  program
    .command('serve')
    .description('start the reference server (HTTP API, web UI, /metrics, schedules) on the database')
    .option('--config <file>', 'config file (default: living-schema.config.{ts,mjs,js,json} in the current folder)')
    .option('--port <port>', 'port to listen on (default 8787; 0 picks a free one)', (v) => Number.parseInt(v, 10))
    .option('--host <host>', 'interface to listen on (default 127.0.0.1)')
    .action(async (flags: { config?: string; port?: number; host?: string }) => {
      const options = globals();
      const { serveFromConfig } = await import('@living-schema/reference-server');
      const server = await serveFromConfig({
        configPath: flags.config,
        database: options.db,
        overrides: { ...(flags.port !== undefined ? { port: flags.port } : {}), ...(flags.host ? { host: flags.host } : {}) },
      });
      process.stderr.write(`Living Schema server on ${server.url} (web UI at ${server.url}/ui)\n`);
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await server.close();
    });
}
