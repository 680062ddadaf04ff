// Gold answers straight from the raw CSVs: an in-memory DuckDB with one table per file, copied from
// read_csv of it, so the gold never passes through Living Schema's ingest or catalog. (A table, not
// a view: a view would parse the CSV again for every gold statement.)
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { canonicalRows } from './canonical-value.mjs';

const quoteIdentifier = (name) => `"${name.replaceAll('"', '""')}"`;
const quoteLiteral = (text) => `'${text.replaceAll("'", "''")}'`;

/**
 * @param {string} folder where the domain's CSVs were written
 * @param {string[]} tables table names; `<name>.csv` in `folder`
 */
export async function openGold(folder, tables) {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  for (const table of tables) {
    const file = quoteLiteral(join(folder, `${table}.csv`));
    await connection.run(`CREATE TABLE ${quoteIdentifier(table)} AS SELECT * FROM read_csv(${file})`);
  }
  return {
    /** Canonical rows of each gold reading; a gold statement that fails is a bug in the set. */
    async rowsOf(question) {
      const readings = Array.isArray(question.gold) ? question.gold : [question.gold];
      const results = [];
      for (const sql of readings) {
        try {
          const reader = await connection.runAndReadAll(sql);
          results.push({ sql, rows: canonicalRows(reader.getRowsJson()) });
        } catch (error) {
          throw new Error(`gold SQL of "${question.q}" failed: ${error.message}\n${sql}`);
        }
      }
      return results;
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
