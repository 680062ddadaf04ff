import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cspViolations,
  TOKEN,
  shot as screenshot,
  startUiFixture,
  writeVesselFiles,
  type UiFixture,
} from './ui-browser.fixture.js';

let fixture: UiFixture;
let directory: string;
let server: UiFixture['server'];
let page: Page;

const shot = (name: string) => screenshot(page, name);

beforeAll(async () => {
  fixture = await startUiFixture();
  ({ directory, server } = fixture);
  writeVesselFiles(directory);
  const seeded = await fixture.services.engine.ingest([join(directory, 'vessels.csv')], {
    dataset: 'vessels',
  });
  expect(seeded.batches[0]?.status).toBe('loaded');
  page = await fixture.browser.newPage({ viewport: { width: 1280, height: 900 } });
}, 120_000);

afterAll(async () => {
  await fixture?.close();
});

describe('web UI in Chromium', () => {
  it('walks: sign in, ask, save a report, upload new data, see the change badge and diff, time-travel to the old answer', async () => {
    const violations = cspViolations(page);
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
    const before = await page
      .locator('#as-of option', { hasText: 'vessels-update.csv' })
      .getAttribute('value');
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
    // Every page of the walk satisfied the Content-Security-Policy (no inline script or style
    // outside the hashed stylesheet).
    expect(violations).toEqual([]);
  }, 120_000);
});
