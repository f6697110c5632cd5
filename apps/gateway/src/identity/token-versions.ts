import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UsersRepository } from './users.repository.js';

interface Waiter {
  promise: Promise<number | null>;
  resolve: (v: number | null) => void;
  reject: (e: unknown) => void;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Access tokens are signed and short-lived (JWT_TTL), and carry their user's token version (`tv`). Raising
 * the version revokes every token issued before: a sign-out everywhere, an administrator's revocation.
 * Each gateway replica keeps the versions it has read for up to TTL_MS, so a revocation is in force on the
 * replica that made it at once and on every other replica within 10 seconds, without a database read on
 * every request (the live-sale path stays as it was).
 */
@Injectable()
export class TokenVersions {
  static readonly TTL_MS = 10_000;
  /** "no such user" is kept shorter: a signed token naming no user is refused, and a cache miss costs one indexed read */
  static readonly UNKNOWN_TTL_MS = 2_000;
  private readonly cache = new Map<string, { version: number | null; at: number }>();
  /** the users asked for since the read in flight (if any) was sent: the next read */
  private pending = new Map<string, Waiter>();
  /** the users of the read in flight (a user asked for again while it runs waits for it) */
  private reading = new Map<string, Waiter>();
  private flushing = false;
  /** users revoked or forgotten while a read was in flight: that read's answer is not kept for them */
  private readonly dropped = new Set<string>();

  constructor(private readonly ds: DataSource) {}

  /**
   * The user's current version, or null when there is no such user (users are never deleted: a token
   * naming no user was signed with the key but never issued to a user, and is refused).
   */
  async current(userId: string): Promise<number | null> {
    const now = Date.now();
    const hit = this.cache.get(userId);
    if (hit && now - hit.at < (hit.version === null ? TokenVersions.UNKNOWN_TTL_MS : TokenVersions.TTL_MS))
      return hit.version;
    if (!UUID.test(userId)) return null;
    return this.read(userId);
  }

  /**
   * Cache misses are read together, one read in flight at a time: the users asked for while a read runs (and
   * in the turn of the event loop before it) go in the next one, and a user asked for twice is read once. A
   * live sale brings thousands of first requests a second, each from a user not yet seen: one indexed read
   * each was ~0.16 ms of PostgreSQL per reservation; a read per turn of the event loop still meant a query
   * per 2–3 reservations (its writes to PostgreSQL's socket alone ~6 % of the gateway's CPU), the reads
   * overlapping. A request waits at most for the read in flight and its own.
   */
  private read(userId: string): Promise<number | null> {
    // a user revoked or forgotten while the read in flight runs is not given that read's answer: a request
    // made after the revocation goes in the next read
    const waiting = this.pending.get(userId) ?? (this.dropped.has(userId) ? undefined : this.reading.get(userId));
    if (waiting) return waiting.promise;
    let resolve!: (v: number | null) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<number | null>((res, rej) => ((resolve = res), (reject = rej)));
    this.pending.set(userId, { promise, resolve, reject });
    if (this.pending.size === 1 && !this.flushing) setImmediate(() => void this.flush());
    return promise;
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    const batch = this.pending;
    this.pending = new Map();
    this.reading = batch;
    try {
      const found = await UsersRepository.tokenVersions(this.ds.manager, [...batch.keys()]);
      const at = Date.now();
      if (this.cache.size > 100_000) this.cache.clear();
      for (const [id, p] of batch) {
        const version = found.get(id) ?? null;
        if (!this.dropped.has(id)) this.cache.set(id, { version, at });
        p.resolve(version);
      }
    } catch (e) {
      for (const p of batch.values()) p.reject(e);
    } finally {
      this.reading = new Map();
      this.dropped.clear();
      this.flushing = false;
      if (this.pending.size) setImmediate(() => void this.flush());
    }
  }

  /** Revokes every token of the user issued so far; false when there is no such user. */
  async revoke(userId: string): Promise<boolean> {
    const revoked = await UsersRepository.raiseTokenVersion(this.ds.manager, userId);
    this.forget(userId);
    return revoked;
  }

  /** Drops this replica's cached version after a change made elsewhere in a transaction (erasure). */
  forget(userId: string): void {
    this.cache.delete(userId);
    // a read in flight may have seen the version before the change: its answer is not kept
    if (this.flushing) this.dropped.add(userId);
  }
}
