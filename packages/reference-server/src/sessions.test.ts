import { describe, expect, it } from 'vitest';
import { SessionStore } from './sessions.js';

const OPS = { scope: 'admin' as const, name: 'ops' };
const MINUTE = 60_000;

/** A store on a clock the test moves by hand. */
function store(limits: Partial<{ idleMs: number; absoluteMs: number; maxSessions: number }> = {}) {
  let now = 1_000_000;
  const sessions = new SessionStore(
    { idleMs: 30 * MINUTE, absoluteMs: 12 * 60 * MINUTE, maxSessions: 100, ...limits },
    () => now
  );
  return { sessions, advance: (ms: number) => (now += ms) };
}

describe('SessionStore', () => {
  it('gives each session an unguessable id and CSRF token, different from every other', () => {
    const { sessions } = store();
    const a = sessions.create(OPS);
    const b = sessions.create(OPS);
    expect(a.id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Set([a.id, b.id, a.csrfToken, b.csrfToken]).size).toBe(4);
    expect(sessions.find(a.id)?.identity).toEqual(OPS);
  });

  it('ends a session left idle past the idle limit; use keeps it alive', () => {
    const { sessions, advance } = store();
    const used = sessions.create(OPS);
    const idle = sessions.create(OPS);
    for (let i = 0; i < 3; i += 1) {
      advance(20 * MINUTE);
      expect(sessions.find(used.id)).not.toBeNull();
    }
    expect(sessions.find(idle.id)).toBeNull();
  });

  it('ends a session at the absolute limit even while it is in use', () => {
    const { sessions, advance } = store({ absoluteMs: 60 * MINUTE });
    const session = sessions.create(OPS);
    for (let i = 0; i < 2; i += 1) {
      advance(25 * MINUTE);
      expect(sessions.find(session.id)).not.toBeNull();
    }
    advance(11 * MINUTE);
    expect(sessions.find(session.id)).toBeNull();
  });

  it('deletes a session on sign-out and ignores unknown ids', () => {
    const { sessions } = store();
    const session = sessions.create(OPS);
    sessions.delete(session.id);
    expect(sessions.find(session.id)).toBeNull();
    expect(sessions.find('not-a-session')).toBeNull();
    expect(sessions.find(undefined)).toBeNull();
  });

  it('keeps at most maxSessions, dropping the oldest first', () => {
    const { sessions } = store({ maxSessions: 3 });
    const [first, ...rest] = Array.from({ length: 4 }, () => sessions.create(OPS));
    expect(sessions.size).toBe(3);
    expect(sessions.find(first!.id)).toBeNull();
    for (const s of rest) expect(sessions.find(s.id)).not.toBeNull();
  });
});
