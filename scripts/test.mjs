#!/usr/bin/env node
// `npm test`: installs the Debian packages the tests use when missing (scripts/system-packages.sh),
// checks that every workspace declares the workspace packages it imports (scripts/check-workspace-deps.mjs),
// builds, typechecks and lints (publint, are-the-types-wrong) every package (CLI tests run the built
// binary), runs the whole vitest suite, and ends with one plain summary line,
// `tests: N passed, N failed, N skipped`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;

const system = run('bash', [new URL('./system-packages.sh', import.meta.url).pathname]);
if (system !== 0) {
  console.error('the Debian packages the tests need are missing: tests not run');
  process.exit(system);
}

const declared = run('node', [new URL('./check-workspace-deps.mjs', import.meta.url).pathname]);
if (declared !== 0) {
  console.error('a workspace imports a package it does not declare: tests not run');
  process.exit(declared);
}

const built = run('npx', ['turbo', 'run', 'build', 'typecheck', 'publint', 'attw', '--output-logs=errors-only']);
if (built !== 0) {
  console.error('build, typecheck, publint or are-the-types-wrong failed: tests not run');
  process.exit(built);
}

const reportDirectory = mkdtempSync(join(tmpdir(), 'ls-test-report-'));
const report = join(reportDirectory, 'vitest.json');
const status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)]);
try {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = (results.numPendingTests ?? 0) + (results.numTodoTests ?? 0);
  console.log(`tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped`);
  if (results.numTotalTests === 0) {
    console.error('no test ran');
    process.exit(1);
  }
} catch {
  console.error('no test report was written');
  process.exit(status || 1);
} finally {
  rmSync(reportDirectory, { recursive: true, force: true });
}
process.exit(status);
