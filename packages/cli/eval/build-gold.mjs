// Recomputes the gold rows of questions.source.json against a database built from the sample
// data (living-schema ingest sample:registry sample:reports sample:reports-round-2), and writes
// sample-questions.json: the file `living-schema eval --questions` reads.
//   node packages/cli/eval/build-gold.mjs <database>
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';

const here = dirname(fileURLToPath(import.meta.url));
const database = process.argv[2];
if (!database) throw new Error('usage: node build-gold.mjs <database>');
const source = JSON.parse(readFileSync(join(here, 'questions.source.json'), 'utf8'));
const instance = await DuckDBInstance.create(database, { access_mode: 'READ_ONLY' });
const connection = await instance.connect();
const out = [];
for (const question of source) {
  const reader = await connection.runAndReadAll(question.sql);
  const rows = reader.getRowsJS().map((row) => row.map((v) => (typeof v === 'bigint' ? Number(v) : v instanceof Date ? v.toISOString() : v)));
  out.push({ q: question.q, rows, ...(question.ordered ? { ordered: true } : {}), ...(question.firstColumnOnly ? { firstColumnOnly: true } : {}), sql: question.sql });
}
writeFileSync(join(here, "sample-questions.json"), `[\n${out.map((o) => `  ${JSON.stringify(o)}`).join(",\n")}\n]\n`);
console.log(`${out.length} questions written`);
