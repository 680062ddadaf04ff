#!/usr/bin/env node
// Measures the offline question reader on domains it was not written for. Usage:
//   node test/eval-sets/run.mjs [domain...] [--json out.json] [--verbose] [--keep] [--gold] [--in-process]
// Build first (npx turbo run build): the runner drives packages/cli/dist/bin.js.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CLI_BIN } from './lib/cli-process.mjs';
import { DOMAINS } from './lib/domains.mjs';
import { evaluateDomain } from './lib/evaluate-domain.mjs';
import { openInProcess } from './lib/ask-in-process.mjs';
import { openGold } from './lib/gold-rows.mjs';
import { formatProblems, formatSummary, summarise } from './lib/summary.mjs';

const USAGE = `usage: node test/eval-sets/run.mjs [domain...] [options]
  domain     one or more of: ${DOMAINS.map((d) => d.name).join(', ')} (default: all)
  --json     write every question's outcome to FILE
  --verbose  print each outcome as it is judged, and refusals of answerable questions
  --keep     keep the generated CSVs and stores (their folders are printed)
  --gold     print the gold rows of every question and exit (to check the set, no CLI needed)
  --in-process  ask through the query layer in this process, not the CLI per question: the same
             verdicts in minutes for every domain, for use while changing the reader (report
             a round's figures from the CLI)`;

function parseCommandLine() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'string' }, verbose: { type: 'boolean' }, keep: { type: 'boolean' },
      gold: { type: 'boolean' }, 'in-process': { type: 'boolean' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const unknown = positionals.filter((name) => !DOMAINS.some((d) => d.name === name));
  if (unknown.length) {
    console.error(`unknown domain ${unknown.join(', ')}\n${USAGE}`);
    process.exit(2);
  }
  const domains = positionals.length ? DOMAINS.filter((d) => positionals.includes(d.name)) : DOMAINS;
  return { ...values, domains };
}

async function printGold(domain) {
  const folder = mkdtempSync(join(tmpdir(), `ls-eval-gold-${domain.name}-`));
  const gold = await openGold(folder, domain.generate(folder));
  try {
    for (const [index, question] of domain.questions.entries()) {
      if (question.gold === undefined) continue;
      for (const reading of await gold.rowsOf(question)) {
        const shown = JSON.stringify(reading.rows.slice(0, 12));
        console.log(`${domain.name}-${index + 1} [${question.kind}] ${question.q}`);
        console.log(`    ${reading.rows.length} rows ${shown}`);
      }
    }
  } finally {
    gold.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

function printOutcome(outcome) {
  const detail = outcome.status === 'answered' ? outcome.sql : `${outcome.code}`;
  console.log(`  ${outcome.verdict.padEnd(7)} ${outcome.id} [${outcome.kind}] ${outcome.question}`);
  console.log(`          ${detail}`);
}

async function main() {
  const options = parseCommandLine();
  if (options.gold) {
    for (const domain of options.domains) await printGold(domain);
    return;
  }
  if (!existsSync(CLI_BIN)) {
    console.error(`${CLI_BIN} is missing: build first`
      + ' (npx turbo run build --output-logs=errors-only)');
    process.exit(2);
  }
  const results = [];
  for (const domain of options.domains) {
    console.log(`\n== ${domain.name}: ${domain.questions.length} questions`);
    const onOutcome = options.verbose ? printOutcome : undefined;
    const result = await evaluateDomain(domain, { onOutcome, ...(options['in-process'] ? { openAsker: openInProcess } : {}) });
    result.summary = summarise(result.outcomes);
    results.push(result);
    console.log(`  loaded: ${result.loads.map((l) => `${l.table} ${l.rowsLoaded}/${l.rowsIn}` +
      (l.rowsQuarantined ? ` (${l.rowsQuarantined} quarantined)` : '')).join(', ')}`);
    console.log(formatSummary(domain.name, result.summary));
    const shown = options.verbose ? ['wrong', 'error', 'refused'] : ['wrong', 'error'];
    const problems = formatProblems(result.outcomes, shown);
    const heading = options.verbose ? 'wrong answers, errors and refusals'
      : 'wrong answers and errors';
    if (problems) console.log(`  ${heading}:\n${problems}`);
    if (options.keep) console.log(`  kept: ${result.folder}`);
    else rmSync(result.folder, { recursive: true, force: true });
  }
  const overall = summarise(results.flatMap((r) => r.outcomes));
  if (results.length > 1) console.log(`\n${formatSummary('overall', overall)}`);
  if (options.json) {
    const report = { cli: options['in-process'] ? 'in-process' : CLI_BIN, createdAt: new Date().toISOString(), overall,
      domains: results.map(({ folder, ...rest }) => rest) };
    writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\noutcomes written to ${options.json}`);
  }
}

await main();
