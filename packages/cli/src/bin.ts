#!/usr/bin/env node
import { buildProgram } from './program.js';
import { reportError } from './output.js';

// A closed pipe (e.g. `| head`) ends the command quietly instead of crashing it.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// A function, not top-level await: the package also builds as CommonJS, which has none.
async function main(): Promise<void> {
  const program = buildProgram();
  program.exitOverride();
  try {
    await program.parseAsync(process.argv);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help') process.exit(0);
    if (typeof code === 'string' && code.startsWith('commander.')) process.exit(2);
    process.exitCode = reportError(error, Boolean(program.opts().json));
  }
}

void main();
