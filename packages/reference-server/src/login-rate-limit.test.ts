import { describe, expect, it } from 'vitest';
import { LoginRateLimiter } from './login-rate-limit.js';

function limiter() {
  let now = 5_000_000;
  return {
    limiter: new LoginRateLimiter({ failures: 3, windowSeconds: 60 }, () => now),
    advance: (ms: number) => (now += ms),
  };
}

describe('LoginRateLimiter', () => {
  it('lets an address fail up to the limit, then says how long to wait', () => {
    const { limiter: l, advance } = limiter();
    for (let i = 0; i < 3; i += 1) {
      expect(l.retryAfterSeconds('10.0.0.1')).toBe(0);
      l.fail('10.0.0.1');
      advance(10_000);
    }
    // The oldest of the three failures was 30 s ago: it leaves the window in 30 s.
    expect(l.retryAfterSeconds('10.0.0.1')).toBe(30);
    expect(l.retryAfterSeconds('10.0.0.2')).toBe(0);
  });

  it('opens again once the failures leave the window', () => {
    const { limiter: l, advance } = limiter();
    for (let i = 0; i < 3; i += 1) l.fail('10.0.0.1');
    expect(l.retryAfterSeconds('10.0.0.1')).toBe(60);
    advance(60_001);
    expect(l.retryAfterSeconds('10.0.0.1')).toBe(0);
  });
});
