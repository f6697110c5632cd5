import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RateLimitedError } from '../errors/http-error.filter.js';

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
    await this.ds.query(
      `DELETE FROM sms_throttle WHERE key IN (SELECT key FROM sms_throttle WHERE window_ends_at < now() LIMIT 50)`,
    );
    for (const r of rules) {
      const [row]: Array<{ hits: number; retry: number }> = await this.ds.query(
        `INSERT INTO sms_throttle (key, hits, window_ends_at) VALUES ($1, 1, now() + make_interval(secs => $2))
         ON CONFLICT (key) DO UPDATE SET
           hits = CASE WHEN sms_throttle.window_ends_at <= now() THEN 1 ELSE sms_throttle.hits + 1 END,
           window_ends_at = CASE WHEN sms_throttle.window_ends_at <= now() THEN now() + make_interval(secs => $2) ELSE sms_throttle.window_ends_at END
         RETURNING hits, ceil(extract(epoch FROM window_ends_at - now()))::int AS retry`,
        [r.key, r.windowSeconds],
      );
      if (row.hits > r.limit) {
        const retry = Math.max(1, row.retry);
        throw new RateLimitedError(`Too many ${what}; try again in ${retry} seconds`, retry);
      }
    }
  }
}
