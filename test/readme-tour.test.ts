import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForOutput } from './support/wait-for-output.js';

// The README's 30-second tour, run from the README text itself, exactly as printed, the way a
// newcomer runs it after set-up: through `npx living-schema` (the linked workspace bin), in a
// folder inside the repository, against a fresh store. `examples/exports/` there holds this
// test's own files, not the repository's samples, so the answers must come from them.
const root = new URL('../', import.meta.url).pathname;
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The tour's command lines: the README's first sh block after its heading, comments removed. */
function tourCommands(): string[] {
  const section = readme.slice(readme.indexOf('## 30-second tour'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)![1]!;
  return block.split('\n').map((line) => line.replace(/\s+#\s.*$/, '').trim()).filter(Boolean);
}

// Two monthly exports of a small registry (the second spells the call-sign column differently)
// and an Argilla to_disk export, written by this test.
const JANUARY = [
  ['9001', 'Kite Runner', 'Norway', 'tanker', 'LA1001'],
  ['9002', 'Gannet', 'Norway', 'reefer', 'LA1002'],
  ['9003', 'Sea Lark', 'Portugal', 'tanker', 'CS1003'],
  ['9004', 'Brent Goose', 'Norway', 'trawler', 'LA1004'],
];
const JUNE = [
  ['9005', 'Storm Petrel', 'Portugal', 'trawler', 'CS1005'],
  ['9006', 'Fulmar', 'Iceland', 'reefer', 'TF1006'],
  ['9007', 'Skua', 'Norway', 'tanker', 'LA1007'],
];

function writeFixtures(folder: string): void {
  const exports = join(folder, 'examples', 'exports');
  mkdirSync(join(exports, 'ner', '.argilla'), { recursive: true });
  const csv = (header: string, rows: string[][]) => `${[header, ...rows.map((r) => r.join(','))].join('\n')}\n`;
  writeFileSync(join(exports, 'fleet_register_2024-01.csv'), csv('imo_number,vessel_name,flag_state,vessel_type,call_sign', JANUARY));
  writeFileSync(join(exports, 'fleet_register_2024-06.csv'), csv('imo_number,vessel_name,flag_state,vessel_type,callsign', JUNE));
  const text = 'Gannet called at Bergen.';
  writeFileSync(join(exports, 'ner', '.argilla', 'dataset.json'), JSON.stringify({ name: 'tour-ner' }));
  writeFileSync(
    join(exports, 'ner', '.argilla', 'settings.json'),
    JSON.stringify({
      fields: [{ name: 'text', title: 'Text', required: true, settings: { type: 'text' } }],
      questions: [{ name: 'entities', title: 'Entities', required: true, settings: { type: 'span', field: 'text', options: [{ value: 'VESSEL', text: 'VESSEL' }, { value: 'PORT', text: 'PORT' }] } }],
      metadata: [],
      vectors: [],
    }),
  );
  writeFileSync(
    join(exports, 'ner', 'records.json'),
    JSON.stringify([{ id: 'r1', fields: { text }, metadata: {}, suggestions: {}, vectors: {}, status: 'completed', responses: { entities: [{ user_id: 'u1', status: 'submitted', value: [{ label: 'VESSEL', start: 0, end: 6 }, { label: 'PORT', start: 17, end: 23 }] }] } }]),
  );
}

let folder: string;
let env: Record<string, string | undefined>;
const results = new Map<string, { status: number | null; stdout: string; stderr: string }>();

/** Runs one tour line in bash with the tour's exported variables; `npx` may not reach a registry. */
function runLine(line: string) {
  const result = spawnSync('bash', ['-c', line], { cwd: folder, env, encoding: 'utf8', timeout: 300_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const commands = tourCommands();
const serveLine = commands.find((c) => / serve\b/.test(c));

beforeAll(() => {
  mkdirSync(join(root, 'test-output'), { recursive: true });
  folder = mkdtempSync(join(root, 'test-output', 'readme-tour-'));
  writeFixtures(folder);
  env = { ...process.env, npm_config_offline: 'true', LIVING_SCHEMA_TOKENS: '', LIVING_SCHEMA_SLACK_WEBHOOK_URL: '', ANTHROPIC_API_KEY: '', OPENAI_API_KEY: '', PORT: '0' };
  for (const line of commands) {
    const exported = /^export (\w+)=(\S+)$/.exec(line);
    if (exported) env[exported[1]!] = exported[2]!;
    else if (line !== serveLine) results.set(line, runLine(line));
  }
}, 600_000);

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

const resultOf = (pattern: RegExp) => {
  const line = commands.find((c) => pattern.test(c));
  expect(line, `the tour has a line matching ${pattern}`).toBeDefined();
  return results.get(line!)!;
};

describe('the README tour, exactly as printed', () => {
  it('every command exits 0', () => {
    for (const [line, result] of results) expect(result.status, `${line}\n${result.stderr}`).toBe(0);
  });

  it('the demo keeps to its own store and leaves the user database alone until ingest', () => {
    expect(existsSync(join(folder, '.living-schema', 'demo.duckdb'))).toBe(true);
    expect(resultOf(/ demo\b/).stdout).toContain('its own store');
    expect(resultOf(/ demo\b/).stdout).not.toContain('fleet.duckdb');
  });

  it('ingest loads both monthly exports into one dataset, says why, and reads the Argilla export whole', () => {
    const ingest = resultOf(/ ingest /);
    expect(ingest.stderr).toContain('-> fleet_register (4 loaded, 0 quarantined; dataset named from the file without its date/version suffix');
    expect(ingest.stderr).toContain('-> fleet_register (3 loaded, 0 quarantined');
    expect(ingest.stderr).toMatch(/ner -> annotations \(2 loaded/);
    expect(ingest.stderr).not.toContain('error [');
  });

  it('schema and conflicts show the dataset and the call-sign near-duplicate across the two files', () => {
    expect(resultOf(/ schema$/).stdout).toContain('fleet_register');
    expect(resultOf(/ conflicts$/).stdout).toMatch(/field of fleet_register\s+callsign\s+call_sign/);
  });

  it('the question is answered from the ingested files, not from the demo', () => {
    const counts = new Map<string, number>();
    for (const row of [...JANUARY, ...JUNE]) counts.set(row[2]!, (counts.get(row[2]!) ?? 0) + 1);
    const ask = resultOf(/ ask /).stdout;
    expect(ask).toContain('FROM "fleet_register"');
    for (const [flag, count] of counts) expect(ask).toMatch(new RegExp(`^${flag}\\s+${count}$`, 'm'));
    expect(ask).toContain(`(${counts.size} rows; offline)`);
  });

  it('the report is saved and its check says unchanged', () => {
    expect(resultOf(/ reports save /).stdout).toContain('saved report "by-flag"');
    expect(resultOf(/ reports check/).stdout).toContain('by-flag: unchanged');
  });

  it('serve prints how to sign in, the printed token signs in to the web UI, and Ctrl-C stops it', async () => {
    expect(serveLine).toBeDefined();
    // Its own process group, so that SIGINT reaches npx and the server as Ctrl-C in a terminal does.
    const child = spawn('bash', ['-c', `exec ${serveLine}`], { cwd: folder, env, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    const printed = await waitForOutput(child, 'Ctrl-C stops the server.', 120_000);
    const exited = new Promise<string>((resolve) => child.on('exit', (code, signal) => resolve(`code ${code} signal ${signal}`)));
    try {
      const url = /Sign in at (http:\/\/\S+)\/ui\/login/.exec(printed)![1]!;
      const token = /\n {2}([0-9a-f]{48})\n/.exec(printed)![1]!;
      const login = await fetch(`${url}/ui/login`, { method: 'POST', body: new URLSearchParams({ token }), redirect: 'manual' });
      expect(login.status).toBe(302);
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
      const page = await fetch(`${url}/ui`, { headers: { cookie } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('fleet_register');
    } finally {
      process.kill(-child.pid!, 'SIGINT');
    }
    // npx re-raises the SIGINT it forwarded; what a user relies on is that the server let go of
    // the store and the port: the next command opens the database at once.
    expect(await exited).toMatch(/code (0|130) signal null|signal SIGINT/);
    const after = spawnSync(process.execPath, [join(root, 'packages/cli/bin/living-schema.js'), 'sql', 'SELECT count(*) AS n FROM fleet_register'], { cwd: folder, env, encoding: 'utf8', timeout: 60_000 });
    expect(after.status, after.stderr).toBe(0);
    expect(after.stdout).toMatch(/^7$/m);
  }, 180_000);
});
