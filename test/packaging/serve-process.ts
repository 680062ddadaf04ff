import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { join } from 'node:path';
import { waitForOutput } from '../support/wait-for-output.js';

export interface Served {
  url: string;
  /** The admin token the server was started with. */
  token: string;
  stop(): Promise<void>;
}

const START_BOUND = 120_000; // a start takes a few seconds here; this only guards against a hang

/** Starts the installed `living-schema` command (its bin link, so a signal reaches it) and waits until it listens. */
export async function startServe(project: string, args: string[]): Promise<Served> {
  const token = randomBytes(24).toString('hex');
  const child = spawn(join(project, 'node_modules', '.bin', 'living-schema'), args, {
    cwd: project,
    env: { ...process.env, LIVING_SCHEMA_TOKENS: `test:admin:${token}` },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const output = await waitForOutput(child, 'Ctrl-C stops the server.', START_BOUND);
  const url = /Living Schema server on (http:\/\/\S+)/.exec(output)![1]!;
  return {
    url,
    token,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
