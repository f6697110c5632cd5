import { defineMigration } from '@app/persistence';

/**
 * A consumer's phone is verified with a one-time code before it can reserve or purchase.
 *  - users.phone_verified_at: null until verified. Logins made by staff (admins, LAO onboarding) are
 *    vouched for and count as verified. Consumers who registered before this existed never proved
 *    their phone (anyone could register a producer's published phone): they verify on next use, and
 *    their tokens are revoked so that every consumer token still in use says whether it is verified.
 *  - phone_codes: at most one live code per phone and purpose, stored as an HMAC, never in clear.
 *  - sms_throttle: fixed-window counters per phone and per client address (shared by every gateway
 *    replica); each row carries the end of its window and is deleted once past it, so the table holds
 *    only live windows.
 */
export const PhoneVerification1765300000000 = defineMigration('PhoneVerification1765300000000', {
  async up(qr) {
    await qr.query(`ALTER TABLE users ADD COLUMN phone_verified_at timestamptz`);
    await qr.query(`UPDATE users SET phone_verified_at = created_at WHERE role <> 'consumer' OR phone IS NULL`);
    await qr.query(`UPDATE users SET token_version = token_version + 1 WHERE phone_verified_at IS NULL`);
    await qr.query(`
      CREATE TABLE phone_codes (
        phone text NOT NULL,
        purpose text NOT NULL CHECK (purpose IN ('register', 'link')),
        code_hash text NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        expires_at timestamptz NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        producer_id uuid,
        PRIMARY KEY (phone, purpose)
      )`);
    await qr.query(`CREATE INDEX phone_codes_expires_at ON phone_codes (expires_at)`);
    await qr.query(`
      CREATE TABLE sms_throttle (
        key text PRIMARY KEY,
        hits integer NOT NULL,
        window_ends_at timestamptz NOT NULL
      )`);
    await qr.query(`CREATE INDEX sms_throttle_window_ends_at ON sms_throttle (window_ends_at)`);
  },

  async down(qr) {
    await qr.query('DROP TABLE sms_throttle');
    await qr.query('DROP TABLE phone_codes');
    await qr.query('ALTER TABLE users DROP COLUMN phone_verified_at');
  },
});
