import { Command } from 'commander';
import { registerBatches } from './commands/batches.js';
import { registerDemo } from './commands/demo.js';
import { registerConflicts } from './commands/conflicts.js';
import { registerRelationships } from './commands/relationships.js';
import { registerDiscover } from './commands/discover.js';
import { registerDoctor } from './commands/doctor.js';
import { registerSchema } from './commands/schema.js';
import { registerSimilar } from './commands/similar.js';
import { registerInit } from './commands/init.js';
import { registerIngest } from './commands/ingest.js';
import { registerQuarantine } from './commands/quarantine.js';
import { registerServe } from './commands/serve.js';
import { registerSql } from './commands/sql.js';
import { registerAsk } from './commands/ask.js';
import { registerReports } from './commands/reports.js';
import { registerEval } from './commands/eval.js';
import { registerFeedback } from './commands/feedback.js';
import type { GlobalOptions } from './output.js';
import { loadCliPlugins } from './registry.js';

export const VERSION = '0.1.0';

/** Builds the `living-schema` command. Each command lives in `commands/<name>.ts`. */
export function buildProgram(): Command {
  const program = new Command('living-schema');
  program
    .description('Keep an analytical database schema alive: ingest, discover, version, query.')
    .version(VERSION)
    .option('--db <path>', 'database: a DuckDB file, :memory: or md:<db> (env LIVING_SCHEMA_DB, default ./living-schema.duckdb)')
    .option('--staging <dir>', 'staging: a folder (default .living-schema/staging beside the database) or s3://bucket/prefix (env LIVING_SCHEMA_S3_*)')
    .option('--json', 'machine-readable JSON output')
    .option('--config <file>', 'config file naming third-party plugins (default: living-schema.config.{ts,mjs,js,json} here)')
    .showHelpAfterError()
    .configureHelp({ sortSubcommands: true });
  const globals = () => program.opts<GlobalOptions>();
  // The config's plugins load before any action (not for --help), so every engine gets them;
  // `serve --config <file>` names the file for the server and for this. `doctor` loads them
  // itself, to report a plugin that fails instead of stopping at it.
  program.hook('preAction', async (_program, action) => {
    if (action.name() !== 'doctor') await loadCliPlugins(action.opts<{ config?: string }>().config ?? globals().config);
  });
  registerInit(program, globals);
  registerSql(program, globals);
  registerAsk(program, globals);
  registerReports(program, globals);
  registerEval(program, globals);
  registerFeedback(program, globals);
  registerBatches(program, globals);
  registerDemo(program, globals);
  registerDiscover(program, globals);
  registerDoctor(program, globals);
  registerSchema(program, globals);
  registerConflicts(program, globals);
  registerRelationships(program, globals);
  registerSimilar(program, globals);
  registerIngest(program, globals);
  registerQuarantine(program, globals);
  registerServe(program, globals);
  return program;
}
