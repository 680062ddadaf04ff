import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Runs the built binary, as a user would (`npm test` builds first).
const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'bin.js');
const run = (cwd: string, args: string[]) => {
  const result = spawnSync(process.execPath, [bin, '--db', join(cwd, 'store.duckdb'), ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

const FLAGS = ['Liberia', 'Panama', 'Malta', 'Bahamas'];

/** A vessel registry, its port calls (by IMO number) and a lookup of flag states (by name). */
function writeVesselExports(cwd: string): void {
  const vessels = Array.from({ length: 30 }, (_, i) => `${9100000 + i * 7},Vessel ${i},${FLAGS[i % 4]},${1990 + (i % 30)}`);
  writeFileSync(join(cwd, 'vessels.csv'), `IMO Number,Vessel Name,Flag State,Year Built\n${vessels.join('\n')}\n`);
  const calls = Array.from({ length: 120 }, (_, i) => `${9100000 + (i % 30) * 7},Rotterdam,2026-0${1 + (i % 9)}-1${i % 10},${100 + i}`);
  writeFileSync(join(cwd, 'port_calls.csv'), `IMO Number,Port,Arrived,Cargo Tonnes\n${calls.join('\n')}\n`);
  writeFileSync(join(cwd, 'flag_states.csv'), `flag_state,region\n${FLAGS.map((f, i) => `${f},R${i}`).join('\n')}\n`);
}

describe('living-schema relationships', () => {
  it('lists what discovery found, shows it in `schema`, and a review confirms or rejects it', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'ls-cli-relationships-'));
    writeVesselExports(cwd);
    for (const table of ['vessels', 'port_calls', 'flag_states']) {
      expect(run(cwd, ['--json', 'ingest', `${table}.csv`, '--dataset', table]).code).toBe(0);
    }
    const listed = JSON.parse(run(cwd, ['--json', 'relationships']).stdout) as Array<{ id: number; from: { dataset: string; field: string }; to: { dataset: string; field: string }; status: string }>;
    const names = listed.map((r) => `${r.from.dataset}.${r.from.field} -> ${r.to.dataset}.${r.to.field}`).sort();
    expect(names).toEqual(['port_calls.imo_number -> vessels.imo_number', 'vessels.flag_state -> flag_states.flag_state']);
    expect(run(cwd, ['schema']).stdout).toMatch(/Relationships\n[\s\S]*port_calls\.imo_number -> vessels\.imo_number\s+many-to-one\s+1\.00\s+suggested/);

    const calls = listed.find((r) => r.from.dataset === 'port_calls')!;
    const flag = listed.find((r) => r.from.dataset === 'vessels')!;
    expect(run(cwd, ['relationships', 'review', String(calls.id), '--confirm']).stdout).toMatch(/is confirmed\. Schema version \d+/);
    expect(run(cwd, ['relationships', 'review', String(flag.id), '--reject', '--by', 'ana']).code).toBe(0);
    expect(JSON.parse(run(cwd, ['--json', 'relationships', '--status', 'rejected']).stdout).map((r: { id: number }) => r.id)).toEqual([flag.id]);
    // A full discovery run does not bring the rejected one back.
    expect(run(cwd, ['discover']).code).toBe(0);
    const after = JSON.parse(run(cwd, ['--json', 'relationships']).stdout).map((r: { id: number; status: string }) => [r.id, r.status]);
    expect(after.sort()).toEqual([[calls.id, 'confirmed'], [flag.id, 'rejected']].sort());
  });

  it('`schema describe` writes a description a person gave; `schema` shows it', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'ls-cli-relationships-'));
    writeVesselExports(cwd);
    expect(run(cwd, ['ingest', 'flag_states.csv', '--dataset', 'flag_states']).code).toBe(0);
    const saved = run(cwd, ['schema', 'describe', 'flag_states.region', 'R0..R3: the registry region that inspects the flag', '--by', 'ana']);
    expect(saved.stdout).toMatch(/Description of flag_states\.region saved\. Schema version \d+/);
    const fields = JSON.parse(run(cwd, ['--json', 'schema']).stdout).catalog.fields as Array<{ name: string; description: string }>;
    expect(fields.find((f) => f.name === 'region')?.description).toBe('R0..R3: the registry region that inspects the flag');
    expect(run(cwd, ['schema', 'suggestions']).stdout).toBe('No description suggestions waiting.\n');
    const both = run(cwd, ['schema', 'describe', 'flag_states.region', 'text', '--accept-suggestion']);
    expect(both.stderr).toMatch(/LS_DESCRIPTION_INVALID.*not both or neither/);
    expect(run(cwd, ['schema', 'describe', 'flag_states.region', '--accept-suggestion']).stderr).toMatch(/LS_NOT_FOUND.*No description suggestion waits for flag_states\.region/);
    const missing = run(cwd, ['schema', 'describe', 'flag_states.nope', 'x']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/LS_NOT_FOUND.*flag_states\.nope/);
  });

  it('names the problem when a review has no decision or an unknown id', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'ls-cli-relationships-'));
    writeVesselExports(cwd);
    expect(run(cwd, ['ingest', 'vessels.csv', '--dataset', 'vessels']).code).toBe(0);
    const none = run(cwd, ['relationships', 'review', '1']);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/LS_RELATIONSHIP_REVIEW_INVALID.*exactly one of --confirm or --reject/);
    const unknown = run(cwd, ['relationships', 'review', '42', '--confirm']);
    expect(unknown.stderr).toMatch(/LS_NOT_FOUND.*Relationship 42 does not exist/);
  });
});
