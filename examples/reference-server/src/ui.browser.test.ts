import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeServices, type ComposedServices } from './compose.js';
import { serverConfigSchema } from './server-config.js';
import { startServer, type StartedServer } from './server.js';

// Real Chromium (Debian's package, installed by .ci/run) driving the server-rendered UI.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TOKEN = 'browser-admin-token-0123456789';
const screenshots = new URL('../../../test-output/screenshots/', import.meta.url).pathname;

function vesselsCsv(rows: Array<[string, string, number]>): string {
  return ['vessel_name,flag_state,gross_tonnage', ...rows.map((r) => r.join(','))].join('\n') + '\n';
}

let directory: string;
let services: ComposedServices;
let server: StartedServer;
let browser: Browser;
let page: Page;

async function shot(name: string) {
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  directory = mkdtempSync(join(tmpdir(), 'ls-browser-'));
  writeFileSync(
    join(directory, 'vessels.csv'),
    vesselsCsv([['Aurora', 'Liberia', 52000], ['Borealis', 'Panama', 31000], ['Cassiopeia', 'Malta', 78000], ['Delphine', 'Liberia', 12000]]),
  );
  writeFileSync(join(directory, 'vessels-update.csv'), vesselsCsv([['Esperanza', 'Liberia', 64000], ['Fjordlight', 'Norway', 27000]]));
  const config = serverConfigSchema.parse({ database: join(directory, 'fleet.duckdb'), llm: { provider: 'offline' } });
  services = await composeServices(config, { env: {}, engine: { notifiers: [] } });
  const seeded = await services.engine.ingest([join(directory, 'vessels.csv')], { dataset: 'vessels' });
  expect(seeded.batches[0]?.status).toBe('loaded');
  server = await startServer({ services, options: { port: 0, tokens: [{ token: TOKEN, scope: 'admin', name: 'browser' }], logRequests: false }, env: {}, log: () => undefined });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await services?.close();
});

describe('web UI in Chromium', () => {
  it('walks: sign in, ask, save a report, upload new data, see the change badge and diff, time-travel to the old answer', async () => {
    await page.goto(`${server.url}/ui`);
    expect(page.url()).toContain('/ui/login');
    await page.fill('#token', TOKEN);
    await page.click('button[type=submit]');
    await page.waitForURL(`${server.url}/ui`);
    await expect.poll(() => page.textContent('h1')).toMatch(/^Schema version \d+$/);
    await shot('1-schema');

    // Ask a question; the offline provider turns it into SQL.
    const question = 'How many vessels are flagged in Liberia?';
    await page.goto(`${server.url}/ui/query`);
    await page.fill('#question', question);
    await page.click('#ask');
    await page.waitForSelector('#result');
    expect(await page.textContent('#generated-sql')).toMatch(/count/i);
    expect(await page.locator('#result tbody td').first().textContent()).toBe('2');
    await shot('2-ask');

    // Save it as a report.
    await page.fill('#report-name', 'liberia vessels');
    await page.click('#save-report');
    await page.waitForURL(/\/ui\/reports/);
    const row = page.locator('tr[data-report="liberia vessels"]');
    expect(await page.locator('#notice').textContent()).toBe('Saved "liberia vessels".');
    await expect.poll(() => row.count()).toBe(1);
    await shot('3-report-saved');

    // Ingest new data through the upload form (which posts to /api/ingest).
    await page.goto(`${server.url}/ui/ingest`);
    await page.setInputFiles('#file', join(directory, 'vessels-update.csv'));
    await page.fill('#dataset', 'vessels');
    await page.click('#upload');
    await page.waitForSelector('#ingest-result');
    expect(await page.textContent('#ingest-result')).toContain('loaded');
    await shot('4-upload');

    // Refresh the report: it is marked as changed.
    await page.goto(`${server.url}/ui/reports`);
    await row.locator('button.refresh').click();
    await page.waitForURL(/notice=/);
    await expect.poll(() => row.locator('.badge').textContent()).toBe('data changed');
    await shot('5-changed-badge');

    // Open the diff: the old count left, the new one arrived.
    await row.locator('a.view-diff').click();
    await page.waitForSelector('#diff-added');
    const added = await page.locator('#diff-added tbody td').allTextContents();
    const removed = await page.locator('#diff-removed tbody td').allTextContents();
    const changed = await page.locator('#diff-changed tbody td').allTextContents();
    expect([...added, ...changed].join(' ')).toContain('3');
    expect([...removed, ...changed].join(' ')).toContain('2');
    await shot('6-diff');

    // Time travel to before the upload: the old answer.
    await page.goto(`${server.url}/ui/query`);
    await page.fill('#question', question);
    const before = await page.locator('#as-of option', { hasText: 'vessels-update.csv' }).getAttribute('value');
    expect(before).toBeTruthy();
    await page.selectOption('#as-of', before!);
    await page.click('#ask');
    await page.waitForSelector('#result');
    expect(await page.locator('#result tbody td').first().textContent()).toBe('2');
    expect(await page.textContent('#result-meta')).toContain('time_travel');
    await shot('7-time-travel');

    // And live, the new answer.
    await page.selectOption('#as-of', '');
    await page.click('#ask');
    await page.waitForSelector('#result');
    expect(await page.locator('#result tbody td').first().textContent()).toBe('3');
  }, 120_000);
});
