import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createLivingSchema } from '@living-schema/core';
import { duckdb } from '@living-schema/sink-duckdb';
import { recordsStep } from './demo-step-records.js';

// Runs the built binary, as a user would (`npm test` builds first).
const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'bin.js');
const run = (cwd: string, args: string[]) => {
  const result = spawnSync(process.execPath, [bin, '--db', join(cwd, 'store.duckdb'), ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('living-schema ingest (csv) and quarantine', () => {
  it('ingests CSVs into one dataset, lists the quarantine, exports it, replays the fix, and a re-run adds nothing', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'ls-cli-records-'));
    writeFileSync(join(cwd, 'october.csv'), 'IMO Number,Vessel Name,Flag State\n9100000,Aurora,Liberia\n9107919,Borealis\n');
    writeFileSync(join(cwd, 'november.tsv'), 'imo_number\tvesselName\tflag_state\tyear_built\n9115838\tCassiopeia\tMalta\t2015\n');
    const first = run(cwd, ['--json', 'ingest', 'october.csv', 'november.tsv', '--dataset', 'registry']);
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.stdout);
    expect(summary.batches.map((b: Record<string, unknown>) => [b.source, b.dataset, b.rowsIn, b.rowsLoaded, b.rowsQuarantined, b.status])).toEqual([
      ['csv', 'registry', 2, 1, 1, 'loaded'],
      ['csv', 'registry', 1, 1, 0, 'loaded'],
    ]);
    const listed = JSON.parse(run(cwd, ['--json', 'quarantine']).stdout);
    expect(listed).toEqual([expect.objectContaining({ dataset: 'registry', rowNumber: 2, raw: '9107919,Borealis', sourceUri: join(cwd, 'october.csv') })]);

    const exported = run(cwd, ['quarantine', 'export', listed[0].batchId]);
    expect(exported.stdout).toBe('IMO Number,Vessel Name,Flag State\n9107919,Borealis\n');
    writeFileSync(join(cwd, 'fixed.csv'), exported.stdout.replace('9107919,Borealis', '9107919,Borealis,Panama'));
    const replay = run(cwd, ['--json', 'quarantine', 'replay', listed[0].batchId, '--from', 'fixed.csv']);
    expect(replay.code).toBe(0);
    expect(JSON.parse(replay.stdout)).toMatchObject({ replayed: 1, batches: [{ rowsLoaded: 1, dataset: 'registry' }] });
    expect(JSON.parse(run(cwd, ['--json', 'quarantine']).stdout)).toEqual([]);
    expect(JSON.parse(run(cwd, ['--json', 'sql', 'SELECT vessel_name, flag_state, year_built FROM registry ORDER BY imo_number']).stdout).rows).toEqual([
      ['Aurora', 'Liberia', null],
      ['Borealis', 'Panama', null],
      ['Cassiopeia', 'Malta', 2015],
    ]);

    const again = JSON.parse(run(cwd, ['--json', 'ingest', 'october.csv', 'november.tsv', '--dataset', 'registry']).stdout);
    expect(again.batches.map((b: { status: string }) => b.status)).toEqual(['skipped', 'skipped']);
    expect(JSON.parse(run(cwd, ['--json', 'sql', 'SELECT count(*) FROM registry']).stdout).rows).toEqual([[3]]);
  });

  it('exits 1 naming an unusable file, and still loads the others', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'ls-cli-records-'));
    writeFileSync(join(cwd, 'good.csv'), 'a,b\n1,2\n');
    writeFileSync(join(cwd, 'empty.csv'), '');
    const result = run(cwd, ['ingest', 'good.csv', 'empty.csv']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/error \[LS_INPUT_UNREADABLE\]: .*empty\.csv was not loaded: the file is empty/);
    expect(JSON.parse(run(cwd, ['--json', 'sql', 'SELECT count(*) FROM good']).stdout).rows).toEqual([[1]]);
  });

  it('replay of an unknown batch fails with LS_NOT_FOUND', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'ls-cli-records-'));
    writeFileSync(join(cwd, 'x.csv'), 'a\n1\n');
    run(cwd, ['init']);
    const result = run(cwd, ['quarantine', 'replay', 'b_missing', '--from', 'x.csv']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/LS_NOT_FOUND.*b_missing/);
  });
});

describe('demo step: records', () => {
  it('two registry exports evolve one dataset; counts reconcile; the second run loads nothing', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'ls-demo-records-'));
    const engine = createLivingSchema({ sink: duckdb({ path: join(directory, 'demo.duckdb') }), sources: recordsStep.sources!(), stagingDirectory: join(directory, 'staging'), notifiers: [] });
    try {
      const first = await recordsStep.run({ engine, workDirectory: directory });
      expect(first[0]!.lines).toEqual([
        'loaded: registry-2026-10.csv -> vessel_registry (24 in, 24 loaded, 0 quarantined)',
        'loaded: registry-2026-11.csv -> vessel_registry (20 in, 19 loaded, 1 quarantined)',
        'widened gross_tonnage: BIGINT -> DOUBLE',
        'added year_built (header "Year Built")',
      ]);
      expect(first[2]!.table!.rows.every((row) => row[4] === true)).toBe(true);
      expect(first[3]!.table!.rows).toEqual([['registry-2026-11.csv', 8, expect.stringMatching(/^Missing columns/), '9313813;Borealis 2;Bahamas']]);
      const second = await recordsStep.run({ engine, workDirectory: directory });
      expect(second[0]!.lines!.slice(0, 2).every((line) => line.startsWith('already loaded'))).toBe(true);
      expect((await engine.query('SELECT count(*) FROM vessel_registry')).rows).toEqual([[43]]);
    } finally {
      await engine.close();
    }
  });
});
