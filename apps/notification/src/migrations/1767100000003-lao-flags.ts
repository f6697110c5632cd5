import { defineMigration } from '@app/persistence';

/** How many open flagged sales an LAO's administrators were last told of (only more is news). */
export const LaoFlags1767100000003 = defineMigration('LaoFlags1767100000003', {
  async up(qr) {
    await qr.query(
      `CREATE TABLE lao_flags_told (lao_code text PRIMARY KEY, open_count integer NOT NULL, told_at timestamptz NOT NULL)`,
    );
  },

  async down(qr) {
    await qr.query(`DROP TABLE lao_flags_told`);
  },
});
