import { defineMigration } from '@app/persistence';
import { RESERVE_GROUP_SQL } from './sql/1765200000014-reserve-group.sql.js';

/**
 * reserve_group (issue 14): a group of reservations gathered by the gateway, decided in one call — items
 * checked one by one, replays, first come first served, ON CONFLICT (consumer, key), the counter, and the
 * order-opening payload. reserve_many stays (an older caller may still use it) and is unchanged.
 */
export const ReserveGroup1765200000014 = defineMigration('ReserveGroup1765200000014', {
  async up(qr) {
    await qr.query(RESERVE_GROUP_SQL);
  },

  async down(qr) {
    await qr.query(`DROP FUNCTION IF EXISTS reserve_group(jsonb)`);
  },
});
