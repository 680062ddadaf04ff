// Builds a domain's store the way a user would: fresh folder, generated CSVs, one
// `ingest <file> --dataset <name>` per table, then `discover`. Rows in must equal rows loaded
// plus rows quarantined; a load that breaks that, or fails, stops the domain with the reason.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseJsonOutput, runCli } from './cli-process.mjs';

/** A generous bound: ingesting a 5,000-row CSV takes about 2 s here. */
const LOAD_GUARD_MS = 120_000;

async function cliJson(args, database, what) {
  const run = await runCli([...args, '--json'], { database, timeoutMs: LOAD_GUARD_MS });
  const output = parseJsonOutput(run.stdout);
  if (run.exitCode !== 0 || !output) {
    const reason = run.timedOut ? 'timed out' : `exit ${run.exitCode}: ${run.stderr.trim()}`;
    throw new Error(`${what} failed (${reason})`);
  }
  return output;
}

async function ingestTable(folder, table, database) {
  const file = join(folder, `${table}.csv`);
  const output = await cliJson(['ingest', file, '--dataset', table], database, `ingest ${file}`);
  const [batch] = output.batches ?? [];
  if (!batch || output.failures?.length) {
    throw new Error(`ingest ${file} loaded no batch: ${JSON.stringify(output.failures)}`);
  }
  if (batch.rowsIn !== batch.rowsLoaded + batch.rowsQuarantined) {
    throw new Error(`ingest ${file}: rows in ${batch.rowsIn} != loaded ${batch.rowsLoaded}` +
      ` + quarantined ${batch.rowsQuarantined}`);
  }
  return { table, rowsIn: batch.rowsIn, rowsLoaded: batch.rowsLoaded,
    rowsQuarantined: batch.rowsQuarantined };
}

/**
 * @param {{ name: string, generate: (folder: string) => string[] }} domain
 * @returns {Promise<{ folder: string, database: string, tables: string[], loads: object[] }>}
 */
export async function loadDomain(domain) {
  const folder = mkdtempSync(join(tmpdir(), `ls-eval-${domain.name}-`));
  const database = join(folder, 'store.duckdb');
  const tables = domain.generate(folder);
  const loads = [];
  for (const table of tables) loads.push(await ingestTable(folder, table, database));
  await cliJson(['discover'], database, 'discover');
  return { folder, database, tables, loads };
}
