import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// These tests run the built binary, as a user would (`npm test` builds first).
const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'bin.js');

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const database = () => join(mkdtempSync(join(tmpdir(), 'ls-cli-')), 'x.duckdb');

describe('living-schema CLI', () => {
  it('--help lists the commands', () => {
    const { code, stdout } = run(['--help']);
    expect(code).toBe(0);
    for (const command of ['init', 'sql', 'batches', 'demo']) expect(stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    expect(stdout).toContain('--db <path>');
    expect(stdout).toContain('--json');
  });

  it('init then sql --json lists every table', () => {
    const db = database();
    expect(run(['--db', db, 'init']).code).toBe(0);
    // duckdb_tables() and duckdb_views() list names only; information_schema is another catalog, refused to untrusted SQL.
    const { code, stdout } = run(['--db', db, 'sql', 'select table_name from duckdb_tables() union select view_name from duckdb_views() where not internal order by 1', '--json']);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(parsed.columns).toEqual(['table_name']);
    const tables = parsed.rows.map((r: string[]) => r[0]);
    for (const table of ['raw_documents', 'annotations', 'structured_data', 'entity_types', 'field_definitions', 'schema_snapshots', 'entity_conflicts', 'query_executions', 'saved_queries', 'ingest_batches', 'quarantine']) {
      expect(tables).toContain(table);
    }
  });

  it('takes the database from LIVING_SCHEMA_DB', () => {
    const db = database();
    expect(run(['init', '--json'], { LIVING_SCHEMA_DB: db }).code).toBe(0);
    const { stdout } = run(['--json', 'sql', 'select version from schema_snapshots'], { LIVING_SCHEMA_DB: db });
    expect(JSON.parse(stdout).rows).toEqual([[1]]);
  });

  it('refuses a write with a coded error and exit status 1', () => {
    const db = database();
    run(['--db', db, 'init']);
    const { code, stderr } = run(['--db', db, 'sql', 'DROP TABLE annotations']);
    expect(code).toBe(1);
    expect(stderr).toContain('error [LS_QUERY_REFUSED]');
    expect(JSON.parse(run(['--db', db, 'sql', 'select count(*) from annotations', '--json']).stdout).rows).toEqual([[0]]);
  });

  it('tells the user to init when the database does not exist', () => {
    const { code, stderr } = run(['--db', join(mkdtempSync(join(tmpdir(), 'ls-cli-')), 'missing.duckdb'), 'sql', 'select 1']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/does not exist.*living-schema init/);
  });

  it('demo loads the sample data once, however often it runs, and batches lists the ledger', () => {
    const db = database();
    const first = run(['--db', db, 'demo', '--json']);
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.stdout);
    const foundation = summary.steps.find((s: { name: string }) => s.name === 'foundation');
    expect(foundation.sections[0].lines).toEqual([
      'loaded: records -> vessels (40 in, 40 loaded, 0 quarantined)',
      'loaded: documents -> raw_documents (12 in, 12 loaded, 0 quarantined)',
      'loaded: annotations -> annotations (48 in, 48 loaded, 0 quarantined)',
    ]);
    const second = JSON.parse(run(['--db', db, 'demo', '--json']).stdout);
    expect(second.steps[0].sections[0].lines.every((l: string) => l.startsWith('already loaded'))).toBe(true);
    // The second run added nothing: its ledger is the first run's, row for row.
    expect(second.ledger).toEqual(summary.ledger);
    const batches = JSON.parse(run(['--db', db, 'batches', '--json']).stdout);
    expect(batches).toHaveLength(summary.ledger.rows.length);
    expect(batches.filter((b: { status: string }) => b.status !== 'loaded')).toEqual([]);
    expect(JSON.parse(run(['--db', db, 'sql', 'select count(*) from vessels', '--json']).stdout).rows).toEqual([[40]]);
  });

  it('ingest names a missing input, exits 1, and still loads the others', () => {
    const db = database();
    const missing = join(tmpdir(), 'no-such-export.csv');
    const { code, stdout, stderr } = run(['--db', db, '--json', 'ingest', 'sample:registry', missing]);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    const summary = JSON.parse(stdout);
    expect(summary.batches).toEqual([expect.objectContaining({ source: 'sample', dataset: 'vessels', rowsIn: 40, rowsLoaded: 40, rowsQuarantined: 0, status: 'loaded' })]);
    expect(summary.failures).toEqual([{ input: missing, code: 'LS_INPUT_UNREADABLE', message: `${missing}: no such file, folder or matching path` }]);
    const again = JSON.parse(run(['--db', db, '--json', 'ingest', 'sample:registry']).stdout);
    expect(again.batches[0].status).toBe('skipped');
  });

  it('exits 2 on an unknown command', () => {
    const { code, stderr } = run(['frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown command/);
  });
});
