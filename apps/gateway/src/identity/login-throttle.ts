import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GATEWAY_CONFIG } from '../config.js';
import type { GatewayConfig } from '../config.js';
import { RateLimitedError } from '../errors/http-error.filter.js';

/**
 * Against password guessing, without handing a stranger a way to lock a producer out (a producer's phone
 * is public). The rule (README "Identity and access"):
 *
 * 1. Per (login, client address): the first `freeFailures` failures cost nothing; from then on each
 *    failure makes that pair wait before its next attempt, doubling from `baseDelaySeconds` up to
 *    `maxDelaySeconds`. A pair forgets its failures `windowSeconds` after its last one. Only the guesser's
 *    own address waits: the owner elsewhere is not slowed.
 * 2. Per login, all addresses together: a soft cap of `maxFailuresPerLogin` failures per window. Past it,
 *    only known clients (an address where this login signed in correctly in the last 30 days) may try;
 *    others get 429 until the window ends. A distributed attack can close a login to new addresses for a
 *    window at a time, never to its owner's known ones, and never for good.
 * 3. Per client address: `maxFailuresPerIp` failures per window (loose: villages share carrier addresses).
 *
 * Each attempt is counted BEFORE the password is checked, in one atomic upsert per step, so parallel
 * guesses cannot slip past the delay; a correct password clears the pair and the login's count.
 * Logins that belong to no user count only against the address: random logins cannot grow the table.
 * Rows are pruned once their window and delay are over, and the table is bounded (`maxRows`, oldest first).
 */
@Injectable()
export class LoginThrottle {
  private lastPrune = 0;

  constructor(
    private readonly ds: DataSource,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  /** Counts the attempt; refuses (429) when the pair must still wait, the login is capped for this client, or the address is over its limit. */
  async begin(login: string, ip: string, userExists: boolean): Promise<void> {
    await this.pruneNow();
    const t = this.config.loginThrottle;
    const keys = userExists ? [`pair:${login}|${ip}`, `ip:${ip}`] : [`ip:${ip}`];
    // pair: delay after freeFailures; ip: fixed window. A key that must still wait is not counted again.
    const rows: Array<{ key: string; failures: number; admitted: boolean; retry: number }> = await this.ds.query(
      `INSERT INTO login_throttle AS t (key, failures, window_started_at, blocked_until, admitted, touched_at)
         SELECT k, 1, now(), CASE WHEN k LIKE 'pair:%' AND $3 <= 1 THEN now() + make_interval(secs => $4) END, true, now()
           FROM unnest($1::text[]) AS k
       ON CONFLICT (key) DO UPDATE SET
         admitted = NOT coalesce(t.blocked_until > now(), false),
         failures = CASE WHEN t.blocked_until > now() THEN t.failures
                         WHEN t.touched_at <= now() - make_interval(secs => $2) THEN 1
                         WHEN t.key LIKE 'ip:%' AND t.window_started_at <= now() - make_interval(secs => $2) THEN 1
                         ELSE t.failures + 1 END,
         window_started_at = CASE WHEN t.blocked_until > now() THEN t.window_started_at
                                  WHEN t.window_started_at <= now() - make_interval(secs => $2) THEN now() ELSE t.window_started_at END,
         blocked_until = CASE WHEN t.blocked_until > now() THEN t.blocked_until
                              WHEN t.key NOT LIKE 'pair:%' THEN NULL
                              WHEN t.touched_at <= now() - make_interval(secs => $2) THEN NULL
                              WHEN t.failures + 1 >= $3 THEN now() + make_interval(secs => least($5::float8, $4 * power(2, t.failures + 1 - $3)))
                              ELSE NULL END,
         touched_at = CASE WHEN t.blocked_until > now() THEN t.touched_at ELSE now() END
       RETURNING key, failures, admitted,
         ceil(extract(epoch FROM CASE WHEN key LIKE 'pair:%' THEN coalesce(blocked_until, now()) - now()
                                      ELSE window_started_at + make_interval(secs => $2) - now() END))::int AS retry`,
      [keys, t.windowSeconds, t.freeFailures, t.baseDelaySeconds, t.maxDelaySeconds],
    );
    for (const r of rows) {
      if (r.key.startsWith('pair:') && !r.admitted) throw this.limited(r.retry);
      if (r.key.startsWith('ip:') && r.failures > t.maxFailuresPerIp) throw this.limited(r.retry);
    }
    if (!userExists) return;
    const [cap]: Array<{ failures: number; retry: number; known: boolean }> = await this.ds.query(
      `WITH counted AS (
         INSERT INTO login_throttle AS t (key, failures, window_started_at, touched_at) VALUES ($1, 1, now(), now())
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN t.window_started_at <= now() - make_interval(secs => $2) THEN 1 ELSE t.failures + 1 END,
           window_started_at = CASE WHEN t.window_started_at <= now() - make_interval(secs => $2) THEN now() ELSE t.window_started_at END,
           touched_at = now()
         RETURNING failures, ceil(extract(epoch FROM window_started_at + make_interval(secs => $2) - now()))::int AS retry)
       SELECT failures, retry, EXISTS (SELECT 1 FROM login_known_clients WHERE login = $3 AND address = $4 AND last_success_at > now() - interval '30 days') AS known
         FROM counted`,
      [`login:${login}`, t.windowSeconds, login, ip],
    );
    if (cap.failures > t.maxFailuresPerLogin && !cap.known) throw this.limited(cap.retry);
  }

  /** The password was right: the pair and the login are cleared, the address's attempt taken back, the client remembered. */
  async succeeded(login: string, ip: string): Promise<void> {
    await this.ds.query(`DELETE FROM login_throttle WHERE key = ANY($1)`, [[`login:${login}`, `pair:${login}|${ip}`]]);
    await this.ds.query(`UPDATE login_throttle SET failures = greatest(failures - 1, 0) WHERE key = $1`, [`ip:${ip}`]);
    await this.ds.query(
      `INSERT INTO login_known_clients (login, address, last_success_at) VALUES ($1, $2, now())
       ON CONFLICT (login, address) DO UPDATE SET last_success_at = now()`,
      [login, ip],
    );
  }

  /** Rows whose window and delay are over go; then the oldest beyond maxRows; known clients after 30 days. */
  private async pruneNow(): Promise<void> {
    const t = this.config.loginThrottle;
    if (Date.now() - this.lastPrune < t.pruneIntervalMs) return;
    this.lastPrune = Date.now();
    await this.ds.query(
      `DELETE FROM login_throttle
        WHERE touched_at <= now() - make_interval(secs => $1)
          AND window_started_at <= now() - make_interval(secs => $1)
          AND coalesce(blocked_until <= now(), true)`,
      [t.windowSeconds],
    );
    await this.ds.query(
      `DELETE FROM login_throttle WHERE key IN (SELECT key FROM login_throttle ORDER BY touched_at DESC OFFSET $1)`,
      [t.maxRows],
    );
    await this.ds.query(`DELETE FROM login_known_clients WHERE last_success_at <= now() - interval '30 days'`);
  }

  private limited(retry: number): RateLimitedError {
    const seconds = Math.max(1, retry);
    return new RateLimitedError(`Too many failed logins; try again in ${seconds} seconds`, seconds);
  }
}
