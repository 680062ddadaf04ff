#!/usr/bin/env node
import { LivingSchemaError } from '@living-schema/core';
import { serveFromConfig } from './index.js';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
// A function, not top-level await: the package also builds as CommonJS, which has none.
async function main(): Promise<void> {
  try {
    const port = flag('--port');
    const server = await serveFromConfig({
      configPath: flag('--config'),
      database: flag('--db'),
      overrides: { ...(port ? { port: Number(port) } : {}), ...(flag('--host') ? { host: flag('--host') } : {}) },
    });
    process.stderr.write(`Living Schema server on ${server.url}\n`);
    const stop = async () => {
      await server.close();
      process.exit(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (error) {
    process.stderr.write(LivingSchemaError.isInstance(error) ? `error [${error.code}]: ${error.message}\n` : `error: ${(error as Error).message}\n`);
    process.exit(1);
  }
}

void main();
