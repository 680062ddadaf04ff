import { describe, expect, it } from 'vitest';
import { allowedHostNames, hostName, isLoopbackHost } from './host-check.js';

describe('host names', () => {
  it('reads the name of a Host header without its port, IPv6 in brackets, case folded', () => {
    expect(hostName('Example.COM:8787')).toBe('example.com');
    expect(hostName('[::1]:8787')).toBe('[::1]');
    expect(hostName('127.0.0.1')).toBe('127.0.0.1');
  });

  it('answers the listen host, loopback names and allowedHosts; nothing else', () => {
    const names = allowedHostNames('10.1.2.3', ['Living-Schema.internal:443']);
    expect([...names].sort()).toEqual([
      '10.1.2.3',
      '127.0.0.1',
      '[::1]',
      'living-schema.internal',
      'localhost',
    ]);
    expect(allowedHostNames('::1', []).has('[::1]')).toBe(true);
  });

  it("on a wildcard address also answers the machine's own addresses", () => {
    expect(allowedHostNames('0.0.0.0', []).has('127.0.0.1')).toBe(true);
    expect(allowedHostNames('0.0.0.0', []).has('rebind.evil.example')).toBe(false);
  });

  it('knows loopback addresses from reachable ones', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]'])
      expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ['0.0.0.0', '::', '10.0.0.5', 'example.com', '127.0.0.1.example.com'])
      expect(isLoopbackHost(host), host).toBe(false);
  });
});
