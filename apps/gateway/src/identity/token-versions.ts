import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

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

  constructor(private readonly ds: DataSource) {}

  /**
   * The user's current version, or null when there is no such user (users are never deleted: a token
   * naming no user was signed with the key but never issued to a user, and is refused).
   */
  async current(userId: string): Promise<number | null> {
    const now = Date.now();
    const hit = this.cache.get(userId);
    if (hit && now - hit.at < (hit.version === null ? TokenVersions.UNKNOWN_TTL_MS : TokenVersions.TTL_MS)) return hit.version;
    const rows: Array<{ token_version: number }> = UUID.test(userId) ? await this.ds.query(`SELECT token_version FROM users WHERE id = $1`, [userId]) : [];
    const version = rows.length ? rows[0].token_version : null;
    if (this.cache.size > 100_000) this.cache.clear();
    this.cache.set(userId, { version, at: now });
    return version;
  }

  /** Revokes every token of the user issued so far; false when there is no such user. */
  async revoke(userId: string): Promise<boolean> {
    const [{ n }] = await this.ds.query(`WITH u AS (UPDATE users SET token_version = token_version + 1 WHERE id = $1 RETURNING 1) SELECT count(*)::int AS n FROM u`, [
      userId,
    ]);
    this.cache.delete(userId);
    return n > 0;
  }

  /** Drops this replica's cached version after a change made elsewhere in a transaction (erasure). */
  forget(userId: string): void {
    this.cache.delete(userId);
  }
}
