import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { composeServices, type ComposedServices } from './compose.js';
import { serverConfigSchema } from './server-config.js';
import { startServer, type StartedServer } from './server.js';

// Real Chromium (Debian's package, installed by .ci/run) driving the server-rendered UI.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const TOKEN = 'browser-admin-token-0123456789';
export const screenshots = new URL('../../../test-output/screenshots/', import.meta.url).pathname;

export function vesselsCsv(rows: Array<[string, string, number]>): string {
  return (
    ['vessel_name,flag_state,gross_tonnage', ...rows.map((r) => r.join(','))].join('\n') + '\n'
  );
}

/**
 * The two registry files both browser suites use: `vessels.csv` (four vessels, loaded first) and
 * `vessels-update.csv` (two more, uploaded later to change a saved report's answer).
 */
export function writeVesselFiles(directory: string): void {
  writeFileSync(
    join(directory, 'vessels.csv'),
    vesselsCsv([
      ['Aurora', 'Liberia', 52000],
      ['Borealis', 'Panama', 31000],
      ['Cassiopeia', 'Malta', 78000],
      ['Delphine', 'Liberia', 12000],
    ]),
  );
  writeFileSync(
    join(directory, 'vessels-update.csv'),
    vesselsCsv([
      ['Esperanza', 'Liberia', 64000],
      ['Fjordlight', 'Norway', 27000],
    ]),
  );
}

export interface UiFixture {
  directory: string;
  services: ComposedServices;
  server: StartedServer;
  browser: Browser;
  close(): Promise<void>;
}

/** A real server on a fresh DuckDB file (offline LLM, one admin token) and a Chromium to drive it. */
export async function startUiFixture(): Promise<UiFixture> {
  mkdirSync(screenshots, { recursive: true });
  const directory = mkdtempSync(join(tmpdir(), 'ls-browser-'));
  const config = serverConfigSchema.parse({
    database: join(directory, 'fleet.duckdb'),
    llm: { provider: 'offline' },
  });
  const services = await composeServices(config, { env: {}, engine: { notifiers: [] } });
  const server = await startServer({
    services,
    options: {
      port: 0,
      tokens: [{ token: TOKEN, scope: 'admin', name: 'browser' }],
      logRequests: false,
    },
    env: {},
    log: () => undefined,
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  return {
    directory,
    services,
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
      await services.close();
    },
  };
}

/** Signs the page in through the login form. */
export async function signIn(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/ui/login`);
  await page.fill('#token', TOKEN);
  await page.click('button[type=submit]');
  await page.waitForURL(`${url}/ui`);
}

/**
 * Asks through the ask page: a link fills the form in (a GET runs nothing), the Run button posts
 * it with the session's CSRF token.
 */
export async function askThroughUi(
  page: Page,
  url: string,
  input: { sql?: string; question?: string },
): Promise<void> {
  await page.goto(`${url}/ui/query?${new URLSearchParams(input)}`);
  await Promise.all([page.waitForURL(`${url}/ui/query`), page.click('#ask')]);
  await page.waitForSelector('#result, #query-error');
}

/** Collects the page's Content-Security-Policy violations (Chromium reports them on the console). */
export function cspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (entry) => {
    if (entry.text().includes('Content Security Policy')) violations.push(entry.text());
  });
  return violations;
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}
