import { MigrationInterface, QueryRunner } from 'typeorm';
import { RESERVE_GROUP_SQL } from './sql/1765200000014-reserve-group.sql.js';

/**
 * reserve_group (issue 14): a group of reservations gathered by the gateway, decided in one call — items
 * checked one by one, replays, first come first served, ON CONFLICT (consumer, key), the counter, and the
 * order-opening payload. reserve_many stays (an older caller may still use it) and is unchanged.
 */
export class ReserveGroup1765200000014 implements MigrationInterface {
  name = 'ReserveGroup1765200000014';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(RESERVE_GROUP_SQL);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP FUNCTION IF EXISTS reserve_group(jsonb)`);
  }
}
