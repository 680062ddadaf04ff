import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  askThroughUi,
  shot,
  signIn,
  startUiFixture,
  writeVesselFiles,
  type UiFixture,
} from './ui-browser.fixture.js';

// The pages a new user meets in their first hour: a report's own page, delete, sign out, CSV
// downloads, the schema page's structure, file names instead of paths, and 800-px layouts.

let fixture: UiFixture;
let url: string;
let page: Page;

const PER_FLAG =
  'SELECT flag_state, count(*) AS vessels FROM vessels GROUP BY flag_state ORDER BY flag_state';
// Text a spreadsheet would run, and text RFC 4180 must quote.
const NOTES = [
  'id,note',
  '1,"=HYPERLINK(""http://example.invalid"",""click"")"',
  '2,"Smith, ""Jr"""',
  '3,"two\nlines"',
  '4,+44 20 7946',
  '5,-3 knots',
  '6,@mention',
  '',
].join('\n');

beforeAll(async () => {
  fixture = await startUiFixture();
  url = fixture.server.url;
  const { directory, services } = fixture;
  writeVesselFiles(directory);
  writeFileSync(join(directory, 'notes.csv'), NOTES);
  for (const [file, dataset] of [
    ['vessels.csv', 'vessels'],
    ['notes.csv', 'notes'],
  ]) {
    const result = await services.engine.ingest([join(directory, file!)], { dataset });
    expect(result.batches[0]?.status).toBe('loaded');
  }
  page = await fixture.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await signIn(page, url);
}, 120_000);

afterAll(async () => {
  await fixture?.close();
});

/** Texts of a table's body cells, row by row. */
function tableRows(selector: string): Promise<string[][]> {
  return page.$$eval(`${selector} tbody tr`, (rows) =>
    rows.map((r) => Array.from(r.querySelectorAll('td'), (td) => td.textContent?.trim() ?? '')),
  );
}

async function uploadThroughUi(file: string, dataset: string) {
  await page.goto(`${url}/ui/ingest`);
  await page.setInputFiles('#file', join(fixture.directory, file));
  await page.fill('#dataset', dataset);
  await page.click('#upload');
  await page.waitForSelector('#ingest-result');
  expect(await page.textContent('#ingest-result')).toContain('loaded');
}

async function saveReport(name: string, sql: string) {
  await askThroughUi(page, url, { sql });
  await page.fill('#report-name', name);
  await page.click('#save-report');
  await page.waitForURL(/\/ui\/reports\?notice=/);
}

async function download(href: string) {
  const response = await page.request.get(new URL(href, url).toString());
  return { status: response.status(), headers: response.headers(), body: await response.text() };
}

// The tests run in order on one server: later ones use the report and the upload of the first.
describe('web UI pages in Chromium', () => {
  it('a report page shows the answer, the history of checks and the last change, which a later unchanged refresh keeps', async () => {
    await saveReport('per flag', PER_FLAG);
    await uploadThroughUi('vessels-update.csv', 'vessels');

    await page.goto(`${url}/ui/reports`);
    const row = page.locator('tr[data-report="per flag"]');
    await row.locator('button.refresh').click();
    await page.waitForURL(/notice=/);
    expect(await row.locator('.badge').textContent()).toBe('data changed');

    // The list links to the report's page; a second Refresh there finds no further change.
    await row.locator('a.report-link').click();
    await page.waitForSelector('#report-answer');
    await page.click('#refresh-report');
    await page.waitForURL(/\/ui\/reports\/[^/?]+\?notice=/);
    expect(await page.textContent('#notice')).toBe('per flag: unchanged');

    expect(await page.textContent('#report-sql')).toBe(PER_FLAG);
    expect(await tableRows('#report-answer')).toEqual([
      ['Liberia', '3'],
      ['Malta', '1'],
      ['Norway', '1'],
      ['Panama', '1'],
    ]);
    const history = await tableRows('#report-history');
    expect(history.map((h) => [h[1], h[2], h[3], h[4], h[5]])).toEqual([
      ['unchanged', '4', '0', '0', '0'],
      ['data changed', '4', '1', '0', '1'],
      ['saved', '3', '0', '0', '0'],
    ]);
    for (const entry of history) expect(entry[0]).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // The change survived the unchanged refresh: on the report page and on the diff page.
    expect(await tableRows('#last-change #diff-added')).toEqual([['Norway', '1']]);
    expect(await page.textContent('#last-change')).toContain('Changed rows (1)');
    await shot(page, '8-report-page');

    await page.goto(`${url}/ui/reports`);
    await row.locator('a.view-diff').click();
    await page.waitForSelector('#diff-added');
    expect(await tableRows('#diff-added')).toEqual([['Norway', '1']]);
    expect(await tableRows('#diff-changed')).toEqual([['["Liberia",2]', '["Liberia",3]']]);
  }, 120_000);

  it('downloads an answer as RFC 4180 CSV with formula-leading cells defused, from the ask page and a report page', async () => {
    const sql = 'SELECT id, note FROM notes ORDER BY id';
    await askThroughUi(page, url, { sql });
    await page.waitForSelector('#result');
    const expected = [
      'id,note',
      `1,"'=HYPERLINK(""http://example.invalid"",""click"")"`,
      '2,"Smith, ""Jr"""',
      '3,"two\nlines"',
      "4,'+44 20 7946",
      "5,'-3 knots",
      "6,'@mention",
      '',
    ].join('\r\n');
    const asked = await download((await page.getAttribute('#download-csv', 'href'))!);
    expect(asked.status).toBe(200);
    expect(asked.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(asked.headers['content-disposition']).toMatch(
      /^attachment; filename="answer-[0-9a-f]{12}\.csv"/,
    );
    expect(asked.body).toBe(expected);

    await saveReport('notes, all', sql);
    await page.goto(`${url}/ui/reports`);
    await page.locator('tr[data-report="notes, all"] a.report-link').click();
    const saved = await download((await page.getAttribute('#report-csv', 'href'))!);
    expect(saved.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(saved.headers['content-disposition']).toBe(
      `attachment; filename="notes-all.csv"; filename*=UTF-8''notes%2C%20all.csv`,
    );
    expect(saved.body).toBe(expected);
  }, 120_000);

  it('deletes a report after a confirmation page', async () => {
    await saveReport('to delete', 'SELECT count(*) AS n FROM vessels');
    await page.goto(`${url}/ui/reports`);
    await page.locator('tr[data-report="to delete"] a.report-link').click();
    const reportUrl = page.url();
    await page.click('#delete-report');
    expect(await page.textContent('h1')).toBe('Delete “to delete”?');
    await page.click('#confirm-delete');
    await page.waitForURL(/\/ui\/reports\?notice=/);
    expect(await page.textContent('#notice')).toBe('Deleted "to delete".');
    expect(await page.locator('tr[data-report="to delete"]').count()).toBe(0);
    expect((await page.goto(reportUrl))!.status()).toBe(404);
  }, 120_000);

  it('the schema page opens with a summary and contents, versions link every diff and name the file behind a batch', async () => {
    await page.goto(`${url}/ui`);
    const summary = await page.textContent('#summary');
    expect(summary).toMatch(/2\s*datasets/);
    expect(summary).toMatch(/\d+\s*fields/);
    // The summary and the contents are in the first screenful, before the long sections.
    const top = await page.$eval('#contents', (e) => e.getBoundingClientRect().bottom);
    expect(top).toBeLessThan(900);
    const order = await page.$$eval('main > *[id], main > section', (els) => els.map((e) => e.id));
    expect(order).toEqual(['summary', 'contents', 'versions', 'entity-types', 'relationships', 'datasets']);
    expect(await page.$$eval('#contents a', (as) => as.map((a) => a.getAttribute('href')))).toEqual(
      ['#versions', '#entity-types', '#relationships', '#datasets', '#dataset-notes', '#dataset-vessels'],
    );
    // Each dataset is its own section with its own fields.
    expect((await tableRows('#fields-dataset-vessels')).map((r) => r[0]).sort()).toEqual([
      'flag_state',
      'gross_tonnage',
      'vessel_name',
    ]);
    expect((await tableRows('#fields-dataset-notes')).map((r) => r[0]).sort()).toEqual([
      'id',
      'note',
    ]);

    const versions = await tableRows('#versions-table');
    expect(versions.length).toBeGreaterThanOrEqual(2);
    const causes = versions.map((v) => v[2]!);
    expect(causes).toContain('batch vessels.csv');
    expect(causes).toContain('batch notes.csv');
    for (const cause of causes) expect(cause).not.toMatch(/\/|[0-9a-f]{16}/);
    // Every diff cell is a link, and following one shows that diff.
    const links = await page.$$eval('#versions-table tbody tr', (rows) =>
      rows.map((r) => r.querySelector('td:nth-child(5) a.diff-link')?.textContent ?? null),
    );
    expect(links.slice(0, -1).every((text) => /^\d+\.\.\d+$/.test(text ?? ''))).toBe(true);
    const first = versions.find((v) => v[2] === 'batch notes.csv')!;
    await page.locator('#versions-table a.diff-link', { hasText: first[4]! }).click();
    await page.waitForSelector('#diff-table');
    expect(page.url()).toContain(`diff=${first[4]}`);
    expect(await page.textContent('#schema-diff h3')).toMatch(/^Changes \d+ → \d+ \(\d+\)$/);
    expect((await tableRows('#diff-table')).map((r) => r[3])).toContain('notes.note');
    await page.goto(`${url}/ui?diff=oops`);
    expect(await page.textContent('#schema-diff')).toBe(
      '"oops" is not a pair of versions: write it as 1..2.',
    );
    await page.goto(`${url}/ui`);
    await shot(page, '9-schema-page');
  }, 120_000);

  it('upload lists and the "Data as of" selector show file names, never server paths', async () => {
    await page.goto(`${url}/ui/query`);
    const labels = await page.$$eval('#as-of option', (options) =>
      options.map((o) => o.textContent ?? ''),
    );
    expect(labels.some((l) => l.startsWith('before vessels-update.csv ('))).toBe(true);
    expect(labels.some((l) => l.startsWith('before notes.csv ('))).toBe(true);
    for (const label of labels) expect(label).not.toContain('/');

    await page.goto(`${url}/ui/ingest`);
    const files = (await tableRows('#uploads')).map((r) => r[0]);
    expect(files).toEqual(
      expect.arrayContaining(['vessels-update.csv', 'notes.csv', 'vessels.csv']),
    );
    for (const file of files) expect(file).not.toContain('/');
  }, 120_000);

  it('every page fits 800 and 1280 px without the page scrolling sideways; wide tables scroll in their own box', async () => {
    const reportPath = await (async () => {
      await page.goto(`${url}/ui/reports`);
      return page.locator('tr[data-report="per flag"] a.report-link').getAttribute('href');
    })();
    const wide = `SELECT ${Array.from(
      { length: 24 },
      (_, i) => `'a fairly long value ${i}' AS column_number_${i}`,
    ).join(', ')}`;
    const pages = [
      '/ui',
      '/ui?diff=1..2',
      `/ui/query?${new URLSearchParams({ sql: wide })}`,
      '/ui/reports',
      reportPath!,
      `${reportPath}/diff`,
      `${reportPath}/delete`,
      '/ui/conflicts',
      '/ui/ingest',
      '/ui/logout',
    ];
    for (const width of [800, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of pages) {
        await page.goto(`${url}${path}`);
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.scrollingElement!.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        expect(scrollWidth, `${path} at ${width} px`).toBeLessThanOrEqual(innerWidth);
      }
      // Answers come from the form's POST; their pages must fit too.
      const asked = [{ question: 'How many vessels are flagged in Liberia?' }, { sql: wide }];
      for (const input of asked) {
        await askThroughUi(page, url, input);
        const fits = await page.evaluate(
          () => document.scrollingElement!.scrollWidth <= window.innerWidth,
        );
        const what = `the answer to ${JSON.stringify(input).slice(0, 60)} at ${width} px`;
        expect(fits, what).toBe(true);
      }
      await page.goto(`${url}/ui/query`);
      const select = await page.$eval('#as-of', (e) => e.getBoundingClientRect().right);
      expect(select, `"Data as of" at ${width} px`).toBeLessThanOrEqual(width);
      await askThroughUi(page, url, { sql: wide });
      const box = await page.$eval('#result', (table) => ({
        table: table.scrollWidth,
        box: table.parentElement!.clientWidth,
      }));
      expect(box.table, `the wide result at ${width} px is wider than its box`).toBeGreaterThan(
        box.box,
      );
    }
    await page.setViewportSize({ width: 800, height: 900 });
    await page.goto(`${url}${reportPath}`);
    await shot(page, '10-report-page-800px');
    await page.setViewportSize({ width: 1280, height: 900 });
  }, 180_000);

  it('signs out from the navigation (POST) and from /ui/logout, clearing the cookie', async () => {
    const context = await fixture.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const other = await context.newPage();
    try {
      await signIn(other, url);
      await other.click('#sign-out button');
      await other.waitForURL(`${url}/ui/login?signedOut=1`);
      expect(await other.textContent('#notice')).toBe('You are signed out.');
      expect((await context.cookies()).map((c) => c.name)).not.toContain('ls_session');
      await other.goto(`${url}/ui/reports`);
      expect(new URL(other.url()).pathname).toBe('/ui/login');

      await signIn(other, url);
      await other.goto(`${url}/ui/logout`);
      expect(new URL(other.url()).pathname).toBe('/ui/logout');
      expect((await context.cookies()).map((c) => c.name)).toContain('ls_session');
      await other.click('#confirm-sign-out');
      await other.waitForURL(/\/ui\/login\?signedOut=1$/);
      expect((await context.cookies()).map((c) => c.name)).not.toContain('ls_session');
    } finally {
      await context.close();
    }
  }, 120_000);
  it('a page on another port of this host cannot save a report as the signed-in user', async () => {
    // The attacker's page: same host, other port (so "same-site", and SameSite=Strict sends the
    // cookie), a form aimed at our /ui/reports.
    const attacker = createServer((_, res) => {
      res.setHeader('content-type', 'text/html');
      res.end(
        `<form method="post" action="${url}/ui/reports">` +
          '<input name="name" value="forged"><input name="sql" value="SELECT 1 AS one">' +
          '<button id="go">go</button></form>',
      );
    });
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = attacker.address() as AddressInfo;
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.click('#go');
      await page.waitForSelector('#refusal');
      expect(await page.textContent('h1')).toBe('Cross-site request refused');
      expect(await page.textContent('#refusal')).toContain(`http://127.0.0.1:${port}`);
      await page.goto(`${url}/ui/reports`);
      expect(await page.locator('tr[data-report="forged"]').count()).toBe(0);
    } finally {
      await new Promise((resolve) => attacker.close(resolve));
    }
  }, 120_000);
});
