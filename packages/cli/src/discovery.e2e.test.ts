import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The "done when", end to end through the built `living-schema` binary, with Slack
// played by a local server that answers like an incoming webhook.
const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'bin.js');

const slackPosts: Array<{ text: string; blocks: unknown[] }> = [];
const slackServer = createServer(async (request, response) => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  slackPosts.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
  response.writeHead(200, { 'content-type': 'text/html' }).end('ok');
});
let webhookUrl = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => slackServer.listen(0, '127.0.0.1', resolve));
  webhookUrl = `http://127.0.0.1:${(slackServer.address() as AddressInfo).port}/services/T000/B000/test`;
});
afterAll(() => new Promise<void>((resolve) => slackServer.close(() => resolve())));

// Asynchronous spawn: the Slack stand-in lives in this process and must keep answering.
function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, LIVING_SCHEMA_SLACK_WEBHOOK_URL: webhookUrl } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
const json = async (args: string[]) => {
  const result = await run([...args, '--json']);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
};

describe('discovery, conflicts, schema versions and Slack, end to end', () => {
  it('a second annotation round: two active entity types, one pending conflict, a Slack message, version +1; time travel; merge', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'ls-e2e-')), 'fleet.duckdb');
    await json(['--db', db, 'ingest', 'sample:registry', 'sample:reports']);
    const before = await json(['--db', db, 'schema']);
    expect(before.catalog.entityTypes.map((e: { name: string }) => e.name).sort()).toEqual(['FLAG', 'IMO', 'PORT', 'VESSEL_NAME']);
    await new Promise((r) => setTimeout(r, 50));
    const moment = new Date().toISOString();
    slackPosts.length = 0;

    const round2 = await json(['--db', db, 'ingest', 'sample:reports-round-2']);
    expect(round2.batches.map((b: { status: string }) => b.status)).toEqual(['loaded', 'loaded']);

    const after = await json(['--db', db, 'schema']);
    expect(after.version).toBe(before.version + 1);
    expect(after.diff.length).toBe(3);
    expect(after.diff.every((d: { impact: string; change: string }) => d.impact === 'additive' && d.change === 'added')).toBe(true);
    const status = Object.fromEntries(after.catalog.entityTypes.map((e: { name: string; status: string }) => [e.name, e.status]));
    expect(status).toMatchObject({ CALL_SIGN: 'active', DEFICIENCY: 'active', VesselName: 'pending_review', VESSEL_NAME: 'active' });
    expect(Object.values(status).filter((s) => s === 'active')).toHaveLength(6);

    const pending = await json(['--db', db, 'conflicts']);
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ candidateName: 'VesselName', existingName: 'VESSEL_NAME', status: 'pending' });
    expect(pending[0].reason).toMatch(/same after normalising/);

    const slackText = JSON.stringify(slackPosts);
    expect(slackPosts.length).toBeGreaterThanOrEqual(1);
    expect(slackText).toContain('Needs review: possible duplicate entity type');
    expect(slackText).toContain('New `VesselName` ~ existing `VESSEL_NAME` (similarity *1.00*)');
    expect(slackText).toContain('New entity type `CALL_SIGN`');

    const old = await json(['--db', db, 'schema', '--at', moment]);
    expect(old.version).toBe(before.version);
    expect(old.catalog.entityTypes.map((e: { name: string }) => e.name).sort()).toEqual(['FLAG', 'IMO', 'PORT', 'VESSEL_NAME']);
    expect((await json(['--db', db, 'schema', '--at', String(before.version)])).version).toBe(before.version);
    const diff = await json(['--db', db, 'schema', '--diff', `${before.version}..${after.version}`]);
    expect(diff).toMatchObject({ impact: 'additive' });

    const resolved = await json(['--db', db, 'conflicts', 'resolve', String(pending[0].id), '--merge']);
    expect(resolved.version).toBe(after.version + 1);
    const merged = await json(['--db', db, 'sql', `SELECT canonical_label, count(*) AS n FROM annotations_resolved WHERE label IN ('VESSEL_NAME', 'VesselName') GROUP BY 1`]);
    expect(merged.rows).toEqual([['VESSEL_NAME', 20]]);
    expect(await json(['--db', db, 'conflicts'])).toEqual([]);
    const again = await run(['--db', db, 'conflicts', 'resolve', String(pending[0].id), '--keep-separate']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('error [LS_CONFLICT_ALREADY_RESOLVED]');
  });

  it('similar scores pairs in order; discover reconciles; bad resolve flags exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ls-e2e-'));
    const pairs = join(dir, 'pairs.json');
    writeFileSync(pairs, JSON.stringify([['VESSEL_NAME', 'VesselName'], ['FLAG_2020', 'FLAG_2021'], ['GROSS_TONNAGE', 'NET_TONNAGE']]));
    const scored = await json(['similar', '--pairs', pairs]);
    expect(scored.map((r: { a: string; conflict: boolean }) => [r.a, r.conflict])).toEqual([['VESSEL_NAME', true], ['FLAG_2020', false], ['GROSS_TONNAGE', false]]);
    expect(Object.keys(scored[0])).toEqual(['a', 'b', 'similarity', 'conflict', 'reason']);
    const db = join(dir, 'x.duckdb');
    await json(['--db', db, 'ingest', 'sample:registry']);
    const discovered = await json(['--db', db, 'discover']);
    expect(discovered).toMatchObject({ mode: 'full', added: [], conflicts: [] });
    expect(discovered.updated).toBe(9);
    const bad = await run(['--db', db, 'conflicts', 'resolve', '1', '--merge', '--keep-separate']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Choose exactly one of --merge, --keep-separate or --rename <name>');
  });
});
