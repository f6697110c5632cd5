import type { EntityManager } from 'typeorm';

/** The rule's figures the statements need (GatewayConfig.loginThrottle). */
export interface LoginThrottleLimits {
  windowSeconds: number;
  freeFailures: number;
  baseDelaySeconds: number;
  maxDelaySeconds: number;
}

/** A pair's or an address's count after an attempt. */
export interface KeyCount {
  key: string;
  failures: number;
  /** false when the pair was still waiting: the attempt was not counted */
  admitted: boolean;
  /** seconds until the pair may try again, or the address's window ends */
  retry: number;
}

/** A login's count (all addresses) after an attempt, and whether this address is one of its known clients. */
export interface LoginCount {
  failures: number;
  retry: number;
  known: boolean;
}

/** The only code that reads and writes login_throttle and login_known_clients (the rule: login-throttle.ts). */
export const LoginThrottleRepository = {
  /** Counts one attempt on each key, `pair:` keys with their doubling delay, `ip:` keys in a fixed window. */
  async countKeys(db: EntityManager, keys: string[], t: LoginThrottleLimits): Promise<KeyCount[]> {
    return db.query(
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
  },

  /** Counts one attempt on the login (all addresses), in the same statement asking whether the address is known. */
  async countLogin(db: EntityManager, login: string, ip: string, windowSeconds: number): Promise<LoginCount> {
    const [count]: LoginCount[] = await db.query(
      `WITH counted AS (
         INSERT INTO login_throttle AS t (key, failures, window_started_at, touched_at) VALUES ($1, 1, now(), now())
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN t.window_started_at <= now() - make_interval(secs => $2) THEN 1 ELSE t.failures + 1 END,
           window_started_at = CASE WHEN t.window_started_at <= now() - make_interval(secs => $2) THEN now() ELSE t.window_started_at END,
           touched_at = now()
         RETURNING failures, ceil(extract(epoch FROM window_started_at + make_interval(secs => $2) - now()))::int AS retry)
       SELECT failures, retry, EXISTS (SELECT 1 FROM login_known_clients WHERE login = $3 AND address = $4 AND last_success_at > now() - interval '30 days') AS known
         FROM counted`,
      [`login:${login}`, windowSeconds, login, ip],
    );
    return count;
  },

  /** A correct password: the pair and the login are cleared, the address's attempt taken back, the client remembered. */
  async succeeded(db: EntityManager, login: string, ip: string): Promise<void> {
    await db.query(`DELETE FROM login_throttle WHERE key = ANY($1)`, [[`login:${login}`, `pair:${login}|${ip}`]]);
    await db.query(`UPDATE login_throttle SET failures = greatest(failures - 1, 0) WHERE key = $1`, [`ip:${ip}`]);
    await db.query(
      `INSERT INTO login_known_clients (login, address, last_success_at) VALUES ($1, $2, now())
       ON CONFLICT (login, address) DO UPDATE SET last_success_at = now()`,
      [login, ip],
    );
  },

  /** Rows whose window and delay are over go; then the oldest beyond maxRows; known clients after 30 days. */
  async prune(db: EntityManager, windowSeconds: number, maxRows: number): Promise<void> {
    await db.query(
      `DELETE FROM login_throttle
        WHERE touched_at <= now() - make_interval(secs => $1)
          AND window_started_at <= now() - make_interval(secs => $1)
          AND coalesce(blocked_until <= now(), true)`,
      [windowSeconds],
    );
    await db.query(
      `DELETE FROM login_throttle WHERE key IN (SELECT key FROM login_throttle ORDER BY touched_at DESC OFFSET $1)`,
      [maxRows],
    );
    await db.query(`DELETE FROM login_known_clients WHERE last_success_at <= now() - interval '30 days'`);
  },
};
