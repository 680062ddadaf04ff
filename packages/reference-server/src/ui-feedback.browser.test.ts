import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askThroughUi, shot, signIn, startUiFixture, writeVesselFiles, type UiFixture } from './ui-browser.fixture.js';

let fixture: UiFixture;
let url: string;
let page: Page;

beforeAll(async () => {
  fixture = await startUiFixture();
  url = fixture.server.url;
  writeVesselFiles(fixture.directory);
  const result = await fixture.services.engine.ingest([join(fixture.directory, 'vessels.csv')], { dataset: 'vessels' });
  expect(result.batches[0]?.status).toBe('loaded');
  page = await fixture.browser.newPage({ viewport: { width: 800, height: 900 } });
  await signIn(page, url);
}, 120_000);

afterAll(async () => {
  await fixture?.close();
});

describe('the right/wrong buttons under an answer (real Chromium)', () => {
  it('Right keeps the question and its SQL as a verified pair', async () => {
    await askThroughUi(page, url, { question: 'How many vessels per flag state?' });
    const sql = (await page.textContent('#generated-sql'))!.trim();
    await shot(page, 'feedback-form');
    await Promise.all([page.waitForURL(`${url}/ui/feedback`), page.click('#mark-right')]);
    expect(await page.textContent('#feedback-result')).toContain('"How many vessels per flag state?" now has a verified answer');
    expect((await page.textContent('#verified-sql'))!.trim()).toBe(sql);
    await shot(page, 'feedback-right');
    expect(await fixture.services.queryLayer.verifiedPairs.list()).toEqual([expect.objectContaining({ question: 'How many vessels per flag state?', sql, source: 'right' })]);
  });

  it('a refused question can be taught: Wrong with the corrected SQL runs it and keeps it', async () => {
    await askThroughUi(page, url, { question: 'How many vessels fly the flag of Liberia?' });
    expect(await page.textContent('#query-error')).toMatch(/LS_QUESTION_NOT_UNDERSTOOD/);
    const corrected = "SELECT count(*) AS vessels FROM vessels WHERE flag_state = 'Liberia'";
    await page.fill('#corrected-sql', corrected);
    await Promise.all([page.waitForURL(`${url}/ui/feedback`), page.click('#mark-wrong')]);
    expect(await page.textContent('#feedback-result')).toContain('"How many vessels fly the flag of Liberia?" now has a verified answer');
    expect((await page.textContent('#verified-sql'))!.trim()).toBe(corrected);
    await shot(page, 'feedback-taught');
    const taught = await fixture.services.queryLayer.verifiedExamplesFor('How many vessels fly the flag of Panama?');
    // The taught pair is the best example for a question like it (the per-flag pair comes after).
    expect(taught[0]).toEqual(expect.objectContaining({ sql: corrected }));
  });

  it('Wrong with a SQL that writes is not recorded, and says why', async () => {
    await askThroughUi(page, url, { question: 'How many vessels per flag state?' });
    await page.fill('#corrected-sql', 'DELETE FROM vessels');
    await Promise.all([page.waitForURL(`${url}/ui/feedback`), page.click('#mark-wrong')]);
    expect(await page.textContent('#feedback-result')).toMatch(/Not recorded: LS_QUERY_REFUSED/);
    const rows = await fixture.services.engine.query('SELECT count(*) AS n FROM vessels');
    expect(Number(rows.rows[0]![0])).toBe(4);
  });
});
