import { defineMigration } from '@app/persistence';

/**
 * The login throttle becomes a delay per (login, client address) with a soft cap per login, pruned and
 * bounded (identity/login-throttle.ts). `blocked_until`: no attempt of this key before then;
 * `admitted`: whether the last upsert let the attempt through (read back in the same statement);
 * `touched_at`: for pruning the oldest rows first. Known clients: (login, address) pairs that signed in
 * correctly, which the per-login soft cap lets through.
 */
export const LoginThrottleDelay1765300000002 = defineMigration('LoginThrottleDelay1765300000002', {
  async up(qr) {
    await qr.query(`ALTER TABLE login_throttle
      ADD COLUMN blocked_until timestamptz,
      ADD COLUMN admitted boolean NOT NULL DEFAULT true,
      ADD COLUMN touched_at timestamptz NOT NULL DEFAULT now()`);
    await qr.query(`CREATE INDEX login_throttle_touched ON login_throttle (touched_at)`);
    await qr.query(`
      CREATE TABLE login_known_clients (
        login text NOT NULL,
        address text NOT NULL,
        last_success_at timestamptz NOT NULL,
        PRIMARY KEY (login, address)
      )`);
    await qr.query(`CREATE INDEX login_known_clients_last ON login_known_clients (last_success_at)`);
  },

  async down(qr) {
    await qr.query('DROP TABLE login_known_clients');
    await qr.query(
      'ALTER TABLE login_throttle DROP COLUMN blocked_until, DROP COLUMN admitted, DROP COLUMN touched_at',
    );
  },
});
