import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Runs the built binary, as a user would (`npm test` builds first).
const here = dirname(fileURLToPath(import.meta.url));
const bin = join(here, '..', 'dist', 'bin.js');
const env = { ...process.env, ANTHROPIC_API_KEY: '', OPENAI_API_KEY: '', LIVING_SCHEMA_LLM_PROVIDER: '', USER: 'ana' };

function cliOn(db: string) {
  return (...args: string[]) => {
    const result = spawnSync(process.execPath, [bin, '--db', db, ...args], { encoding: 'utf8', env, timeout: 60_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
}

describe('living-schema schema teach', () => {
  it('turns a refusal on a word nobody derived into an answer, and forgetting the word brings the refusal back', () => {
    const cli = cliOn(join(mkdtempSync(join(tmpdir(), 'ls-cli-teach-')), 'x.duckdb'));
    expect(cli('--json', 'ingest', 'sample:registry').code).toBe(0);
    const question = 'What is the average heft of the vessels?';

    const refused = cli('ask', question);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/could not match "heft".*living-schema schema teach <dataset>\.<column> "heft"/);

    const taught = cli('schema', 'teach', 'vessels.gross_tonnage', 'heft', ' Displacement ');
    expect(taught.code, taught.stderr).toBe(0);
    expect(taught.stdout).toBe('vessels.gross_tonnage is now also read as: "displacement", "heft".\n');
    const answered = cli('--json', 'ask', question);
    expect(answered.code, answered.stderr).toBe(0);
    expect(JSON.parse(answered.stdout)).toMatchObject({ sql: 'SELECT avg("gross_tonnage") AS avg FROM "vessels"' });

    const words = JSON.parse(cli('--json', 'schema', 'words', 'vessels').stdout);
    expect(words).toEqual([
      { dataset: 'vessels', field: 'gross_tonnage', word: 'displacement', taughtBy: 'ana', taughtAt: expect.any(String) },
      { dataset: 'vessels', field: 'gross_tonnage', word: 'heft', taughtBy: 'ana', taughtAt: expect.any(String) },
    ]);

    expect(cli('schema', 'teach', 'vessels.gross_tonnage', 'heft', '--forget').stdout).toBe('Forgot 1 word for vessels.gross_tonnage.\n');
    expect(cli('ask', question).code).toBe(1);
  }, 300_000); // Seven runs of the binary: a generous bound against a hang on a loaded machine.

  it('refuses a word that already means another field, an unknown field and a non-word, naming each; nothing changes', () => {
    const cli = cliOn(join(mkdtempSync(join(tmpdir(), 'ls-cli-teach-bad-')), 'x.duckdb'));
    expect(cli('--json', 'ingest', 'sample:registry').code).toBe(0);
    expect(cli('schema', 'teach', 'vessels.gross_tonnage', 'heft').code).toBe(0);

    const twice = cli('schema', 'teach', 'vessels.owner', 'operator', 'heft');
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/LS_SYNONYM_INVALID.*"heft" already means vessels\.gross_tonnage/);
    expect(cli('schema', 'teach', 'vessels.nope', 'x').stderr).toMatch(/LS_NOT_FOUND.*Field vessels\.nope is not in the catalog/);
    expect(cli('schema', 'teach', 'vessels', 'x').stderr).toMatch(/LS_SYNONYM_INVALID.*"vessels" names no field/);
    expect(cli('schema', 'teach', 'vessels.owner', '<b>').stderr).toMatch(/LS_SYNONYM_INVALID.*"<b>" is not a word to teach/);
    expect(cli('schema', 'teach', 'vessels.owner', 'size class').stderr).toMatch(/LS_SYNONYM_INVALID.*"size class" is not a word to teach.*each word of a phrase on its own/);
    expect(cli('schema', 'teach', 'vessels.owner', 'tonnage').stderr).toMatch(/LS_SYNONYM_INVALID.*"tonnage" is a word of vessels\.gross_tonnage's own name/);
    expect(cli('schema', 'teach', 'vessels.nope', 'x', '--forget').stderr).toMatch(/LS_NOT_FOUND.*Field vessels\.nope/);
    // The refused call taught neither of its words.
    expect(JSON.parse(cli('--json', 'schema', 'words').stdout).map((w: { word: string }) => w.word)).toEqual(['heft']);
  }, 300_000);
});
