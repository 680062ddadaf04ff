import { randomBytes } from 'node:crypto';

/** Who a request acts as: a token's name and scope (never the token itself). */
export interface Identity {
  scope: 'read' | 'admin';
  name: string;
}

/** A signed-in browser: the cookie carries only `id`; forms carry `csrfToken`. */
export interface Session {
  readonly id: string;
  readonly csrfToken: string;
  readonly identity: Identity;
  readonly createdAt: number;
  lastSeenAt: number;
}

export interface SessionLimits {
  /** A session unused this long ends (ms). */
  idleMs: number;
  /** A session ends this long after it began (ms). */
  absoluteMs: number;
  /** Sessions kept at most; the oldest is dropped to make room. */
  maxSessions: number;
}

/** 32 random bytes, URL-safe: unguessable, and safe in a cookie, a form field or a query. */
function randomId(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Server-side sessions for the web UI, in memory: a restart signs everyone out, which is the
 * safe failure. Expiry is checked on every lookup, so no timer is needed.
 *
 * @example
 * const sessions = new SessionStore({ idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000, maxSessions: 10_000 });
 * const session = sessions.create({ scope: 'admin', name: 'ops' });
 * sessions.find(session.id); // the session, its idle clock restarted
 */
export class SessionStore {
  // A Map keeps insertion order, so the first key is always the oldest session.
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly limits: SessionLimits,
    private readonly now: () => number = Date.now
  ) {}

  create(identity: Identity): Session {
    this.makeRoom();
    const at = this.now();
    const session = {
      id: randomId(),
      csrfToken: randomId(),
      identity,
      createdAt: at,
      lastSeenAt: at,
    };
    this.sessions.set(session.id, session);
    return session;
  }

  /** The live session with this id (its idle clock restarted), or null if unknown or expired. */
  find(id: string | undefined): Session | null {
    if (!id) return null;
    const session = this.sessions.get(id);
    if (!session) return null;
    if (this.expired(session)) {
      this.sessions.delete(id);
      return null;
    }
    session.lastSeenAt = this.now();
    return session;
  }

  delete(id: string | undefined): void {
    if (id) this.sessions.delete(id);
  }

  get size(): number {
    return this.sessions.size;
  }

  private expired(session: Session): boolean {
    const at = this.now();
    return (
      at - session.lastSeenAt > this.limits.idleMs ||
      at - session.createdAt > this.limits.absoluteMs
    );
  }

  private makeRoom(): void {
    if (this.sessions.size < this.limits.maxSessions) return;
    for (const [id, session] of this.sessions) if (this.expired(session)) this.sessions.delete(id);
    while (this.sessions.size >= this.limits.maxSessions) {
      this.sessions.delete(this.sessions.keys().next().value as string);
    }
  }
}
