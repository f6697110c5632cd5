import type { EntityManager } from 'typeorm';

/** A counter after one hit. */
export interface WindowCount {
  hits: number;
  /** seconds until the window ends */
  retry: number;
}

/** The only code that reads and writes sms_throttle (the fixed-window counters of sms-throttle.ts). */
export const SmsThrottleRepository = {
  /** A few rows past their window go (the table holds only live windows). */
  async pruneSome(db: EntityManager): Promise<void> {
    await db.query(
      `DELETE FROM sms_throttle WHERE key IN (SELECT key FROM sms_throttle WHERE window_ends_at < now() LIMIT 50)`,
    );
  },

  /** Counts one hit on the key in one atomic upsert, opening a new window when the last one has ended. */
  async hit(db: EntityManager, key: string, windowSeconds: number): Promise<WindowCount> {
    const [row]: WindowCount[] = await db.query(
      `INSERT INTO sms_throttle (key, hits, window_ends_at) VALUES ($1, 1, now() + make_interval(secs => $2))
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN sms_throttle.window_ends_at <= now() THEN 1 ELSE sms_throttle.hits + 1 END,
         window_ends_at = CASE WHEN sms_throttle.window_ends_at <= now() THEN now() + make_interval(secs => $2) ELSE sms_throttle.window_ends_at END
       RETURNING hits, ceil(extract(epoch FROM window_ends_at - now()))::int AS retry`,
      [key, windowSeconds],
    );
    return row;
  },
};
