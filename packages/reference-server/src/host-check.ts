import type { MiddlewareHandler } from 'hono';
import { hostname, networkInterfaces } from 'node:os';
import { refuse } from './ui/refusal-page.js';

const WILDCARDS = new Set(['0.0.0.0', '::', '[::]', '']);
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/** "Example.com:8787" -> "example.com"; "[::1]:8787" -> "[::1]"; IPv6 kept in brackets. */
export function hostName(header: string): string {
  const value = header.trim().toLowerCase();
  if (value.startsWith('[')) return value.slice(0, value.indexOf(']') + 1);
  return value.replace(/:\d*$/, '');
}

/** An IPv6 address as a Host header writes it: in brackets. */
function bracketed(address: string): string {
  return address.includes(':') && !address.startsWith('[') ? `[${address}]` : address;
}

/** What a client may reach a server on a wildcard address by: its own addresses and name. */
function ownAddresses(): string[] {
  const addresses = Object.values(networkInterfaces()).flatMap((list) => list ?? []);
  return [hostname(), ...addresses.map((a) => bracketed(a.address.replace(/%.*$/, '')))];
}

/**
 * The host names a server listening on `listenHost` answers: that host, loopback names,
 * `allowedHosts`, and for a wildcard listen address the machine's own addresses and name.
 */
export function allowedHostNames(listenHost: string, allowedHosts: string[]): Set<string> {
  const listen = WILDCARDS.has(listenHost) ? ownAddresses() : [bracketed(listenHost)];
  return new Set([...listen, ...LOOPBACK_NAMES, ...allowedHosts].map((h) => hostName(h)));
}

/**
 * Answers only requests whose Host header names this server (421 otherwise). A DNS-rebinding
 * page reaches the server under the attacker's own host name, so it is refused here.
 *
 * @example app.use('*', hostCheck('127.0.0.1', ['living-schema.internal']))
 */
export function hostCheck(listenHost: string, allowedHosts: string[]): MiddlewareHandler {
  const allowed = allowedHostNames(listenHost, allowedHosts);
  return async (c, next) => {
    // No Host header (HTTP/1.0, or app.request() in-process) is not a rebinding page: a browser
    // always names the host; the URL then says which name the server took.
    const name = hostName(c.req.header('host') ?? new URL(c.req.url).host);
    if (!allowed.has(name)) {
      const detail = `This server does not answer for host "${name}". Add it to server.allowedHosts if clients reach the server by that name.`;
      return refuse(c, 421, 'Misdirected request', detail);
    }
    await next();
  };
}

/** Whether `host` is reachable only from this machine: 127.0.0.0/8, ::1, localhost. */
export function isLoopbackHost(host: string): boolean {
  const name = hostName(bracketed(host));
  return name === 'localhost' || name === '[::1]' || /^127(\.\d{1,3}){3}$/.test(name);
}
