import { defineMigration } from '@app/persistence';

export const Identity1764200000000 = defineMigration('Identity1764200000000', {
  async up(qr) {
    await qr.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        phone text UNIQUE,
        email text UNIQUE,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('consumer', 'producer', 'lao_admin', 'province_admin', 'dla_admin')),
        lao_code text,
        province_code text,
        producer_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (phone IS NOT NULL OR email IS NOT NULL),
        CHECK (role <> 'lao_admin' OR lao_code IS NOT NULL),
        CHECK (role <> 'province_admin' OR province_code IS NOT NULL)
      )`);
    await qr.query(`CREATE INDEX users_role ON users (role)`);
    // Failed logins per key ("login:<id>" or "ip:<address>") in a fixed window; shared by all replicas.
    await qr.query(`
      CREATE TABLE login_throttle (
        key text PRIMARY KEY,
        failures integer NOT NULL,
        window_started_at timestamptz NOT NULL
      )`);
  },

  async down(qr) {
    await qr.query('DROP TABLE login_throttle');
    await qr.query('DROP TABLE users');
  },
});
