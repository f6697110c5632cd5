import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GATEWAY_CONFIG } from '../config.js';
import type { GatewayConfig } from '../config.js';
import { RateLimitedError } from '../errors/http-error.filter.js';
import { LoginThrottleRepository } from './login-throttle.repository.js';

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
    const rows = await LoginThrottleRepository.countKeys(this.ds.manager, keys, t);
    for (const r of rows) {
      if (r.key.startsWith('pair:') && !r.admitted) throw this.limited(r.retry);
      if (r.key.startsWith('ip:') && r.failures > t.maxFailuresPerIp) throw this.limited(r.retry);
    }
    if (!userExists) return;
    const cap = await LoginThrottleRepository.countLogin(this.ds.manager, login, ip, t.windowSeconds);
    if (cap.failures > t.maxFailuresPerLogin && !cap.known) throw this.limited(cap.retry);
  }

  /** The password was right: the pair and the login are cleared, the address's attempt taken back, the client remembered. */
  async succeeded(login: string, ip: string): Promise<void> {
    await LoginThrottleRepository.succeeded(this.ds.manager, login, ip);
  }

  /** At most once per pruneIntervalMs (LoginThrottleRepository.prune says what goes). */
  private async pruneNow(): Promise<void> {
    const t = this.config.loginThrottle;
    if (Date.now() - this.lastPrune < t.pruneIntervalMs) return;
    this.lastPrune = Date.now();
    await LoginThrottleRepository.prune(this.ds.manager, t.windowSeconds, t.maxRows);
  }

  private limited(retry: number): RateLimitedError {
    const seconds = Math.max(1, retry);
    return new RateLimitedError(`Too many failed logins; try again in ${seconds} seconds`, seconds);
  }
}
