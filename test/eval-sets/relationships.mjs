#!/usr/bin/env node
// Measures relationship discovery on the evaluation domains: each domain is loaded as a user
// would (lib/load-domain.mjs: ingest each CSV, then discover) and the relationships the store
// suggests are compared with the shared keys the domain's author listed in ../README.md. Usage:
//   node test/eval-sets/relationships.mjs [domain...] [--json out.json]
// Build first (npx turbo run build): the runner drives packages/cli/dist/bin.js.
import { rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runCli } from './lib/cli-process.mjs';
import { DOMAINS } from './lib/domains.mjs';
import { loadDomain } from './lib/load-domain.mjs';
import { pairKey, sharedKeys } from './lib/shared-keys.mjs';

async function discovered(database) {
  const run = await runCli(['relationships', '--json'], { database });
  const list = run.exitCode === 0 ? JSON.parse(run.stdout) : null;
  if (!Array.isArray(list)) throw new Error(`relationships failed: ${run.stderr.trim()}`);
  return list.map((r) => ({ key: pairKey({ table: r.from.dataset, field: r.from.field }, { table: r.to.dataset, field: r.to.field }), coverage: r.coverage }));
}

/** One domain: the author's pairs found, missed, and the pairs found that the author did not list. */
async function measureDomain(domain, expected) {
  const store = await loadDomain(domain);
  try {
    const found = await discovered(store.database);
    const keys = new Set(found.map((f) => f.key));
    return {
      domain: domain.name,
      expected: expected.size,
      found: [...expected].filter((k) => keys.has(k)),
      missed: [...expected].filter((k) => !keys.has(k)),
      extra: found.filter((f) => !expected.has(f.key)).map((f) => f.key),
    };
  } finally {
    rmSync(store.folder, { recursive: true, force: true });
  }
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: 'string' } } });
const keys = sharedKeys();
const domains = DOMAINS.filter((d) => (positionals.length ? positionals.includes(d.name) : true) && keys.has(d.name));
const results = [];
for (const domain of domains) {
  const result = await measureDomain(domain, keys.get(domain.name));
  results.push(result);
  const notes = [...result.missed.map((k) => `missed ${k}`), ...result.extra.map((k) => `extra ${k}`)];
  console.log(`${domain.name.padEnd(17)} ${result.found.length}/${result.expected} found, ${result.extra.length} extra${notes.length ? `\n    ${notes.join('\n    ')}` : ''}`);
}
const total = (f) => results.reduce((n, r) => n + f(r), 0);
const expected = total((r) => r.expected);
const found = total((r) => r.found.length);
const extra = total((r) => r.extra.length);
console.log(`\nall: ${found}/${expected} shared keys found (recall ${(found / expected).toFixed(3)}), ${extra} relationships no author listed (precision ${(found / Math.max(1, found + extra)).toFixed(3)})`);
if (values.json) writeFileSync(values.json, `${JSON.stringify({ createdAt: new Date().toISOString(), results }, null, 2)}\n`);
