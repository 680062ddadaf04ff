#!/usr/bin/env node
// The `living-schema-server` command. Committed (not built) so that `npm ci` links the bin before
// the first build: npm links a workspace's bin only when its file exists at install.
import { existsSync } from 'node:fs';

const built = new URL('../dist/bin.js', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write(
    'error [LS_NOT_BUILT]: the living-schema-server command is not built yet (dist/bin.js is missing).\n' +
      'Run `npm run build` in the repository, then try again.\n',
  );
  process.exit(1);
}
await import(built.href);
