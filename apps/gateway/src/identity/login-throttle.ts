import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GATEWAY_CONFIG } from '../config.js';
import type { GatewayConfig } from '../config.js';
import { RateLimitedError } from '../errors/http-error.filter.js';

/**
 * Against password guessing: failed logins are counted per login identifier (tight: 5 per 15 min by
 * default) and per client address (loose: 300 per 15 min), in Postgres so every gateway replica sees the
 * same counts. Each attempt is counted as a failure BEFORE the password is checked, in one atomic upsert,
 * so parallel guesses cannot slip past the limit; a correct password then takes its count back. Only
 * failures remain counted, so a village sharing one carrier address, logging in correctly during a live
 * sale, is never locked out by its own successes.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    private readonly ds: DataSource,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  /** Counts the attempt; refuses (429) when the login or the address is over its limit. */
  async begin(login: string, ip: string): Promise<void> {
    const { windowSeconds, maxFailuresPerLogin, maxFailuresPerIp } = this.config.loginThrottle;
    const rows: Array<{ key: string; failures: number; retry: number }> = await this.ds.query(
      `INSERT INTO login_throttle (key, failures, window_started_at)
         SELECT k, 1, now() FROM unnest($1::text[]) AS k
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN login_throttle.window_started_at <= now() - make_interval(secs => $2) THEN 1 ELSE login_throttle.failures + 1 END,
         window_started_at = CASE WHEN login_throttle.window_started_at <= now() - make_interval(secs => $2) THEN now() ELSE login_throttle.window_started_at END
       RETURNING key, failures, ceil(extract(epoch FROM window_started_at + make_interval(secs => $2) - now()))::int AS retry`,
      [[`login:${login}`, `ip:${ip}`], windowSeconds],
    );
    for (const r of rows) {
      const limit = r.key.startsWith('login:') ? maxFailuresPerLogin : maxFailuresPerIp;
      if (r.failures > limit) {
        const retry = Math.max(1, r.retry);
        throw new RateLimitedError(`Too many failed logins; try again in ${retry} seconds`, retry);
      }
    }
  }

  /** The password was right: the login's count is cleared and the address's attempt taken back. */
  async succeeded(login: string, ip: string): Promise<void> {
    await this.ds.query(`DELETE FROM login_throttle WHERE key = $1`, [`login:${login}`]);
    await this.ds.query(`UPDATE login_throttle SET failures = greatest(failures - 1, 0) WHERE key = $1`, [`ip:${ip}`]);
  }
}
