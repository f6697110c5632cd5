import { defineMigration } from '@app/persistence';

/**
 * What the gateway's identity.account_changed tells of a login: its role and bindings (an LAO admin is
 * found by its LAO), and when the account's contact was last told (a later event wins).
 */
export const Accounts1767100000000 = defineMigration('Accounts1767100000000', {
  async up(qr) {
    await qr.query(
      `ALTER TABLE recipients ADD COLUMN role text, ADD COLUMN lao_code text, ADD COLUMN province_code text, ADD COLUMN account_changed_at timestamptz`,
    );
    await qr.query(`CREATE INDEX recipients_lao_admin ON recipients (lao_code) WHERE role = 'lao_admin'`);
  },

  async down(qr) {
    await qr.query(`DROP INDEX recipients_lao_admin`);
    await qr.query(
      `ALTER TABLE recipients DROP COLUMN role, DROP COLUMN lao_code, DROP COLUMN province_code, DROP COLUMN account_changed_at`,
    );
  },
});
