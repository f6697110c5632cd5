import { defineMigration } from '@app/persistence';

export const Diagnostics1764200000001 = defineMigration('Diagnostics1764200000001', {
  async up(qr) {
    // applied_count counts every application on purpose: exactly-once shows as 1, a lost dedupe as 2.
    await qr.query(
      `CREATE TABLE diagnostic_pings_applied (ping_id uuid PRIMARY KEY, note text NOT NULL, applied_count integer NOT NULL)`,
    );
  },

  async down(qr) {
    await qr.query('DROP TABLE diagnostic_pings_applied');
  },
});
