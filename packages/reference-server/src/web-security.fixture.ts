import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeServices, type ComposedServices } from './compose.js';
import { serverConfigSchema } from './server-config.js';
import type { ServerOptions } from './server-options.js';
import { startServer, type StartedServer } from './server.js';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * One raw HTTP request: node:http lets a test send what a hostile page or client would (a
 * forged Host, another site's Origin, Sec-Fetch-Site), which fetch() does not allow.
 */
export function send(
  url: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      new URL(path, url),
      { method: init.method ?? 'GET', headers: init.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          })
        );
      }
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

/** `name=value` of the session cookie a reply set. */
export function sessionCookie(reply: Reply): string {
  const cookie = ([] as string[])
    .concat(reply.headers['set-cookie'] ?? [])
    .find((c) => c.startsWith('ls_session='));
  if (!cookie) throw new Error(`no session cookie in ${JSON.stringify(reply.headers)}`);
  return cookie.split(';')[0]!;
}

/** The CSRF token in a page's forms. */
export function csrfTokenIn(html: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('the page has no CSRF field');
  return token;
}

export const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
export const FORM = 'application/x-www-form-urlencoded';

export interface SecurityFixture {
  directory: string;
  services: ComposedServices;
  server: StartedServer;
  close(): Promise<void>;
}

/** A real server on a fresh DuckDB file with one vessels file loaded. */
export async function startSecurityFixture(options: ServerOptions): Promise<SecurityFixture> {
  const directory = mkdtempSync(join(tmpdir(), 'ls-web-security-'));
  writeFileSync(
    join(directory, 'vessels.csv'),
    'vessel_name,flag_state\nAurora,Liberia\nBorealis,Panama\n'
  );
  const config = serverConfigSchema.parse({
    database: join(directory, 'fleet.duckdb'),
    llm: { provider: 'offline' },
  });
  const services = await composeServices(config, { env: {}, engine: { notifiers: [] } });
  await services.engine.ingest([join(directory, 'vessels.csv')], { dataset: 'vessels' });
  const server = await startServer({
    services,
    options: { port: 0, logRequests: false, ...options },
    env: {},
    log: () => undefined,
  });
  return {
    directory,
    services,
    server,
    async close() {
      await server.close();
      await services.close();
    },
  };
}
