import type { EntityManager } from 'typeorm';
import { returning } from '@app/persistence';

export type CodePurpose = 'register' | 'link';

/** A code replacing any other of its phone and purpose. */
export interface NewPhoneCode {
  phone: string;
  purpose: CodePurpose;
  codeHash: string;
  ttlSeconds: number;
  /** the producer a link code was sent for; null for a registration */
  producerId: string | null;
}

/** A code as a try finds it, the try already counted. */
export interface CodeTry {
  codeHash: string;
  attempts: number;
  expired: boolean;
}

/** The only code that reads and writes phone_codes (the one-time codes sent by SMS). */
export const PhoneCodesRepository = {
  /** Stores the code; codes past their time by more than an hour go first, a few on every write. */
  async store(db: EntityManager, c: NewPhoneCode): Promise<void> {
    await db.query(
      `DELETE FROM phone_codes WHERE (phone, purpose) IN (SELECT phone, purpose FROM phone_codes WHERE expires_at < now() - interval '1 hour' LIMIT 50)`,
    );
    await db.query(
      `INSERT INTO phone_codes (phone, purpose, code_hash, attempts, expires_at, sent_at, producer_id)
       VALUES ($1, $2, $3, 0, now() + make_interval(secs => $4), now(), $5)
       ON CONFLICT (phone, purpose) DO UPDATE SET code_hash = EXCLUDED.code_hash, attempts = 0, expires_at = EXCLUDED.expires_at,
         sent_at = EXCLUDED.sent_at, producer_id = EXCLUDED.producer_id`,
      [c.phone, c.purpose, c.codeHash, c.ttlSeconds, c.producerId],
    );
  },

  /**
   * Counts one try on the phone's code of this purpose (a code sent for another producer is no code here),
   * atomically, before anything is compared; null when there is no such code.
   */
  async countTry(
    db: EntityManager,
    phone: string,
    purpose: CodePurpose,
    producerId: string | null,
  ): Promise<CodeTry | null> {
    const [row] = await returning<{ code_hash: string; attempts: number; expired: boolean }>(
      db,
      `UPDATE phone_codes SET attempts = attempts + 1 WHERE phone = $1 AND purpose = $2 AND producer_id IS NOT DISTINCT FROM $3
       RETURNING code_hash, attempts, expires_at <= now() AS expired`,
      [phone, purpose, producerId],
    );
    return row ? { codeHash: row.code_hash, attempts: row.attempts, expired: row.expired } : null;
  },

  /** The phone's code of this purpose is spent, or no longer stands for anything. */
  async remove(db: EntityManager, phone: string, purpose: CodePurpose): Promise<void> {
    await db.query(`DELETE FROM phone_codes WHERE phone = $1 AND purpose = $2`, [phone, purpose]);
  },
};
