import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RateLimitedError } from '../errors/http-error.filter.js';
import { SmsThrottleRepository } from './sms-throttle.repository.js';

export interface ThrottleRule {
  key: string;
  limit: number;
  windowSeconds: number;
}

/**
 * Fixed-window counters in PostgreSQL (every gateway replica sees the same counts), for registrations,
 * code requests and code checks. Each hit is counted in one atomic upsert before anything else is done,
 * so parallel requests cannot slip past a limit. Bounded: each row holds the end of its window and rows
 * past it are deleted (a few at a time, on every hit), so the table only holds live windows, and how
 * many phone keys one address can create is itself limited by that address's counter (checked first).
 * The same counters answer alike whatever the phone: whether it has an account changes nothing here.
 */
@Injectable()
export class SmsThrottle {
  constructor(private readonly ds: DataSource) {}

  /** Counts one hit on every rule, in order; the first rule over its limit refuses (429 with Retry-After). */
  async hit(rules: ThrottleRule[], what: string): Promise<void> {
    await SmsThrottleRepository.pruneSome(this.ds.manager);
    for (const r of rules) {
      const row = await SmsThrottleRepository.hit(this.ds.manager, r.key, r.windowSeconds);
      if (row.hits > r.limit) {
        const retry = Math.max(1, row.retry);
        throw new RateLimitedError(`Too many ${what}; try again in ${retry} seconds`, retry);
      }
    }
  }
}
