import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shot, signIn, startUiFixture, writeVesselFiles, type UiFixture } from './ui-browser.fixture.js';

// The schema page's Relationships section in Chromium: what discovery found between the vessel
// registry and a lookup of flag states, reviewed with the page's own buttons.

let fixture: UiFixture;
let url: string;
let page: Page;

beforeAll(async () => {
  fixture = await startUiFixture();
  url = fixture.server.url;
  const { directory, services } = fixture;
  writeVesselFiles(directory);
  writeFileSync(join(directory, 'flag_states.csv'), 'flag_state,registry_city\nLiberia,Monrovia\nPanama,Panama City\nMalta,Valletta\nNorway,Oslo\n');
  for (const [file, dataset] of [['flag_states.csv', 'flag_states'], ['vessels.csv', 'vessels']] as const) {
    expect((await services.engine.ingest([join(directory, file)], { dataset })).batches[0]?.status).toBe('loaded');
  }
  page = await fixture.browser.newPage({ viewport: { width: 800, height: 900 } });
  await signIn(page, url);
}, 120_000);

afterAll(async () => {
  await fixture?.close();
});

const rowOf = (name: string) => page.locator('#relationships-table tbody tr', { hasText: name });

describe('relationships on the schema page (Chromium)', () => {
  it('lists the suggested join with its coverage; Confirm marks it confirmed and writes a version', async () => {
    await page.goto(`${url}/ui`);
    const row = rowOf('vessels.flag_state -> flag_states.flag_state');
    await expect(row.locator('td.status').textContent()).resolves.toBe('suggested');
    await expect(row.locator('td.num').textContent()).resolves.toBe('1.00');
    const before = (await fixture.services.engine.schema.current()).version;
    await Promise.all([page.waitForURL(/notice=/), row.locator('button[value=confirm]').click()]);
    await expect(page.locator('#relationships .notice').textContent()).resolves.toContain('is confirmed');
    await expect(rowOf('vessels.flag_state').locator('td.status').textContent()).resolves.toBe('confirmed');
    expect((await fixture.services.engine.schema.current()).version).toBe(before + 1);
    const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(fits).toBe(true);
    await shot(page, 'schema-relationships');
  });

  it('Reject from the page keeps it rejected, and the schema as of an earlier version offers no buttons', async () => {
    await page.goto(`${url}/ui`);
    await Promise.all([page.waitForURL(/notice=/), rowOf('vessels.flag_state').locator('button[value=reject]').click()]);
    await expect(rowOf('vessels.flag_state').locator('td.status').textContent()).resolves.toBe('rejected');
    const earlier = (await fixture.services.engine.schema.current()).version - 1;
    await page.goto(`${url}/ui?at=${earlier}`);
    await expect(rowOf('vessels.flag_state').locator('td.status').textContent()).resolves.toBe('confirmed');
    expect(await page.locator('#relationships button').count()).toBe(0);
  });
});
